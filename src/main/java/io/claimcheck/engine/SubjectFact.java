package io.claimcheck.engine;

/** A subject as the rules see it: its key and its part/share links from the topic pack. */
public final class SubjectFact {

    private final String key;
    private final String label;
    private final String partOf;
    private final String shareOf;

    SubjectFact(String key, String label, String partOf, String shareOf) {
        this.key = key;
        this.label = label;
        this.partOf = partOf;
        this.shareOf = shareOf;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getPartOf() {
        return partOf;
    }

    public String getShareOf() {
        return shareOf;
    }
}
