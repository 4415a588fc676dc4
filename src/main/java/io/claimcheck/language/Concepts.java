package io.claimcheck.language;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Word → weighted WordNet concepts, cached per lemma and part of speech. A concept id is {@code <pos letter><synset
 * offset>}; its label is the synset's first lemma.
 */
final class Concepts {

    /** Senses looked at per word: WordNet lists senses by frequency, and news uses the common ones. */
    static final int SENSES = 3;
    /** What a derived or caused concept weighs: it names the same event ("died", "death"). */
    static final double DERIVED = 1.0;
    /** What the kind a noun belongs to weighs: related, not the same ("fatality" is a kind of "death"). */
    static final double HYPERNYM = 0.5;

    private final net.sf.extjwnl.dictionary.Dictionary wordnet;
    private final Map<String, Map<String, Double>> cache = new ConcurrentHashMap<>();
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    private final Map<String, String> classes = new ConcurrentHashMap<>();
    private final Map<String, String> countries = new ConcurrentHashMap<>();
    private final Map<String, List<String>> derived = new ConcurrentHashMap<>();
    /** The senses of a word in some classes, by the classes asked for (one set per caller), then by word. */
    private final Map<Set<String>, Map<String, Set<String>>> senses = new ConcurrentHashMap<>();

    Concepts(net.sf.extjwnl.dictionary.Dictionary wordnet) {
        this.wordnet = wordnet;
    }

    static POS wordnetPos(String tag) {
        return switch (tag) {
            case "NOUN", "PROPN" -> POS.NOUN;
            case "VERB" -> POS.VERB;
            case "ADJ" -> POS.ADJECTIVE;
            default -> null;
        };
    }

    Map<String, Double> of(String lemma, String tag) {
        POS pos = wordnetPos(tag);
        if (pos == null || "PROPN".equals(tag)) {
            return Map.of();
        }
        return cache.computeIfAbsent(pos.getKey() + ":" + lemma, k -> lookUp(lemma, pos));
    }

    /** WordNet's lexicographer class of the word's commonest sense ("noun.location", "verb.change"), or null. */
    String lexicalClass(String lemma, String tag) {
        POS pos = wordnetPos(tag);
        if (pos == null || "PROPN".equals(tag)) {
            return null;
        }
        return classOf(pos, lemma);
    }

    /** The lexicographer class of the lemma's commonest sense for {@code pos}, "" when WordNet does not know it. */
    private String classOf(POS pos, String lemma) {
        return classes.computeIfAbsent(pos.getKey() + ":" + lemma, k -> {
            Synset first = commonestSense(pos, lemma);
            return first == null ? "" : first.getLexFileName();
        });
    }

    /** True when WordNet knows the lower-case word as an adverb ("often", "reportedly"). */
    boolean knowsAdverb(String lower) {
        return !classOf(POS.ADVERB, lower).isEmpty();
    }

    /** The word's commonest sense in WordNet for {@code pos}, or null. */
    private Synset commonestSense(POS pos, String lemma) {
        synchronized (wordnet) {
            try {
                IndexWord iw = wordnet.getIndexWord(pos, lemma);
                return iw == null || iw.getSenses().isEmpty()
                        ? null
                        : iw.getSenses().get(0);
            } catch (JWNLException e) {
                return null;
            }
        }
    }

    /**
     * WordNet's lexicographer class of a noun's commonest sense when that sense is a kind, not one named thing ("senate":
     * noun.group, "president": noun.person), else the empty string ("Rivera", whose commonest sense is one painter).
     */
    String kindOfNoun(String lemma) {
        return kinds.computeIfAbsent(lemma, k -> {
            synchronized (wordnet) {
                Synset first = commonestSense(POS.NOUN, lemma);
                return first == null
                                || !first.getPointers(PointerType.INSTANCE_HYPERNYM)
                                        .isEmpty()
                        ? ""
                        : first.getLexFileName();
            }
        });
    }

    private final Map<String, String> kinds = new ConcurrentHashMap<>();

