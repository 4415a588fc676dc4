package io.claimcheck.engine;

/** Builds the string keys that group facts; one place so that a claim's key and an aggregate's key agree. */
public final class Groups {

    private Groups() {}

    public static String of(String... parts) {
        return String.join("|", parts);
    }
}
