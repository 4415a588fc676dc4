package io.claimcheck.cli;

import io.claimcheck.model.Problem;
import java.util.List;

/** An error the user must fix, already located; printed as {@code file:line: message} lines, exit code 2. */
final class UserError extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    UserError(List<Problem> problems) {
        super(problems.isEmpty() ? "error" : problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    UserError(Problem problem) {
        this(List.of(problem));
    }

    UserError(String message) {
        this(new Problem("claimcheck", 0, message));
    }

    List<Problem> problems() {
        return problems;
    }
}
