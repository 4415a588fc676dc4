package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Why the engine's indexes put two claims of a story before the pairwise rules or not, in words: for diagnostics (the
 * dev stories' {@code -Dexplain=true}), never read by a rule. The rules see a pair of figures only through an index:
 * {@link NearestApart} pairs each figure with its nearest contradicting figure (and names a handful more), {@link
 * FiguresApart} a hedged figure with its nearest like-hedged figure that differs. So two figures of one subject go
 * unsaid when they are of two groups, overlap with no like-hedged pairing, count different groups or places, or when
 * neither is the other's nearest and neither names the other; and when the index pairs them, a rule's exception has
 * the last word, which the explanation leaves to the rules ({@code leftToOtherRules} and the like).
 */
final class PairReasons {

    private PairReasons() {}

    /** The explanation for claims {@code idA} and {@code idB} among {@code facts}, one line. */
    static String explain(List<Object> facts, String idA, String idB) {
        ClaimFact a = null;
        ClaimFact b = null;
        for (Object o : facts) {
            if (o instanceof ClaimFact c) {
                if (c.getId().equals(idA)) {
                    a = c;
                } else if (c.getId().equals(idB)) {
                    b = c;
                }
            }
        }
        if (a == null || b == null) {
            return (a == null ? idA : idB) + " takes no part (no subject, or not a figure the story asserts)";
        }
        if (!a.getSubject().equals(b.getSubject())) {
            return "two subjects";
        }
        if (!a.getGroup().equals(b.getGroup())) {
            return "two groups of the subject (unit or role): " + a.getGroup() + " and " + b.getGroup();
        }
        List<String> out = new ArrayList<>();
        if (!Spans.disjoint(a, b)) {
            out.add("overlap after rounding (" + span(a) + " and " + span(b) + ")");
            out.add(figuresApart(facts, a, b));
            return String.join("; ", out);
        }
        out.add("apart after rounding (" + span(a) + " and " + span(b) + ")");
        List<String> vetoes = vetoes(a, b);
        if (!vetoes.isEmpty()) {
            out.add("the index never pairs them: " + String.join(", ", vetoes));
            return String.join("; ", out);
        }
        out.add(nearest(facts, a, b));
        out.add(nearest(facts, b, a));
        out.add(credits(a, b));
        return String.join("; ", out);
    }

    /** Why {@link NearestApartPass} passes over the pair whatever lies between them, or nothing. */
    static List<String> vetoes(ClaimFact a, ClaimFact b) {
        List<String> out = new ArrayList<>();
        if (!a.countsSameAs(b)) {
            out.add("they count different groups (\"" + a.getCounted() + "\", \"" + b.getCounted() + "\")");
        }
        if (!a.placeAgrees(b)) {
            out.add("their places disagree");
        }
        if (a.isSpokenFor() || b.isSpokenFor()) {
            out.add("a bracketed conversion is spoken for by its figure");
        }
        if (FigureChecks.roundingOf(a, b)) {
            out.add("one rounds the other");
        }
        if (NearestApartPass.conversionPair(a, b)) {
            out.add("one converts the other");
        }
        if (!NearestApartPass.current(a, b)) {
            out.add("a figure given as an earlier one meets only its own article's");
        }
        return out;
    }

    /** Whether {@code c}'s nearest-contradiction facts pair it with {@code o}, name it, or neither. */
    private static String nearest(List<Object> facts, ClaimFact c, ClaimFact o) {
        List<String> nearest = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof NearestApart n && n.getClaim() == c) {
                if (n.getOther() == o) {
                    return c.getId() + "'s nearest (" + n.getScope() + ") is " + o.getId() + ": a rule decides";
                }
                int at = n.getContradicting().indexOf(o);
                if (at >= 0) {
                    return c.getId() + " names " + o.getId() + " (" + (at + 1) + " of "
                            + n.getContradicting().size()
                            + ") but its nearest (" + n.getScope() + ") is "
                            + n.getOther().getId()
                            + ": the rules read the nearest pair";
                }
                nearest.add(n.getOther().getId() + " (" + n.getScope() + ")");
            }
        }
        return nearest.isEmpty()
                ? c.getId() + " has no nearest contradicting figure"
                : c.getId() + "'s nearest is " + String.join(", ", nearest) + ", and it does not name " + o.getId();
    }

    /** For two overlapping figures: whether the like-hedged index pairs them. */
    private static String figuresApart(List<Object> facts, ClaimFact a, ClaimFact b) {
        String ka = FiguresApartPass.pairing(a);
        String kb = FiguresApartPass.pairing(b);
        if (ka == null || !ka.equals(kb)) {
            return "hedged unlike (" + a.getHedge() + ", " + b.getHedge() + "): no like-hedged pairing";
        }
        for (Object f : facts) {
            if (f instanceof FiguresApart p
                    && (p.getClaim() == a && p.getOther() == b || p.getClaim() == b && p.getOther() == a)) {
                return "like-hedged figures paired: a rule decides";
            }
        }
        return "hedged alike (" + ka + ") but not each other's nearest differing figure";
    }

    private static String credits(ClaimFact a, ClaimFact b) {
        boolean guessed = a.isGeneratedSubject() && a.getSource() == null && b.getSource() == null;
        return guessed ? "both uncredited in a generated subject" : "credited: " + a.getSource() + ", " + b.getSource();
    }

    private static String span(ClaimFact c) {
        return Phrases.span(c);
    }
}
