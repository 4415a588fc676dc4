package io.claimcheck.align;

import io.claimcheck.model.Problem;

/** A topic pack file the user must fix; the message is {@code file:line: message}. */
public final class TopicPackException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public TopicPackException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
