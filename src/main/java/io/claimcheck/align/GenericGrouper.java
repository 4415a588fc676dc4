package io.claimcheck.align;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Places;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups claims that no topic pack placed, by what their words say they measure. Claims are blocked by a
 * comparability key (dimension and role); inside a block each claim is a bag of content
 * words weighted by nearness to the figure and by rarity in the block. Pairs are found through an inverted index
 * and merged most similar first (ties by claim id) while the two groups stay alike on average (average linkage)
 * and never hold two figures of one sentence (unless they credit different sources). Claims whose frames name one
 * measure are drawn together, and claims that write one distinctive figure (three significant digits or more:
 * "11,300", "$3.2 billion") are linked whatever their other words. A group becomes a subject when it spans two
 * documents, or when it is one sentence's two sources set against each other. Input order
 * does not matter: claims are sorted by id.
 */
final class GenericGrouper {

    /**
     * The rarity weight of the words that name the measure: a story's measure is in most of its sentences (every
     * crowd figure is about marchers), so inverse document frequency would erase exactly the word that says two
     * figures measure one thing.
     */
    private static final double MEASURE_IDF = 1.5;

    /** Two claims this alike (cosine of weighted word bags, plus the figure bonus) may be grouped. */
    static final double PAIR_THRESHOLD = 0.30;
    /** Two groups whose members are this alike on average may merge. */
    static final double GROUP_THRESHOLD = 0.30;
    /**
     * Below this similarity of the words around the figures (bases aside) two claims are not linked: a shared
     * figure proves nothing alone ("10 hours", "10 years ago"), nor does a shared base (50% of the victims are
     * forced into prostitution, 15% of them into cybersex).
     */
    static final double WORD_FLOOR = 0.15;
    /** What writing the same number adds to two claims' similarity: corroboration, never proof on its own. */
    static final double SAME_FIGURE_BONUS = 0.20;
    /**
     * What naming one measure in their frames ("the death toll rose to 11,300", "3,958 people have died") adds to two
     * claims' similarity: enough to link them when they share few other words, unless a veto (sentence, qualifier,
     * time) or the group's average says otherwise.
     */
    static final double SAME_MEASURE = 0.30;
    /** Words shared by more claims of a block than this say nothing distinctive and are not indexed. */
    private static final int MAX_POSTINGS = 500;
    /** Average linkage looks at this many members of each group at most, so a merge costs a bounded time. */
    private static final int LINKAGE_SAMPLE = 32;
    /** Each claim offers its most similar later claims, at most this many, as candidate links. */
    private static final int NEIGHBOURS = 16;
    /** Words a generated key is made of. */
    private static final int KEY_WORDS = 3;
    /** Words kept to explain a group. */
    private static final int EXPLAIN_WORDS = 6;

    private GenericGrouper() {}

    /**
     * Claim id to generated subject, for every claim grouped with a comparable claim of another sentence, and for every
     * claim in {@code converted} (a physical figure a bracket converts into another unit) left out of any group: a
     * figure written two ways is compared with itself, so its conversion is checked even in an article of its own.
     */
    static Map<String, Subject> group(List<ClaimBag> claims, Set<String> converted) {
        Map<String, List<ClaimBag>> blocks = new TreeMap<>();
        for (ClaimBag b : claims) {
            Claim c = b.site().claim();
            if (c.quantity() != null && c.quantity().unit() != null) {
                blocks.computeIfAbsent(blockKey(c), k -> new ArrayList<>()).add(b);
            }
        }
        Map<String, Subject> out = new HashMap<>();
        Set<String> usedKeys = new HashSet<>();
        for (Map.Entry<String, List<ClaimBag>> block : blocks.entrySet()) {
            List<ClaimBag> members = new ArrayList<>(block.getValue());
            members.sort(Comparator.comparing(b -> b.site().claim().id()));
            List<List<ClaimBag>> clusters = new ArrayList<>(new Block(members).cluster());
            if (!converted.isEmpty()) {
                Set<String> grouped = new HashSet<>();
                clusters.forEach(
                        c -> c.forEach(b -> grouped.add(b.site().claim().id())));
                for (ClaimBag b : members) {
                    String id = b.site().claim().id();
                    if (converted.contains(id) && !grouped.contains(id)) {
                        clusters.add(List.of(b));
                    }
                }
            }
            for (List<ClaimBag> cluster : clusters) {
                Subject subject = describe(block.getKey(), cluster, usedKeys);
                for (ClaimBag b : cluster) {
                    out.put(b.site().claim().id(), subject);
                }
            }
        }
        return out;
    }

    /**
     * Why two claims were or were not grouped, for a person tuning the grouper: their blocks, the parts of their
     * similarity and each veto that stands between them taken alone. Nothing here changes a grouping.
     */
    static String explain(List<ClaimBag> claims, String idA, String idB) {
        ClaimBag a = null;
        ClaimBag b = null;
        for (ClaimBag x : claims) {
            if (x.site().claim().id().equals(idA)) {
                a = x;
            } else if (x.site().claim().id().equals(idB)) {
                b = x;
            }
        }
        if (a == null || b == null) {
            return "not grouped generically (placed by a pack, furniture, hypothetical or a conversion)";
        }
        String ka = blockKey(a.site().claim());
        String kb = blockKey(b.site().claim());
        if (!ka.equals(kb)) {
            return "blocks " + ka + " / " + kb;
        }
        List<ClaimBag> members = new ArrayList<>();
        for (ClaimBag x : claims) {
            if (x.site().claim().quantity() != null
                    && x.site().claim().quantity().unit() != null
                    && blockKey(x.site().claim()).equals(ka)) {
                members.add(x);
            }
        }
        members.sort(Comparator.comparing(x -> x.site().claim().id()));
        return new Block(members).explain(members.indexOf(a), members.indexOf(b));
    }

    /**
     * The readable prefix of a generated key: "percent", "age-minimum", "money". A figure's period ("a year") does
     * not split blocks: a figure restated without its period is one quantity told less precisely, which
     * Period.Missing reports; two different periods are kept apart by a veto instead.
     */
    private static String blockKey(Claim c) {
        Dimension d = c.quantity().unit().dimension();
        Role r = c.role() == null ? Role.VALUE : c.role();
        return d.name().toLowerCase(Locale.ROOT).replace('_', '-') + (r == Role.VALUE ? "" : "-" + r.label());
    }

    /** The figure's period ("year", "month"), or null when it states none. */
    private static String periodOf(ClaimBag b) {
        String p = b.site().claim().quantity().period();
        // a share's period is the one its rate is measured over ("monthly inflation", "211.4% year-on-year")
        return p == null || p.isBlank() ? b.frame().basis() : p;
    }

    /** The claims of one block, their weighted vectors, and the clustering over them. */
    private static final class Block {

