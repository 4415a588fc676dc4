package io.claimcheck.baseline;

import io.claimcheck.model.Problem;
import java.nio.file.Path;

/** A baseline the user must fix, or a decision that cannot be recorded: one located line, no stack trace. */
public final class BaselineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Stands in for a file when an error is about the command rather than a file ("claimcheck: …"). */
    static final String NO_FILE = "claimcheck";

    private final transient Problem problem;

    public BaselineException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    /** An error about a request (an unknown fingerprint, a blank note), not yet tied to a baseline file. */
    static BaselineException of(String message) {
        return new BaselineException(new Problem(NO_FILE, 0, message));
    }

    /** An error in {@code file}, at {@code line} (0 when there is none). */
    static BaselineException at(Path file, int line, String message) {
        return new BaselineException(new Problem(file.toString(), line, message));
    }

    /** What went wrong, as {@code file:line: message}. */
    public Problem problem() {
        return problem;
    }

    /** This error tied to {@code file} when it is not yet tied to any file. */
    BaselineException locatedIn(Path file) {
        return problem.file().equals(NO_FILE) ? at(file, problem.line(), problem.message()) : this;
    }
}
