package io.claimcheck.ingest;

import io.claimcheck.model.Problem;

/** An input that stops the whole run (a missing path, a malformed sources.json): nothing is checked. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ConfigException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