        private final List<ClaimBag> bags;
        private final List<Map<String, Double>> vectors;
        private final Map<String, Integer> df = new HashMap<>();
        private final String[] measures;
        /** Each claim's sentence key, built once: the pair loops compare them for every candidate. */
        private final String[] sentenceKeys;
        /** Each claim's sentence as a small number: the pair and linkage loops compare these, not the long keys. */
        private final int[] sentenceIds;
        /** Each claim's single base words, for shares that meet through their holders. */
        private final List<Set<String>> baseWords;
        /**
         * For each claim, the claim it answers in the sentence before (an elliptic figure another source gives for
         * the same quantity: "1.7 million marched, according to the union. The ministry counted 480,000."), or -1.
         */
        private final int[] answers;
        /** Each claim's figure when it is one number, else NaN; and whether it is written precisely ({@link #precise}). */
        private final double[] points;

        private final boolean[] precise;
        /** Each claim's extreme measure ({@link GenericGrouper#extreme}), or null. */
        private final String[] extremes;

        Block(List<ClaimBag> members) {
            this.bags = List.copyOf(members);
            // only what is counted or measured is linked by its measure: a share splits one base by what happens to
            // its members (50% forced into prostitution, 30% into marriage), and a duration or an age times an event
            // its clause rarely names, so those are linked by their words alone; unless the share names whose it is
            // ("Gonzalez won 70 percent of the vote", "Gonzalez garnered 44 percent"): one holder's share of one
            // measure is one quantity (measureSimilarity asks for a common holder)
            // a sum that names who gives it ("$40 million from Britain", "the UK pledged $40 million") is linked to the
            // same donor's other sums, whatever the words around them (measureSimilarity asks for one donor)
            // an extreme ("as young as 14", "as little as $20") names its measure by its construction: the youngest age
            // or the lowest price of what the story is about, whatever its clause's verb, ages included
            this.extremes = bags.stream().map(GenericGrouper::extreme).toArray(String[]::new);
            this.points = bags.stream().mapToDouble(GenericGrouper::point).toArray();
            this.precise = new boolean[bags.size()];
            for (int i = 0; i < bags.size(); i++) {
                precise[i] =
                        !Double.isNaN(points[i]) && precise(bags.get(i).site().claim());
            }
            this.measures = new String[bags.size()];
            for (int i = 0; i < bags.size(); i++) {
                ClaimBag b = bags.get(i);
                String price = b.frame().good(); // "price:USD/dozen"
                measures[i] = b.frame().frame().donor() != null
                        ? GIFT
                        : extremes[i] != null
                                ? extremes[i]
                                : price != null
                                        ? price
                                        : linksByMeasure(b)
                                                ? b.frame().clauseMeasure()
                                                : b.frame().holder().isEmpty() ? null : HELD_SHARE;
            }
            this.sentenceKeys = bags.stream().map(GenericGrouper::sentenceOf).toArray(String[]::new);
            Map<String, Integer> sentenceIndex = new HashMap<>();
            this.sentenceIds = new int[bags.size()];
            for (int i = 0; i < bags.size(); i++) {
                sentenceIds[i] = sentenceIndex.computeIfAbsent(sentenceKeys[i], k -> sentenceIndex.size());
            }
            this.baseWords = bags.stream().map(GenericGrouper::baseWords).toList();
            measuresFromContrast();
            this.answers = answers();
            for (ClaimBag b : bags) {
                b.weights().keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            }
            int n = bags.size();
            this.vectors = new ArrayList<>(n);
            for (ClaimBag b : bags) {
                Map<String, Double> v = new TreeMap<>();
                b.weights()
                        .forEach((w, x) -> v.put(
                                w,
                                x
                                        * (b.measure().contains(w) || w.startsWith("g:")
                                                ? MEASURE_IDF
                                                : Math.log(1.0 + (double) n / df.get(w)))));
                vectors.add(normalised(v));
            }
            // the same vectors as sorted word ids and weights: the linkage loops take many dot products of them
            Map<String, Integer> wordIds = new HashMap<>();
            List<Boolean> ofBase = new ArrayList<>();
            this.ids = new int[n][];
            this.weights = new double[n][];
            for (int i = 0; i < n; i++) {
                int[] keys = new int[vectors.get(i).size()];
                int k = 0;
                for (String w : vectors.get(i).keySet()) {
                    keys[k++] = wordIds.computeIfAbsent(w, x -> {
                        ofBase.add(x.startsWith(ClaimBag.BASE_MARK));
                        return wordIds.size();
                    });
                }
                Integer[] order = new Integer[keys.length];
                for (int m = 0; m < order.length; m++) {
                    order[m] = m;
                }
                java.util.Arrays.sort(order, Comparator.comparingInt(m -> keys[m]));
                double[] values = vectors.get(i).values().stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray();
                ids[i] = new int[keys.length];
                weights[i] = new double[keys.length];
                for (int m = 0; m < order.length; m++) {
                    ids[i][m] = keys[order[m]];
                    weights[i][m] = values[order[m]];
                }
            }
            this.baseWord = new boolean[ofBase.size()];
            for (int id = 0; id < baseWord.length; id++) {
                baseWord[id] = ofBase.get(id);
            }
            this.distinctive = bags.stream()
                    .map(b -> b.numbers().stream()
                            .filter(GenericGrouper::isDistinctive)
                            .collect(java.util.stream.Collectors.toUnmodifiableSet()))
                    .toList();
        }

        /** Each claim's vector as word ids in ascending order, and their weights. */
        private final int[][] ids;

        private final double[][] weights;

        /** For each word id, whether the word is one of a share's base ({@link ClaimBag#BASE_MARK}). */
        private final boolean[] baseWord;

        /** Each claim's distinctive numbers ({@link GenericGrouper#isDistinctive}). */
        private final List<Set<String>> distinctive;

        /** The cosine of two claims' vectors (unit vectors: their dot product), by merging their sorted word ids. */
        private double dot(int i, int j) {
            int[] a = ids[i];
            int[] b = ids[j];
            double sum = 0;
            int x = 0;
            int y = 0;
            while (x < a.length && y < b.length) {
                if (a[x] == b[y]) {
                    sum += weights[i][x++] * weights[j][y++];
                } else if (a[x] < b[y]) {
                    x++;
                } else {
                    y++;
                }
            }
            return sum;
        }

        /** The claims of each sentence, in text order: a bracketed figure stands next to the one it answers. */
        private Map<String, List<Integer>> bySentence;

        /** The claims of each sentence, in text order, built on first use. */
        private Map<String, List<Integer>> bySentence() {
            if (bySentence == null) {
                bySentence = new HashMap<>();
                for (int k = 0; k < bags.size(); k++) {
                    bySentence
                            .computeIfAbsent(sentenceKeys[k], x -> new ArrayList<>())
                            .add(k);
                }
                bySentence
                        .values()
                        .forEach(l -> l.sort(Comparator.comparingInt((Integer k) ->
                                        bags.get(k).site().claim().quote().start())
                                .thenComparing(k -> k)));
            }
            return bySentence;
        }

        /** One claim's facets, as a group of its own. */
        private Facets facetsOf(int i) {
            return new Facets(bags.get(i), sentenceKeys[i], sentenceSource(i));
        }

        /** Every edge the clustering refused, with the veto that refused it, for {@link #explain}. */
        private final List<Map.Entry<Edge, String>> refused = new ArrayList<>();

        /** Whether {@link #cluster} records refused edges (only when explaining). */
        private boolean tracing;

        /** The final group root of every claim, after {@link #cluster}. */
        private int[] roots;

