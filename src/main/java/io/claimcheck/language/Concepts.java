package io.claimcheck.language;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
    private final Map<String, Boolean> countries = new ConcurrentHashMap<>();

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
        return classes.computeIfAbsent(pos.getKey() + ":" + lemma, k -> {
            synchronized (wordnet) {
                try {
                    IndexWord iw = wordnet.getIndexWord(pos, lemma);
                    return iw == null || iw.getSenses().isEmpty()
                            ? ""
                            : iw.getSenses().get(0).getLexFileName();
                } catch (JWNLException e) {
                    return "";
                }
            }
        });
    }

    /**
     * True when some sense of the name is an instance of a country ("Syria", "Turkey", "New Zealand"): WordNet
     * files each country as an instance of a regional kind of country ("Asian country"), itself a kind of country.
     */
    boolean isCountry(String name) {
        return countries.computeIfAbsent(name, k -> {
            synchronized (wordnet) {
                try {
                    IndexWord iw = wordnet.getIndexWord(POS.NOUN, name);
                    if (iw == null) {
                        return false;
                    }
                    for (Synset s : iw.getSenses()) {
                        for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                            if (namesCountry(p.getTargetSynset(), COUNTRY_DEPTH)) {
                                return true;
                            }
                        }
                    }
                    return false;
                } catch (JWNLException e) {
                    return false;
                }
            }
        });
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
                IndexWord iw = wordnet.getIndexWord(pos, lemma);
                if (iw == null) {
                    return Map.of();
                }
                List<Synset> senses = iw.getSenses();
                for (Synset s : senses.subList(0, Math.min(SENSES, senses.size()))) {
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
