package io.claimcheck.cli;

/** The exit codes claimcheck documents (README, --help); CI scripts depend on them. */
public enum ExitCode {
    /** Checked; nothing new at or above the --fail-on severity. */
    OK(0),
    /** Checked; at least one new, unresolved discrepancy at or above the --fail-on severity. */
    FINDINGS(1),
    /** A usage, configuration (rules, lexicon, topic pack, baseline) or input error; the message names the file. */
    INPUT_ERROR(2),
    /** A bug in claimcheck itself; rerun with --debug and report it. */
    INTERNAL_ERROR(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
