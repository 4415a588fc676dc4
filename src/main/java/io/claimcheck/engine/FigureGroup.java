package io.claimcheck.engine;

/**
 * Claims of one subject and unit that name the same number within rounding ("at least US$25 million", "about $25
 * million", "US$25 million a year"). Rules about restatements aggregate over a group instead of joining pairs.
 */
public final class FigureGroup {

    private final String key;
    private final String subject;
    private final double figure;
    private final int size;

    FigureGroup(String key, String subject, double figure, int size) {
        this.key = key;
        this.subject = subject;
        this.figure = figure;
        this.size = size;
    }

    public String getKey() {
        return key;
    }

    public String getSubject() {
        return subject;
    }

    /** The group's smallest named number. */
    public double getFigure() {
        return figure;
    }

    public int getSize() {
        return size;
    }
}
