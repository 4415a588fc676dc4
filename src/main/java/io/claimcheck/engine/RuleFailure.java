package io.claimcheck.engine;

import io.claimcheck.model.Problem;

/**
 * A rule threw while it ran (a division by zero in a consequence, a null in a constraint). Rules are the user's
 * configuration, so this is a located user error naming the {@code .drl} file, the rule and the claim it was
 * evaluating, not an internal error.
 */
public final class RuleFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    RuleFailure(Problem problem, Throwable cause) {
        super(problem.format(), cause);
        this.problem = problem;
    }

    /** {@code rules/…/X.drl: rule "…" failed on claim …: message}. */
    public Problem problem() {
        return problem;
    }
}