    /**
     * The verbs a noun's commonest senses are derived from or give ("demonstration": demonstrate), as lemmas, in
     * WordNet's order: what people counted as taking part in an event did.
     */
    List<String> derivedVerbs(String lemma) {
        return derived.computeIfAbsent(lemma, k -> {
            List<String> out = new java.util.ArrayList<>();
            synchronized (wordnet) {
                try {
                    for (Synset sense : commonestSenses(POS.NOUN, lemma)) {
                        for (Pointer p : sense.getPointers()) {
                            if (p.getType() == PointerType.DERIVATION
                                    && ownPointer(p, lemma)
                                    && p.getTargetSynset().getPOS() == POS.VERB
                                    && p.getTarget() instanceof Word w) {
                                String verb = w.getLemma().toLowerCase(Locale.ROOT);
                                if (!out.contains(verb)) {
                                    out.add(verb);
                                }
                            }
                        }
                    }
                } catch (JWNLException e) {
                    return List.of();
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * The synset ids ("n14980784") of the word's commonest senses (as many as {@link #of} reads) that WordNet files in
     * one of {@code classes} ("noun.substance"): "diesel" is a person, an engine and a fuel; only the fuel is a good.
     */
    Set<String> sensesIn(String lemma, String tag, Set<String> classes) {
        POS pos = wordnetPos(tag);
        if (pos == null || "PROPN".equals(tag)) {
            return Set.of();
        }
        return senses.computeIfAbsent(classes, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(pos.getKey() + ":" + lemma, k -> lookUpSenses(lemma, pos, classes));
    }

    private Set<String> lookUpSenses(String lemma, POS pos, Set<String> classes) {
        Set<String> out = new TreeSet<>();
        synchronized (wordnet) {
            try {
                for (Synset sense : commonestSenses(pos, lemma)) {
                    if (classes.contains(sense.getLexFileName())) {
                        out.add(sense.getPOS().getKey() + sense.getOffset());
                    }
                }
            } catch (JWNLException e) {
                return Set.of();
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The country a place name stands in, as WordNet's name for it, or "" for none: the country itself when some
     * sense of the name is an instance of a country ("Syria", "Turkey", "Burma" and "Myanmar" alike), else the
     * country a city or region is part of ("Bangkok": Thailand, "Mandalay": Myanmar). A name WordNet does not know
     * stands in no country, nor does a city WordNet puts straight into two ("Valencia": Spain and Venezuela; "Tripoli":
     * Libya and Lebanon): which one the article means is not the name's to say, and a wrong country would keep its
     * figures apart from the rest of the story. Otherwise the first sense that stands in a country names it ("Paris":
     * France, "Memphis": the United States, as WordNet orders senses by use).
     */
    String countryOf(String name) {
        // WordNet writes names without their accents ("Sao Paulo", "Bogota")
        String plain = name.chars().allMatch(ch -> ch < 0x80)
                ? name
                : MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD))
                        .replaceAll("");
        return countries.computeIfAbsent(plain, k -> {
            synchronized (wordnet) {
                try {
                    IndexWord iw = wordnet.getIndexWord(POS.NOUN, k);
                    if (iw == null) {
                        return "";
                    }
                    for (Synset s : iw.getSenses()) {
                        if (isCountry(s)) {
                            return s.getWords().get(0).getLemma();
                        }
                    }
                    // two countries that each hold a place of the name directly ("Valencia": Spain and Venezuela;
                    // "Tripoli": Libya and Lebanon) leave it unknown; otherwise the first sense that stands in a
                    // country names it, as WordNet orders senses by use ("Paris": France; "Memphis": the United States)
                    java.util.Set<String> direct = new java.util.TreeSet<>();
                    String first = null;
                    for (Synset s : iw.getSenses()) {
                        if (!s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
                            String near = countryHolding(s, 1);
                            if (near != null) {
                                direct.add(near);
                            }
                            String within = near != null ? near : countryHolding(s, HOLONYM_DEPTH);
                            if (first == null && within != null) {
                                first = within;
                            }
                        }
                    }
                    return direct.size() > 1 || first == null ? "" : first;
                } catch (JWNLException e) {
                    return "";
                }
            }
        });
    }

    /**
     * The named place an adjective's commonest senses pertain to ("Nepalese": Nepal, "Indian": India), as WordNet writes
     * it in lower case, or null when none is one (a named noun of noun.location; "urban" pertains to a kind of place).
     */
    String placeOfAdjective(String lemma) {
        String place = origins.computeIfAbsent(lemma, k -> {
            synchronized (wordnet) {
                try {
                    for (Synset s : commonestSenses(POS.ADJECTIVE, k)) {
                        for (Pointer p : s.getPointers(PointerType.PERTAINYM)) {
                            Synset target = p.getTargetSynset();
                            // a named place ("Nepal", an instance), not a kind of place ("urban": city)
                            if ("noun.location".equals(target.getLexFileName())
                                    && !target.getPointers(PointerType.INSTANCE_HYPERNYM)
                                            .isEmpty()) {
                                return target.getWords().get(0).getLemma().toLowerCase(Locale.ROOT);
                            }
                        }
                    }
                    return "";
                } catch (JWNLException e) {
                    return "";
                }
            }
        });
        return place.isEmpty() ? null : place;
    }

    private final Map<String, String> origins = new java.util.concurrent.ConcurrentHashMap<>();

    /** Combining marks, dropped from a name before WordNet looks it up. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** How many "part of" steps lead from a place to its country at most (a city, its province, the country). */
    private static final int HOLONYM_DEPTH = 2;

    private static String countryHolding(Synset place, int depth) throws JWNLException {
        for (Pointer p : place.getPointers(PointerType.PART_HOLONYM)) {
            Synset whole = p.getTargetSynset();
            if (isCountry(whole)) {
                return whole.getWords().get(0).getLemma();
            }
            if (depth > 1) {
                String further = countryHolding(whole, depth - 1);
                if (further != null) {
                    return further;
                }
            }
        }
        return null;
    }

    private static boolean isCountry(Synset s) throws JWNLException {
        for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            if (namesCountry(p.getTargetSynset(), COUNTRY_DEPTH)) {
                return true;
            }
        }
        return false;
    }

    /** How many kinds up from a name's instance kind the search for "country" goes. */
    private static final int COUNTRY_DEPTH = 2;

    private static boolean namesCountry(Synset s, int depth) throws JWNLException {
        if (s.getWords().stream().anyMatch(w -> "country".equalsIgnoreCase(w.getLemma()))) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
            if (namesCountry(p.getTargetSynset(), depth - 1)) {
                return true;
            }
        }
        return false;
    }

    String label(String concept) {
        return labels.getOrDefault(concept, concept);
    }

    private Map<String, Double> lookUp(String lemma, POS pos) {
        Map<String, Double> out = new TreeMap<>();
        synchronized (wordnet) {
            try {
                for (Synset s : commonestSenses(pos, lemma)) {
                    add(out, s, 1.0);
                    for (Pointer p : s.getPointers()) {
                        PointerType type = p.getType();
                        if (type == PointerType.DERIVATION
                                && pos != POS.NOUN
                                && ownPointer(p, lemma)
                                && p.getTargetSynset().getPOS() == POS.NOUN) {
                            add(out, p.getTargetSynset(), DERIVED);
                        } else if (type == PointerType.CAUSE) {
                            Synset caused = p.getTargetSynset();
                            add(out, caused, DERIVED);
                            for (Pointer q : caused.getPointers()) {
                                if (q.getType() == PointerType.DERIVATION
                                        && q.getTargetSynset().getPOS() == POS.NOUN) {
                                    add(out, q.getTargetSynset(), DERIVED);
                                }
                            }
                        } else if (type == PointerType.HYPERNYM && pos == POS.NOUN) {
                            add(out, p.getTargetSynset(), HYPERNYM);
                        } else if (type == PointerType.PERTAINYM && pos == POS.ADJECTIVE) {
                            add(out, p.getTargetSynset(), DERIVED);
                        }
                    }
                }
            } catch (JWNLException e) {
                return Map.of();
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The word's commonest senses, as many as {@link #SENSES}; none when WordNet does not know it. Hold the lock. */
    private List<Synset> commonestSenses(POS pos, String lemma) throws JWNLException {
        IndexWord iw = wordnet.getIndexWord(pos, lemma);
        if (iw == null) {
            return List.of();
        }
        List<Synset> senses = iw.getSenses();
        return senses.subList(0, Math.min(SENSES, senses.size()));
    }

    /** A lexical pointer from this very word (not from a synonym in its synset), or a semantic one. */
    private static boolean ownPointer(Pointer p, String lemma) {
        return !(p.getSource() instanceof Word w)
                || w.getLemma().toLowerCase(Locale.ROOT).equals(lemma);
    }

    private void add(Map<String, Double> out, Synset s, double weight) {
        String id = s.getPOS().getKey() + s.getOffset();
        out.merge(id, weight, Math::max);
        labels.computeIfAbsent(id, k -> s.getWords().get(0).getLemma().toLowerCase(Locale.ROOT));
    }
}
