package io.claimcheck.serve;

/** A request the desk refuses: the HTTP status and a one-line message, sent as {@code {"error": "…"}}. */
public final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
