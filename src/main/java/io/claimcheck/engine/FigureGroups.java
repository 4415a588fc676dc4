package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Clusters the claims of each subject and unit by the number they name: a claim joins the cluster of the smallest
 * figure not further away than either figure's rounding. Magnitude words name no number and stay out.
 */
final class FigureGroups {

    private FigureGroups() {}

    /** Sets each claim's figure group and returns the groups of two or more claims. */
    static List<FigureGroup> assign(List<ClaimFact> claims) {
        Map<String, List<ClaimFact>> bySubject = new TreeMap<>();
        for (ClaimFact c : claims) {
            if (!"magnitude".equals(c.getHedgeClass()) && Double.isFinite(c.getFigure())) {
                bySubject
                        .computeIfAbsent(c.getSubjectUnit(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        var out = new ArrayList<FigureGroup>();
        bySubject.forEach((subjectUnit, members) -> {
            members.sort(Comparator.comparingDouble(ClaimFact::getFigure).thenComparing(ClaimFact::getId));
            int start = 0;
            for (int i = 1; i <= members.size(); i++) {
                ClaimFact first = members.get(start);
                if (i == members.size() || !sameFigure(first, members.get(i))) {
                    close(subjectUnit, members.subList(start, i), out);
                    start = i;
                }
            }
        });
        return out;
    }

    /** Two figures within either one's rounding of each other. */
    static boolean sameFigure(ClaimFact a, ClaimFact b) {
        double tolerance = Math.max(a.getFigurePrecision(), b.getFigurePrecision())
                + 1e-9 * Math.max(Math.abs(a.getFigure()), Math.abs(b.getFigure()));
        return Math.abs(a.getFigure() - b.getFigure()) <= tolerance;
    }

    private static void close(String subjectUnit, List<ClaimFact> cluster, List<FigureGroup> out) {
        ClaimFact first = cluster.get(0);
        String key = Groups.of(subjectUnit, Phrases.num(first.getFigure()));
        cluster.forEach(c -> c.setFigureGroup(key));
        if (cluster.size() > 1) {
            out.add(new FigureGroup(key, first.getSubject(), first.getFigure(), cluster.size()));
        }
    }
}
