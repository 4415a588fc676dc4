package io.claimcheck.engine;

import io.claimcheck.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The rules folder cannot be used: DRL syntax errors, misplaced rules, missing metadata, bad reference data. */
public final class RulesException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RulesException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: message}, file named as the rules folder was given. */
    public List<Problem> problems() {
        return problems;
    }
}
