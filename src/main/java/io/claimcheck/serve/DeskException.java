package io.claimcheck.serve;

/** The check behind the desk could not run (a broken rule, an unreadable folder): one line per problem. */
public final class DeskException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeskException(String message) {
        super(message);
    }
}
