package io.claimcheck.extract;

import io.claimcheck.model.Problem;

/** A lexicon file that cannot be used, located as {@code file:line: message}. */
public final class LexiconException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public LexiconException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