        List<List<ClaimBag>> cluster() {
            int n = bags.size();
            int[] parent = new int[n];
            List<List<Integer>> members = new ArrayList<>(n);
            List<Facets> facets = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                members.add(new ArrayList<>(List.of(i)));
                facets.add(facetsOf(i));
            }
            for (Edge e : similarPairs()) {
                int a = find(parent, e.a());
                int b = find(parent, e.b());
                if (a == b) {
                    continue;
                }
                String veto = facets.get(a).veto(facets.get(b));
                if (veto == null && linkage(members.get(a), members.get(b)) < GROUP_THRESHOLD) {
                    veto = "linkage";
                }
                if (veto != null) {
                    if (tracing) {
                        refused.add(Map.entry(e, veto));
                    }
                    continue;
                }
                int root = Math.min(a, b);
                int child = Math.max(a, b);
                parent[child] = root;
                members.get(root).addAll(members.get(child));
                members.get(root).sort(Integer::compare);
                facets.get(root).absorb(facets.get(child));
            }
            roots = new int[n];
            for (int i = 0; i < n; i++) {
                roots[i] = find(parent, i);
            }
            List<List<ClaimBag>> groups = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == i) {
                    List<ClaimBag> group = new ArrayList<>(
                            members.get(i).stream().map(bags::get).toList());
                    // one article's own pair counts when it sets two sources against each other in one sentence
                    if (spansDocuments(group)
                            || headingAndBody(group)
                            || group.size() == 2
                                    && contrasted(group.get(0), group.get(1))
                                    && sentenceOf(group.get(0)).equals(sentenceOf(group.get(1)))) {
                        groups.add(group);
                    } else {
                        groups.addAll(contrastedPairs(group));
                    }
                }
            }
            // a figure left alone that answers the one before it (another source's count of that quantity) joins
            // that one's group, or forms a pair with it when that one is alone too
            Map<ClaimBag, List<ClaimBag>> groupOf = new HashMap<>();
            groups.forEach(g -> g.forEach(b -> groupOf.put(b, g)));
            for (int i = 0; i < n; i++) {
                int a = answers[i];
                if (a < 0 || groupOf.containsKey(bags.get(i))) {
                    continue;
                }
                List<ClaimBag> host = groupOf.get(bags.get(a));
                if (host == null) {
                    host = new ArrayList<>(List.of(bags.get(a)));
                    groups.add(host);
                    groupOf.put(bags.get(a), host);
                }
                host.add(bags.get(i));
                groupOf.put(bags.get(i), host);
            }
            return groups;
        }

        /**
         * Who a claim's figure is credited to within its sentence: its source, or, for an uncredited figure that a
         * credited one contradicts in brackets ("120,000 in Toulouse (21,000 according to the police)"), a source of
         * its own; "" for nobody.
         */
        private String sentenceSource(int i) {
            String own = sourceOf(bags.get(i));
            if (!own.isEmpty()) {
                return own;
            }
            // the bracketed figure stands right before or after it in the text
            List<Integer> same = bySentence().get(sentenceKeys[i]);
            int at = same.indexOf(i);
            for (int k : new int[] {at - 1, at + 1}) {
                if (k >= 0 && k < same.size() && contrasted(bags.get(i), bags.get(same.get(k)))) {
                    return "\u0000" + bags.get(i).site().claim().id();
                }
            }
            return own;
        }

        /** Pairs above the threshold, found through shared words only; most similar first, ties by position. */
        private List<Edge> similarPairs() {
            // postings by word id, claims in ascending order with their weights; a word in more claims than
            // MAX_POSTINGS says nothing distinctive and is not indexed
            int[] count = new int[baseWord.length];
            for (int[] v : ids) {
                for (int id : v) {
                    count[id]++;
                }
            }
            int[][] postingClaims = new int[baseWord.length][];
            double[][] postingWeights = new double[baseWord.length][];
            for (int id = 0; id < baseWord.length; id++) {
                if (count[id] <= MAX_POSTINGS) {
                    postingClaims[id] = new int[count[id]];
                    postingWeights[id] = new double[count[id]];
                }
                count[id] = 0;
            }
            for (int i = 0; i < ids.length; i++) {
                for (int m = 0; m < ids[i].length; m++) {
                    int id = ids[i][m];
                    if (postingClaims[id] != null) {
                        postingClaims[id][count[id]] = i;
                        postingWeights[id][count[id]++] = weights[i][m];
                    }
                }
            }
            Map<String, List<Integer>> sameMeasure = new HashMap<>();
            for (int i = 0; i < measures.length; i++) {
                if (measures[i] != null) {
                    sameMeasure
                            .computeIfAbsent(measures[i], k -> new ArrayList<>())
                            .add(i);
                }
            }
            Map<String, List<Integer>> byNumber = new HashMap<>();
            for (int i = 0; i < bags.size(); i++) {
                for (String x : bags.get(i).numbers()) {
                    if (isDistinctive(x)) {
                        byNumber.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
                    }
                }
            }
            byNumber.values().removeIf(l -> l.size() > MAX_POSTINGS);
            Map<Integer, List<Integer>> close = closeFigures();
            // a measure shared by more claims than a word may be says nothing distinctive, and pairing all of them
            // would cost the square of their number
            sameMeasure.values().removeIf(l -> l.size() > MAX_POSTINGS);
            List<Edge> edges = new ArrayList<>();
            int n = bags.size();
            // dot products of claim i with every later claim sharing a word, and the same without the base's words;
            // the claims touched are remembered so the accumulators are cleared in time proportional to them
            double[] dots = new double[n];
            double[] sentenceDots = new double[n];
            boolean[] seen = new boolean[n];
            int[] touched = new int[n];
            for (int i = 0; i < n; i++) {
                int reached = 0;
                for (int m = 0; m < ids[i].length; m++) {
                    int id = ids[i][m];
                    int[] claims = postingClaims[id];
                    if (claims == null) {
                        continue;
                    }
                    double w = weights[i][m];
                    int from = java.util.Arrays.binarySearch(claims, i) + 1; // claims after i; i itself holds the word
                    for (int k = from; k < claims.length; k++) {
                        int j = claims[k];
                        double product = w * postingWeights[id][k];
                        if (!seen[j]) {
                            seen[j] = true;
                            touched[reached++] = j;
                        }
                        dots[j] += product;
                        if (!baseWord[id]) {
                            sentenceDots[j] += product;
                        }
                    }
                }
                Map<Integer, Double> linked = new TreeMap<>();
                for (int t = 0; t < reached; t++) {
                    int j = touched[t];
                    double similarity = dots[j] + figureBonus(i, j);
                    if (sentenceDots[j] >= WORD_FLOOR
                            && similarity >= PAIR_THRESHOLD
                            && (sentenceIds[i] != sentenceIds[j] || contrasted(bags.get(i), bags.get(j)))) {
                        linked.put(j, similarity);
                    }
                }
                // a distinctive figure written in two articles ("11,300", "$3.2 billion") is one quantity
                for (String x : bags.get(i).numbers()) {
                    for (int j : byNumber.getOrDefault(x, List.of())) {
                        if (j > i && sentenceIds[i] != sentenceIds[j]) {
                            linked.merge(j, PAIR_THRESHOLD, Math::max);
                        }
                    }
                }
                // two precise figures of two articles within a few per cent, in sentences that share some words
                for (int j : close.getOrDefault(i, List.of())) {
                    if (sentenceDots[j] >= CLOSE_WORD_FLOOR) {
                        linked.merge(j, PAIR_THRESHOLD, Math::max);
                    }
                }
                // one measure links two claims whatever their other words
                for (int j : sameMeasure.getOrDefault(measures[i], List.of())) {
                    double similarity = (seen[j] ? dots[j] : 0.0) + figureBonus(i, j) + measureSimilarity(i, j);
                    if (j > i && similarity >= PAIR_THRESHOLD && measureSimilarity(i, j) > 0) {
                        linked.merge(j, similarity, Math::max);
                    }
                }
                List<Edge> mine = new ArrayList<>();
                for (Map.Entry<Integer, Double> l : linked.entrySet()) {
                    mine.add(new Edge(i, l.getKey(), l.getValue()));
                }
                mine.sort(BY_SIMILARITY);
                edges.addAll(mine.subList(0, Math.min(NEIGHBOURS, mine.size())));
                for (int t = 0; t < reached; t++) {
                    int j = touched[t];
                    seen[j] = false;
                    dots[j] = 0;
                    sentenceDots[j] = 0;
                }
            }
            edges.sort(BY_SIMILARITY);
            return edges;
        }

        /**
         * Which claim each claim answers, or -1: a figure whose sentence names neither what it counts nor a measure
         * ("The ministry counted 480,000.") and that another source is credited with, right after a figure of the
         * same dimension and role credited to someone else, in the sentence before. Nothing but the order of the
         * text says the two are one quantity, so nothing else may stand between them.
         */
        private int[] answers() {
            int[] out = new int[bags.size()];
            java.util.Arrays.fill(out, -1);
            Map<String, List<Integer>> byDocument = new TreeMap<>();
            for (int i = 0; i < bags.size(); i++) {
                byDocument
                        .computeIfAbsent(bags.get(i).site().claim().document(), k -> new ArrayList<>())
                        .add(i);
            }
            for (List<Integer> inDocument : byDocument.values()) {
                inDocument.sort(Comparator.comparingInt(
                        (Integer i) -> bags.get(i).site().claim().quote().start()));
                for (int k = 1; k < inDocument.size(); k++) {
                    int b = inDocument.get(k);
                    int a = inDocument.get(k - 1);
                    if (linksByMeasure(bags.get(b))
                            && elliptic(bags.get(b))
                            && sentenceIds[a] != sentenceIds[b]
                            && nextSentence(bags.get(a), bags.get(b))
                            && !sourceOf(bags.get(a)).isEmpty()
                            && !sourceOf(bags.get(b)).isEmpty()
                            && !sourceOf(bags.get(a)).equals(sourceOf(bags.get(b)))) {
                        out[b] = a;
                    }
                }
            }
            return out;
        }

        /** The pair's similarity and its vetoes, as {@link GenericGrouper#explain} reports them. */
        String explain(int i, int j) {
            double dot = dot(i, j);
            double words = 0;
            List<String> shared = new ArrayList<>();
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                Double y = vectors.get(j).get(e.getKey());
                if (y != null) {
                    if (!e.getKey().startsWith(ClaimBag.BASE_MARK)) {
                        words += e.getValue() * y;
                    }
                    shared.add(e.getKey());
                }
            }
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT,
                    "cos %.2f (words %.2f) figure +%.2f measure +%.2f [%s | %s] shared %s",
                    dot,
                    words,
                    figureBonus(i, j),
                    measureSimilarity(i, j),
                    measures[i],
                    measures[j],
                    shared));
            Facets fi = facetsOf(i);
            Facets fj = facetsOf(j);
            List<String> vetoes = fi.vetoes(fj, true);
            out.append(vetoes.isEmpty() ? "; no veto" : "; vetoes " + vetoes + " (" + fi + " / " + fj + ")");
            if (answers[i] == j || answers[j] == i) {
                out.append("; answers");
            }
            // what kept their groups apart: the vetoes of refused edges between the two final groups
            tracing = true;
            cluster();
            if (roots[i] == roots[j]) {
                return out.append("; clustered together").toString();
            }
            Map<String, Integer> between = new TreeMap<>();
            for (Map.Entry<Edge, String> r : refused) {
                int x = roots[r.getKey().a()];
                int y = roots[r.getKey().b()];
                if (x == roots[i] && y == roots[j] || x == roots[j] && y == roots[i]) {
                    between.merge(r.getValue(), 1, Integer::sum);
                }
            }
            long sizeI =
                    java.util.Arrays.stream(roots).filter(r -> r == roots[i]).count();
            long sizeJ =
                    java.util.Arrays.stream(roots).filter(r -> r == roots[j]).count();
            return out.append("; groups of ")
                    .append(sizeI)
                    .append(" and ")
                    .append(sizeJ)
                    .append(", edges between them refused by ")
                    .append(between)
                    .toString();
        }

        /** Mean similarity between the members of two groups (the first members of each when groups are large). */
        private double linkage(List<Integer> a, List<Integer> b) {
            double sum = 0;
            int pairs = 0;
            for (int i : a.subList(0, Math.min(LINKAGE_SAMPLE, a.size()))) {
                for (int j : b.subList(0, Math.min(LINKAGE_SAMPLE, b.size()))) {
                    double x = dot(i, j) + figureBonus(i, j) + measureSimilarity(i, j);
                    sum += sharesDistinctive(i, j) || answers[i] == j || answers[j] == i || closeLinked(i, j)
                            ? Math.max(x, GROUP_THRESHOLD)
                            : x;
                    pairs++;
                }
            }
            return sum / pairs;
        }

        /**
         * {@link #SAME_MEASURE} when the two frames name one measure (in different sentences), and, for shares, one
         * holder; else 0.
         */
        private double measureSimilarity(int i, int j) {
            return measures[i] != null
                            && measures[i].equals(measures[j])
                            && sentenceIds[i] != sentenceIds[j]
                            && (GIFT.equals(measures[i])
                                    ? donorOf(i).equals(donorOf(j))
                                    : extremes[i] != null
                                            ? dot(i, j) >= EXTREME_WORD_FLOOR
                                            : linksByMeasure(bags.get(i))
                                                    || sameHeldShare(i, j)
                                                    || measures[i].startsWith(FrameReader.GOOD))
                    ? SAME_MEASURE
                    : 0;
        }

        /**
         * Two shares of one holder out of one base: a name in common ("Edmundo Gonzalez", "Gonzalez"), and bases that
         * share a word when both are stated ("of the vote", "of the votes"; a share with no base takes its clause's).
         */
        private boolean sameHeldShare(int i, int j) {
            if (!oneHolder(bags.get(i).frame().holder(), bags.get(j).frame().holder())) {
                return false;
            }
            Set<String> x = baseWords.get(i);
            Set<String> y = baseWords.get(j);
            return x.isEmpty() || y.isEmpty() || intersects(x, y);
        }

        private String donorOf(int i) {
            return bags.get(i).frame().frame().donor();
        }

        /**
         * A figure whose clause names neither a measure nor what it counts takes the measure of the one figure of its
         * sentence, in its unit, that another source is credited with: "Police estimated the crowd at around 300,000
         * while organizers put the total at 800,000" (the total is the crowd's).
         */
        private void measuresFromContrast() {
            for (int i = 0; i < bags.size(); i++) {
                ClaimBag b = bags.get(i);
                if (measures[i] != null
                        || !linksByMeasure(b)
                        || b.site().claim().counted() != null) {
                    continue;
                }
                String found = null;
                int candidates = 0;
                // only the claims of its own sentence can contrast with it (a scan of the whole block per claim was
                // quadratic in the block's size); one candidate or none, so their order does not matter
                for (int j : bySentence().get(sentenceKeys[i])) {
                    if (j != i
                            && measures[j] != null
                            && !GIFT.equals(measures[j])
                            && unitOf(j).equals(unitOf(i))
                            && contrasted(b, bags.get(j))) {
                        found = measures[j];
                        candidates++;
                    }
                }
                if (candidates == 1) {
                    measures[i] = found;
                }
            }
        }

        private String unitOf(int i) {
            return bags.get(i).site().claim().quantity().unit().code();
        }

        /**
         * Each claim's later claims (by index) of other articles whose precise figures of one unit are close to its own
         * ({@link #CLOSE_FIGURES}): the block's point figures sorted by value, each scanned up to the first too far.
         */
        private Map<Integer, List<Integer>> closeFigures() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < bags.size(); i++) {
                if (precise[i]) {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparingDouble(i -> points[i]));
            Map<Integer, List<Integer>> out = new HashMap<>();
            for (int a = 0; a < order.size(); a++) {
                for (int b = a + 1; b < order.size(); b++) {
                    int i = order.get(a);
                    int j = order.get(b);
                    double x = points[i];
                    double y = points[j];
                    if (y - x > CLOSE_FIGURES * Math.max(Math.abs(x), Math.abs(y))) {
                        break; // sorted: every later figure is farther still
                    }
                    if (closePair(i, j)) {
                        out.computeIfAbsent(Math.min(i, j), k -> new ArrayList<>())
                                .add(Math.max(i, j));
                    }
                }
            }
            return out;
        }

        /** Close figures whose words meet the floor: as alike as the grouping threshold, whatever else they say. */
        private boolean closeLinked(int i, int j) {
            return closePair(i, j) && dot(i, j) >= CLOSE_WORD_FLOOR;
        }

        private boolean closePair(int i, int j) {
            Claim a = bags.get(i).site().claim();
            Claim b = bags.get(j).site().claim();
            return precise[i]
                    && precise[j]
                    && closeValues(points[i], points[j])
                    && !a.document().equals(b.document())
                    && a.quantity().unit().code().equals(b.quantity().unit().code());
        }

        /** True when the two claims write one distinctive figure: alike enough, whatever their words. */
        private boolean sharesDistinctive(int i, int j) {
            return intersects(distinctive.get(i), distinctive.get(j));
        }

        private double figureBonus(int i, int j) {
            return intersects(bags.get(i).numbers(), bags.get(j).numbers()) ? SAME_FIGURE_BONUS : 0;
        }
    }

    /**
     * What a group of claims says of where, when and what it counts, for the vetoes that keep two groups apart;
     * merged when two groups merge.
     */
    private static final class Facets {

        /** Each sentence of the group and who its figures are credited to there. */
        private final Map<String, Set<String>> sentences = new HashMap<>();

        private final Set<String> qualifiers = new HashSet<>();
        private final Set<String> times = new HashSet<>();
        private final Set<String> countries = new HashSet<>();
        private final Set<String> holders = new HashSet<>();
        private final Set<String> periods = new HashSet<>();
        private final Set<String> knowns = new HashSet<>();
        private final Set<String> beneficiaries = new HashSet<>();
        private final Set<FrameReader.Place> places = new HashSet<>();
        private final Set<String> donors = new HashSet<>();
        private final Set<Set<String>> goods = new HashSet<>();

        Facets(ClaimBag b, String sentenceKey, String sentenceSource) {
            // a figure its sentence gives as an earlier one ("earlier put at 125 ... has now risen to 131") is marked:
            // it may join a group holding the sentence's current figure, whose measure it shares
            sentences.put(
                    sentenceKey,
                    new HashSet<>(Set.of(b.frame().frame().earlier() ? EARLIER + sentenceSource : sentenceSource)));
            qualifiers.addAll(splittingQualifier(b));
            // a count hyphened to what it describes ("the 24-storey tower") meets only counts of that noun
            addIfPresent(
                    qualifiers,
                    b.frame().attribute() == null
                            ? null
                            : "!attribute@" + b.frame().attribute());
            // a figure about another time (years before its article) groups only with figures of that time
            addIfPresent(
                    qualifiers,
                    b.frame().past() == null ? null : "!" + b.frame().past());
            // a share or rate the sentence gives as the earlier one ("rose from 14.6% to 16.4%") is a level of
            // another time; counts and sums keep theirs, since the running-total rules read an earlier figure
            if (b.frame().frame().earlier()
                    && !RUNNING.contains(b.site().claim().quantity().unit().dimension())) {
                qualifiers.add("!earlier");
            }
            addIfPresent(times, b.frame().frame().time());
            addIfPresent(countries, b.frame().country());
            holders.addAll(b.frame().holder());
            addIfPresent(periods, periodOf(b));
            addIfPresent(knowns, b.frame().known());
            beneficiaries.addAll(beneficiaryWords(b.site().claim().beneficiary()));
            String place = b.frame().frame().place();
            if (place != null) {
                places.add(new FrameReader.Place(place, b.frame().placeCountry()));
            }
            addIfPresent(donors, b.frame().frame().donor());
            if (!b.frame().goods().isEmpty()) {
                goods.add(b.frame().goods());
            }
        }

        private static void addIfPresent(Set<String> to, String value) {
            if (value != null) {
                to.add(value);
            }
        }

        /** The first veto between this group and another, or null when none stands between them. */
        String veto(Facets o) {
            List<String> v = vetoes(o, false);
            return v.isEmpty() ? null : v.get(0);
        }

        /**
         * The vetoes between this group and another, in the order the clustering tries them: one sentence, a
         * splitting qualifier, another time, another country, another holder, another period, another known measure,
         * another beneficiary, another place, another donor, another good.
         * With {@code all} false, the first only.
         */
        List<String> vetoes(Facets o, boolean all) {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < VETOES.length && (all || out.isEmpty()); k++) {
                if (fails(k, o)) {
                    out.add(VETOES[k]);
                }
            }
            return out;
        }

        private boolean fails(int veto, Facets o) {
            return switch (veto) {
                case 0 -> !sentencesCompatible(sentences, o.sentences);
                case 1 -> !compatible(qualifiers, o.qualifiers);
                case 2 -> !timesCompatible(times, o.times);
                case 3 -> !agreeWhereBothSay(countries, o.countries);
                case 4 -> !sameHolder(holders, o.holders);
                case 5 -> !agreeWhereBothSay(periods, o.periods);
                case 6 -> !agreeWhereBothSay(knowns, o.knowns);
                case 7 -> !sameHolder(beneficiaries, o.beneficiaries);
                case 8 -> !placesCompatible(places, o.places);
                case 9 -> !agreeWhereBothSay(donors, o.donors);
                default -> !goodsCompatible(goods, o.goods);
            };
        }

        void absorb(Facets o) {
            o.sentences.forEach(
                    (k, v) -> sentences.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            qualifiers.addAll(o.qualifiers);
            times.addAll(o.times);
            countries.addAll(o.countries);
            holders.addAll(o.holders);
            periods.addAll(o.periods);
            knowns.addAll(o.knowns);
            beneficiaries.addAll(o.beneficiaries);
            places.addAll(o.places);
            donors.addAll(o.donors);
            goods.addAll(o.goods);
        }

        @Override
        public String toString() {
            return "qualifier " + qualifiers + " time " + times + " country " + countries + " holder " + holders
                    + " period " + periods + " measure " + knowns + " beneficiary " + beneficiaries + " place "
                    + places + " donor " + donors + " good " + goods;
        }
    }

    /** Dimensions whose figures may be running totals, told with their earlier stages (_shared/running-totals.drl). */
    private static final Set<Dimension> RUNNING = Set.of(Dimension.COUNT, Dimension.MONEY);

    private static final String[] VETOES = {
        "sentence",
        "qualifier",
        "time",
        "country",
        "holder",
        "period",
        "measure",
        "beneficiary",
        "place",
        "donor",
        "good"
    };

    /**
     * Two groups of prices may merge unless one names a good none of whose senses is one of the other's ("diesel"
     * against "gas" or "petrol"; "gas" and "gasoline" share a sense).
     */
    private static boolean goodsCompatible(Set<Set<String>> a, Set<Set<String>> b) {
        for (Set<String> x : a) {
            for (Set<String> y : b) {
                if (java.util.Collections.disjoint(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Two groups may merge unless each names where its figures were counted and no place of one agrees with a place
     * of the other ({@link Places#agree}).
     */
    private static boolean placesCompatible(Set<FrameReader.Place> a, Set<FrameReader.Place> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (FrameReader.Place x : a) {
            for (FrameReader.Place y : b) {
                if (Places.agree(x.name(), x.country(), y.name(), y.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The names in what a sum is for ("$60 billion for Ukraine": ukraine), lower-cased: two sums for beneficiaries
     * that name different names ("for Ukraine", "for Israel") are two quantities, however alike their sentences. Only
     * capitalised words count: a beneficiary in common nouns is often the same one paraphrased ("the city's
     * gangs", "criminal networks"), and an article's capital at a beneficiary's start names nothing.
     */
    private static Set<String> beneficiaryWords(String beneficiary) {
        if (beneficiary == null || beneficiary.isBlank()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String w : beneficiary.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()
                    && Character.isUpperCase(w.charAt(0))
                    && !Set.of("the", "a", "an").contains(w.toLowerCase(Locale.ROOT))) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The measure key of a share that names whose it is: shares meet through their holders (Block.sameHeldShare). */
    private static final String HELD_SHARE = "\u0000share";

    /** The measure key of a sum that names its donor: sums meet through their donors (Block.measureSimilarity). */
    private static final String GIFT = "\u0000gift";

    private static Set<String> baseWords(ClaimBag b) {
        Set<String> out = new HashSet<>();
        b.weights().keySet().stream()
                .filter(w -> w.startsWith(ClaimBag.BASE_MARK)
                        && !w.substring(ClaimBag.BASE_MARK.length()).contains(" "))
                .forEach(out::add);
        return out;
    }

    private record Edge(int a, int b, double similarity) {}

    /** Most similar first; ties by position, so the order never depends on hashing. */
    private static final Comparator<Edge> BY_SIMILARITY = Comparator.comparingDouble((Edge e) -> -e.similarity())
            .thenComparingInt(Edge::a)
            .thenComparingInt(Edge::b);

    /**
     * The figures of a one-article group that its own sentences set against each other: a sentence holding two or more
     * of the group's figures, each credited to another source and naming no other measure ("mobilized two million
     * people, according to the party, and 450,000 according to the authorities"), the group's other figures left out.
     * The group as a whole is no subject (two body sentences of one article are more often two quantities), but such
     * figures give one quantity two or three times.
     */
    private static List<List<ClaimBag>> contrastedPairs(List<ClaimBag> group) {
        Map<String, List<ClaimBag>> bySentence = new java.util.LinkedHashMap<>();
        for (ClaimBag b : group) {
            bySentence.computeIfAbsent(sentenceOf(b), k -> new ArrayList<>()).add(b);
        }
        List<List<ClaimBag>> out = new ArrayList<>();
        for (List<ClaimBag> figures : bySentence.values()) {
            if (figures.size() >= 2 && allContrasted(figures) && oneMeasure(figures)) {
                out.add(figures);
            }
        }
        return out;
    }

    /** True when every two of the figures are credited to two sources ({@link #contrasted}). */
    private static boolean allContrasted(List<ClaimBag> figures) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                if (!contrasted(figures.get(i), figures.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the figures name at most one measure between them: "2 million people marched, according to the
     * party, and 300 people were arrested, according to the police" sets two quantities side by side, not one twice.
     */
    private static boolean oneMeasure(List<ClaimBag> figures) {
        return figures.stream()
                        .map(b -> b.frame().frame().measure())
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .count()
                <= 1;
    }

    /**
     * Two figures of one sentence credited to two different sources ("245,000 according to the unions (30,000
     * according to the police)"): the organisers-against-police shape that gives one quantity twice.
     */
    private static boolean contrasted(ClaimBag a, ClaimBag b) {
        String x = sourceOf(a);
        String y = sourceOf(b);
        if (!x.isEmpty() && !y.isEmpty()) {
            return !x.equals(y);
        }
        return (!x.isEmpty() || !y.isEmpty()) && bracketedAfter(a, b);
    }

    /**
     * True when one figure follows the other in brackets, nothing but words between them: "40,000 in Lyon (15,000
     * according to the prefecture)".
     */
    private static boolean bracketedAfter(ClaimBag a, ClaimBag b) {
        Claim first =
                a.site().claim().quote().start() <= b.site().claim().quote().start()
                        ? a.site().claim()
                        : b.site().claim();
        Claim second = first == a.site().claim() ? b.site().claim() : a.site().claim();
        if (!first.document().equals(second.document())
                || second.quote().start() < first.quote().end()) {
            return false;
        }
        String sentence = first.quote().sentence();
        int from = sentence.indexOf(first.quote().text());
        int to = from < 0
                ? -1
                : sentence.indexOf(
                        second.quote().text(), from + first.quote().text().length());
        if (to < 0) {
            return false;
        }
        String between = sentence.substring(from + first.quote().text().length(), to);
        return between.indexOf('(') >= 0 && between.chars().noneMatch(Character::isDigit);
    }

    /** A figure whose sentence says neither what it counts nor which measure it gives: "The ministry counted 480,000." */
    private static boolean elliptic(ClaimBag b) {
        String counted = b.site().claim().counted();
        return (counted == null || counted.isBlank()) && b.frame().clauseMeasure() == null;
    }

    /** True when {@code b}'s sentence starts right where {@code a}'s ends: nothing but spaces between them. */
    private static boolean nextSentence(ClaimBag a, ClaimBag b) {
        int firstEnd = a.site().claim().quote().start()
                - a.site().figureStart()
                + a.site().sentence().length();
        int secondStart = b.site().claim().quote().start() - b.site().figureStart();
        return secondStart >= firstEnd && secondStart - firstEnd <= ADJACENT_GAP;
    }

    /** Characters between two sentences that follow each other: a space, or a line break and its indent. */
    private static final int ADJACENT_GAP = 3;

    /** Who a claim credits, or "" for nobody. */
    private static String sourceOf(ClaimBag b) {
        var a = b.site().claim().attribution();
        return a == null || a.source() == null ? "" : a.source().toLowerCase(java.util.Locale.ROOT);
    }

    /** Groups may merge when every sentence they share credits its figures to different sources in each. */
    private static boolean sentencesCompatible(Map<String, Set<String>> a, Map<String, Set<String>> b) {
        for (Map.Entry<String, Set<String>> e : a.entrySet()) {
            Set<String> other = b.get(e.getKey());
            if (other != null && earlierAndCurrent(e.getValue(), other)) {
                continue;
            }
            if (other != null
                    && (e.getValue().contains("")
                            || other.contains("")
                            || intersects(e.getValue(), other)
                            || uncredited(e.getValue()) && uncredited(other))) {
                return false;
            }
        }
        return true;
    }

    /** Marks the sentence source of a figure its sentence gives as an earlier one. */
    private static final String EARLIER = "\u0001";

    /**
     * True when one group holds only a sentence's earlier figures and the other only its current ones ("the toll,
     * earlier put at 125, has now risen to 131"): one quantity at two times, which the running-total rules read.
     */
    private static boolean earlierAndCurrent(Set<String> a, Set<String> b) {
        int x = earlierMix(a);
        int y = earlierMix(b);
        return x != 0 && y != 0 && x + y == 0;
    }

    /** 1 when every source of the set is marked earlier, -1 when none is, 0 when both kinds stand in it. */
    private static int earlierMix(Set<String> sources) {
        int earlier = 0;
        for (String s : sources) {
            if (s.startsWith(EARLIER)) {
                earlier++;
            }
        }
        return earlier == sources.size() ? 1 : earlier == 0 ? -1 : 0;
    }

    /** True when the set holds an uncredited figure that a credited one contradicts in brackets. */
    private static boolean uncredited(Set<String> sources) {
        return sources.stream().anyMatch(x -> x.startsWith("\u0000"));
    }

    private static final Set<Dimension> NOT_BY_MEASURE = Set.of(
            Dimension.PERCENT,
            Dimension.PERCENTAGE_POINTS,
            Dimension.DURATION,
            Dimension.AGE,
            Dimension.RATIO,
            Dimension.RATE,
            Dimension.OTHER);

    /**
     * The word similarity two extremes of one role still need to be linked by their role: "girls as young as 14 are
     * married off" and "boys as young as 16 are recruited as fighters" share no word and are two populations' ages;
     * "apprentices as young as 14 ... in the mines" and "miners and apprentices as young as 16" share a few.
     */
    static final double EXTREME_WORD_FLOOR = 0.05;

    /**
     * The measure an extreme names by its construction, whatever its clause's verb: "as young as 14" and "girls as
     * young as 16" give the youngest age of the people a story is about, "as little as $20" the lowest price; null for
     * a figure of any other role.
     */
    private static String extreme(ClaimBag b) {
        Role r = b.site().claim().role();
        return r == Role.MINIMUM || r == Role.MAXIMUM
                ? "\u0000" + r.label() + ":"
                        + b.site().claim().quantity().unit().dimension()
                : null;
    }

    /** The claim's figure when it is one number (a point, in the unit as written), else NaN. */
    private static double point(ClaimBag b) {
        var v = b.site().claim().quantity().value();
        if (v.low() == null || v.high() == null || v.low().compareTo(v.high()) != 0) {
            return Double.NaN;
        }
        return v.lowValue();
    }

    private static boolean linksByMeasure(ClaimBag b) {
        return !NOT_BY_MEASURE.contains(b.site().claim().quantity().unit().dimension());
    }

    /** A number with three significant digits or more ("11300", "105", "3958"): rarely written twice by chance. */
    static boolean isDistinctive(String number) {
        String digits = number.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return digits.length() >= 3 && digits.chars().allMatch(Character::isDigit);
    }

    /**
     * Two precise figures of two articles this close (relative to the larger) are likely one quantity told twice, or
     * misreported: "$70.1 billion" and "$70.75 billion", "24.3%" and "23.4%", "288" and "275".
     */
    static final double CLOSE_FIGURES = 0.05;
    /**
     * The word similarity (bases aside) two close figures still need to be linked: closeness alone links figures of
     * unrelated measures that happen to be near ("11.1%" inflation and "11.6%" food prices share few words).
     */
    static final double CLOSE_WORD_FLOOR = 0.08;

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    static boolean closeValues(double x, double y) {
        double m = Math.max(Math.abs(x), Math.abs(y));
        return m > 0 && x != y && Math.abs(x - y) <= CLOSE_FIGURES * m;
    }

    /**
     * A figure written precisely enough that a near one is no coincidence: three significant digits or more ("288",
     * "1,175"), or two with a decimal point ("3.50", "16.2"); "40" and "57" are too common to say anything.
     */
    static boolean precise(Claim c) {
        String w = c.quantity().written();
        Matcher m = w == null ? null : FIRST_NUMBER.matcher(w);
        if (m == null || !m.find()) {
            return false;
        }
        String n = m.group().replace(",", "");
        return n.contains(".") ? n.replace(".", "").replaceFirst("^0+", "").length() >= 2 : isDistinctive(n);
    }

    /**
     * One article's heading and body giving one measure: a headline or a live blog's item heading restates its body's
     * figure, and may restate it differently ("Turkey arrests 59 on looting allegations" over "57 people had been
     * arrested"). Two body sentences of one article are more often two quantities (one sector's fall and another's).
     */
    private static boolean headingAndBody(List<ClaimBag> group) {
        String measure = group.get(0).frame().clauseMeasure();
        return measure != null
                && group.stream().allMatch(b -> measure.equals(b.frame().clauseMeasure()))
                && group.stream().anyMatch(b -> isHeading(b.site().sentence()))
                && group.stream().anyMatch(b -> !isHeading(b.site().sentence()));
    }

    /**
     * A heading: a line that does not end as a sentence does (no full stop, question or exclamation mark), a bracket
     * at its end aside ("Turkey arrests 59 on looting allegations (3:27 p.m.)"), and that is no list item (a bullet or
     * dash before it) or line cut short (an ellipsis after it).
     */
    private static boolean isHeading(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()
                || "-*\u2022\u2013\u2014".indexOf(s.charAt(0)) >= 0
                || s.endsWith("\u2026")
                || s.endsWith("...")) {
            return false; // a list item, or a line cut short, is no heading
        }
        if (s.endsWith(")") && s.lastIndexOf('(') > 0) {
            s = s.substring(0, s.lastIndexOf('(')).strip();
        }
        int end = s.length();
        while (end > 0 && "\"'”’)".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?:".indexOf(s.charAt(end - 1)) < 0;
    }

    /** True when the group compares figures of at least two documents. */
    private static boolean spansDocuments(List<ClaimBag> group) {
        return group.stream().map(b -> b.site().claim().document()).distinct().count() > 1;
    }

    /**
     * The qualifier that keeps a claim apart from differently qualified ones (pledged, received), if any. A level that
     * moves both ways by the hour ("customers without power") stays apart from figures without it and from its
     * figures of other times: it is of its sentence's time at the precision written, else its article's day; another
     * day's figure is an update, and a figure of no known day is compared within its own article only. Which hour
     * each of one day's figures counts is left to an editor.
     */
    private static Set<String> splittingQualifier(ClaimBag b) {
        FrameLexicon.Qualifier q = b.frame().qualifier();
        if (q == null || !q.splits()) {
            return Set.of();
        }
        if (q.byFigure()) {
            // a group or a window its figure names ("the richest 1%", "over the past two years") is that figure's own:
            // it meets only the same group or window, of the same unit
            var quantity = b.site().claim().quantity();
            return Set.of("!" + q.name() + "@" + plain(quantity.value().low()) + "-"
                    + plain(quantity.value().high()) + " " + quantity.unit().code());
        }
        if (q == FrameReader.PART) {
            // a part with nothing of its own to tell it by meets no figure: not its whole's, nor another article's
            // part, which may detail something else ("2,000 who had to be ferried" and "16,000 who left by land")
            return Set.of("!" + q.name() + "@" + b.site().claim().id());
        }
        if (q == FrameReader.CHANGE) {
            // changes against one earlier time meet; "" when their sentences do not say against which
            return Set.of("!" + q.name() + "@" + b.frame().change());
        }
        if (q.moves() && q.withinArticle()) {
            // counted from the day its article was written ("two days ago"), which no day its sentence names tells
            return Set.of("!" + q.name() + "@" + b.site().claim().document());
        }
        if (q.moves()) {
            String day = b.frame().day();
            return Set.of(
                    "!" + q.name() + "@" + (day != null ? day : b.site().claim().document()));
        }
        return Set.of(q.apart() ? "!" + q.name() : q.name());
    }

    /** A bound as a plain number ("1" for 1.0 and 1.00), or "" for none. */
    private static String plain(java.math.BigDecimal x) {
        return x == null ? "" : x.stripTrailingZeros().toPlainString();
    }

    /**
     * Two groups may merge when together they hold at most one splitting qualifier, and a qualifier that keeps its
     * figures apart (marked "!") is in both or in neither.
     */
    private static boolean compatible(Set<String> a, Set<String> b) {
        if (a.stream().anyMatch(q -> q.startsWith("!")) || b.stream().anyMatch(q -> q.startsWith("!"))) {
            return a.equals(b);
        }
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** Two groups may merge when every time of one is compatible with every time of the other. */
    private static boolean timesCompatible(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (!TimeReader.compatible(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Two groups may merge unless both say where (or for what period) and not the same: "in Turkey" and "in Syria",
     * "a year" and "a month"; a group that says nothing agrees with any.
     */
    private static boolean agreeWhereBothSay(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /**
     * Two groups of shares may merge unless each names whose share it is and no name is common to both ("Nicolas
     * Maduro" and "Maduro" meet; "Maduro" and "Gonzalez" do not).
     */
    /** True unless both name whose the figures are and the names differ (see {@link #oneHolder}). */
    private static boolean sameHolder(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || oneHolder(a, b);
    }

    /**
     * True when two holders' names are one: the words of one hold all the other's ("Edmundo Gonzalez" and "Gonzalez",
     * "Plaid Cymru" and a list "Reform UK, Plaid Cymru"); a word in common is not enough ("Mostafa Mirsalim" and
     * "Mostafa Pourmohammadi", "Labour Party" and "Conservative Party" are two).
     */
    private static boolean oneHolder(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
    }

    private static String sentenceOf(ClaimBag b) {
        Claim c = b.site().claim();
        return c.document() + '\u0000' + c.quote().sentence();
    }

    /** True when the sets share an element; a loop, not a stream: the linkage calls it for every pair it weighs. */
    private static boolean intersects(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String x : small) {
            if (large.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        int at = i;
        while (parent[at] != at) {
            parent[at] = parent[parent[at]];
            at = parent[at];
        }
        return at;
    }

    private static Map<String, Double> normalised(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((w, x) -> x / norm);
        }
        return v;
    }

    /**
     * A readable, stable subject for a group: its key is the block prefix and the single words most of its claims
     * share, in the order the first claim's sentence says them ("percent:adult-resident-rent"); its explanation lists
     * the shared words and phrases.
     */
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
        Comparator<String> bySupport = Comparator.comparingInt((String w) -> -members.get(w))
                .thenComparingDouble(w -> -weight.get(w))
                .thenComparing(w -> w);
        List<String> shared = members.keySet().stream()
                // a figure alone with its conversion is described by its own words
                .filter(w -> members.get(w) > 1 || cluster.size() == 1)
                .sorted(bySupport)
                .toList();
        String firstSentence = cluster.get(0).site().claim().quote().sentence();
        List<String> keyWords = shared.stream()
                .filter(w -> !w.contains(" "))
                .limit(KEY_WORDS)
                .map(surface::get)
                .sorted(Comparator.comparingInt((String w) -> position(firstSentence, w))
                        .thenComparing(w -> w))
                .toList();
        String base = prefix + ":"
                + (keyWords.isEmpty() ? "group" : String.join("-", keyWords)).replaceAll("[^a-z0-9]+", "-");
        String key = base;
        for (int n = 2; !usedKeys.add(key); n++) {
            key = base + "-" + n;
        }
        Dimension dimension = cluster.get(0).site().claim().quantity().unit().dimension();
        String label = prefix + ": " + String.join(", ", keyWords);
        List<String> why = new ArrayList<>(
                shared.stream().limit(EXPLAIN_WORDS).map(surface::get).toList());
        frameAgreement(cluster, f -> f.measure(), "measure").ifPresent(why::add);
        frameAgreement(cluster, f -> f.qualifier(), "qualifier").ifPresent(why::add);
        frameAgreement(cluster, f -> f.time(), "time").ifPresent(why::add);
        return new Subject(key, label, dimension, null, null, List.copyOf(why), true);
    }

    /** "measure: death" when every claim of the group that has the slot agrees on it (and at least two have it). */
    private static java.util.Optional<String> frameAgreement(
            List<ClaimBag> cluster, java.util.function.Function<io.claimcheck.model.Frame, String> slot, String name) {
        java.util.TreeSet<String> values = new java.util.TreeSet<>();
        int with = 0;
        for (ClaimBag b : cluster) {
            String v = slot.apply(b.frame().frame());
            if (v != null) {
                values.add(v);
                with++;
            }
        }
        return values.size() == 1 && with > 1
                ? java.util.Optional.of(name + ": " + values.first())
                : java.util.Optional.empty();
    }

    private static int position(String sentence, String word) {
        int at = sentence == null ? -1 : sentence.toLowerCase(Locale.ROOT).indexOf(word);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
