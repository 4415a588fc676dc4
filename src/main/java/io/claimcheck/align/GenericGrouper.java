package io.claimcheck.align;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups claims that no topic pack placed, by what their words say they measure. Claims are blocked by a
 * comparability key (dimension, role, whether a period is stated); inside a block each claim is a bag of content
 * words weighted by nearness to the figure and by rarity in the block, and pairs found through an inverted index
 * are merged greedily, most similar first, while the merged groups stay alike (centroid cosine) and never hold two
 * figures of one sentence. Input order does not matter: claims are sorted by id and ties broken by id.
 */
final class GenericGrouper {

    /** Two claims this alike (cosine of weighted bags) may be grouped. */
    static final double PAIR_THRESHOLD = 0.35;
    /** Two groups this alike (cosine of their summed bags) may merge. */
    static final double GROUP_THRESHOLD = 0.25;
    /** Words shared by more claims of a block than this say nothing distinctive and are not indexed. */
    private static final int MAX_POSTINGS = 500;
    /** Words a generated key is made of. */
    private static final int KEY_WORDS = 3;
    /** Words kept to explain a group. */
    private static final int EXPLAIN_WORDS = 6;

    private GenericGrouper() {
    }

    /** Claim id to generated subject, for every claim that found at least one comparable claim. */
    static Map<String, Subject> group(List<ClaimSite> sites) {
        Map<String, List<ClaimSite>> blocks = new TreeMap<>();
        for (ClaimSite s : sites) {
            Claim c = s.claim();
            if (c.quantity() != null && c.quantity().unit() != null) {
                blocks.computeIfAbsent(blockKey(c), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Subject> out = new HashMap<>();
        Set<String> usedKeys = new HashSet<>();
        for (Map.Entry<String, List<ClaimSite>> block : blocks.entrySet()) {
            List<ClaimSite> members = new ArrayList<>(block.getValue());
            members.sort(Comparator.comparing(s -> s.claim().id()));
            for (List<ClaimBag> cluster : cluster(members)) {
                Subject subject = describe(block.getKey(), cluster, usedKeys);
                for (ClaimBag b : cluster) {
                    out.put(b.site().claim().id(), subject);
                }
            }
        }
        return out;
    }

    /** The readable prefix of a generated key: "percent", "age-minimum", "money-rate". */
    private static String blockKey(Claim c) {
        Dimension d = c.quantity().unit().dimension();
        Role r = c.role() == null ? Role.VALUE : c.role();
        String period = c.quantity().period();
        return d.name().toLowerCase(Locale.ROOT).replace('_', '-') + (r == Role.VALUE ? "" : "-" + r.label())
                + (period == null || period.isBlank() ? "" : "-rate");
    }

    private static List<List<ClaimBag>> cluster(List<ClaimSite> members) {
        int n = members.size();
        List<ClaimBag> bags = members.stream().map(ClaimBag::of).toList();
        Map<String, Integer> df = new HashMap<>();
        for (ClaimBag b : bags) {
            b.weights().keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (ClaimBag b : bags) {
            Map<String, Double> v = new TreeMap<>();
            b.weights().forEach((w, x) -> v.put(w, x * Math.log(1.0 + (double) n / df.get(w))));
            vectors.add(normalised(v));
        }
        List<Edge> edges = similarPairs(vectors, bags, df);
        int[] parent = new int[n];
        List<Map<String, Double>> sums = new ArrayList<>(vectors.size());
        List<Set<String>> sentences = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            sums.add(new HashMap<>(vectors.get(i)));
            sentences.add(new HashSet<>(Set.of(sentenceOf(bags.get(i)))));
        }
        for (Edge e : edges) {
            int a = find(parent, e.a());
            int b = find(parent, e.b());
            if (a == b || intersects(sentences.get(a), sentences.get(b))
                    || cosine(sums.get(a), sums.get(b)) < GROUP_THRESHOLD) {
                continue;
            }
            int root = Math.min(a, b);
            int child = Math.max(a, b);
            parent[child] = root;
            sums.get(child).forEach((w, x) -> sums.get(root).merge(w, x, Double::sum));
            sentences.get(root).addAll(sentences.get(child));
        }
        Map<Integer, List<ClaimBag>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(bags.get(i));
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    private record Edge(int a, int b, double similarity) {
    }

    /** Pairs above the threshold, found through shared words only; most similar first, ties by position. */
    private static List<Edge> similarPairs(List<Map<String, Double>> vectors, List<ClaimBag> bags,
            Map<String, Integer> df) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String w : vectors.get(i).keySet()) {
                if (df.get(w) <= MAX_POSTINGS) {
                    postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            Map<Integer, Double> dots = new TreeMap<>();
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                List<Integer> list = postings.get(e.getKey());
                if (list == null) {
                    continue;
                }
                for (int j : list) {
                    if (j > i) {
                        dots.merge(j, e.getValue() * vectors.get(j).get(e.getKey()), Double::sum);
                    }
                }
            }
            String sentence = sentenceOf(bags.get(i));
            for (Map.Entry<Integer, Double> d : dots.entrySet()) {
                if (d.getValue() >= PAIR_THRESHOLD && !sentence.equals(sentenceOf(bags.get(d.getKey())))) {
                    edges.add(new Edge(i, d.getKey(), d.getValue()));
                }
            }
        }
        edges.sort(Comparator.comparingDouble((Edge e) -> -e.similarity()).thenComparingInt(Edge::a)
                .thenComparingInt(Edge::b));
        return edges;
    }

    private static String sentenceOf(ClaimBag b) {
        Claim c = b.site().claim();
        return c.document() + '\u0000' + c.quote().sentence();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        return small.stream().anyMatch(large::contains);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Map<String, Double> normalised(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((w, x) -> x / norm);
        }
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    /** A readable, stable subject for a group: key from the words most of its claims share. */
    private static Subject describe(String prefix, List<ClaimBag> cluster, Set<String> usedKeys) {
        Map<String, Integer> members = new TreeMap<>();
        Map<String, Double> weight = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        for (ClaimBag b : cluster) {
            b.weights().forEach((w, x) -> {
                members.merge(w, 1, Integer::sum);
                weight.merge(w, x, Double::sum);
                surface.putIfAbsent(w, b.surfaces().get(w));
            });
        }
        List<String> shared = members.keySet().stream().filter(w -> members.get(w) > 1)
                .sorted(Comparator.comparingInt((String w) -> -members.get(w))
                        .thenComparingDouble(w -> -weight.get(w)).thenComparing(w -> w))
                .map(surface::get).toList();
        List<String> keyWords = shared.subList(0, Math.min(KEY_WORDS, shared.size()));
        String base = prefix + ":" + (keyWords.isEmpty() ? "group" : String.join("-", keyWords))
                .replaceAll("[^a-z0-9:-]+", "-");
        String key = base;
        for (int n = 2; !usedKeys.add(key); n++) {
            key = base + "-" + n;
        }
        Dimension dimension = cluster.get(0).site().claim().quantity().unit().dimension();
        String label = prefix + ": " + String.join(", ", keyWords);
        return new Subject(key, label, dimension, null, null,
                List.copyOf(shared.subList(0, Math.min(EXPLAIN_WORDS, shared.size()))));
    }
}
