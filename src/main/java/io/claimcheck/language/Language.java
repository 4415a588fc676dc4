package io.claimcheck.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * The one word normaliser: words with their part of speech (OpenNLP's English Universal Dependencies model), their
 * lemma and the concepts they name (WordNet 3.1 through extJWNL: synonyms share a synset, derivations link "die"
 * and "death", cause links "kill" to "die"). The only class that imports OpenNLP or extJWNL.
 *
 * <p>Loading both costs about half a second, so {@link #preload()} starts it on a thread of its own when a check
 * begins and {@link #get()} waits for it only when the first sentence needs it. Lemmas come from WordNet's
 * morphology, not from OpenNLP's statistical lemmatizer: that one was measured at 8,000 words a second, too slow for
 * a 10,000-article check, and WordNet's answer is cached per word.
 */
public final class Language {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final FutureTask<Language> LOADING = new FutureTask<>(Language::new);
    /** Guards starting {@link #LOADING} once; a lock of its own rather than the task's monitor. */
    private static final Object START = new Object();

    private static volatile boolean started;

    private final POSModel posModel;
    private final ThreadLocal<POSTaggerME> taggers;
    private final Dictionary wordnet;
    private final Concepts concepts;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();

    private Language() {
        try (InputStream in = Language.class.getResourceAsStream(POS_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(
                        "OpenNLP part-of-speech model " + POS_MODEL + " is not on the class path");
            }
            POSModel read = new POSModel(in);
            // greedy decoding (a beam of 1, the model's default is 3): tagging 121,088 news sentences took 6.5-6.9 s
            // instead of 13.3-14.3 s, and the dev stories, the seeds and the frame tables read the same. The beam of
            // one is run without the beam's bookkeeping (GreedySequence), which gives its tags
            Object maxent = read.getArtifact("pos.model");
            posModel = maxent instanceof opennlp.tools.ml.model.MaxentModel m
                    ? new POSModel(
                            read.getLanguage(),
                            new GreedySequence(m),
                            Map.of(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, "1"),
                            read.getFactory())
                    : read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
        try {
            wordnet = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be loaded: " + e.getMessage(), e);
        }
        concepts = new Concepts(wordnet);
    }

    /** Starts loading in the background, once; later calls do nothing. */
    public static void preload() {
        if (!started) {
            synchronized (START) {
                if (!started) {
                    Thread t = new Thread(LOADING, "claimcheck-language");
                    t.setDaemon(true);
                    t.start();
                    started = true;
                }
            }
        }
    }

    /** The loaded normaliser, waiting for the background load (or loading now if nobody started it). */
    public static Language get() {
        preload();
        try {
            return LOADING.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the language models", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The word of {@code text} that starts at {@code at}, tagged among the words around it: at most {@link #TAG_WINDOW}
     * characters either side, within its line, so a run-on line of megabytes is never tagged whole for one word. Its
     * offsets are the window's. Null when no word starts there.
     */
    public Token tokenAt(String text, int at) {
        return tokenAt(text, at, TAG_WINDOW);
    }

    /** How many characters on either side of a word {@link #tokenAt(String, int)} tags it among. */
    public static final int TAG_WINDOW = 200;

    /** As {@link #tokenAt(String, int)}, within {@code window} characters either side. */
    public Token tokenAt(String text, int at, int window) {
        int from = at;
        while (from > 0 && at - from < window && text.charAt(from - 1) != '\n') {
            from--;
        }
        int to = at;
        while (to < text.length() && to - at < window && text.charAt(to) != '\n') {
            to++;
        }
        for (Token t : tokens(text.substring(from, to))) {
            if (from + t.start() == at) {
                return t;
            }
        }
        return null;
    }

    /** The words of {@code text}, tagged and lemmatised. */
    public List<Token> tokens(String text) {
        List<Tokens.Span> spans = Tokens.split(text);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(spans.get(i).start(), spans.get(i).end());
        }
        String[] tags = words.length == 0 ? new String[0] : taggers.get().tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            String tag = Character.isDigit(lower.charAt(0))
                    ? "NUM"
                    : participle(
                            lower,
                            modifier(
                                    lower,
                                    gerund(
                                            lower,
                                            noVerb(words, i, tags[i], i > 0 ? tags[i - 1] : ""),
                                            i > 0 ? tags[i - 1] : ""),
                                    i + 1 < tags.length ? tags[i + 1] : ""),
                            i + 1 < words.length ? words[i + 1] : "");
            out.add(new Token(
                    spans.get(i).start(),
                    spans.get(i).end(),
                    lower,
                    tag,
                    lemma(lower, tag),
                    Character.isUpperCase(words[i].charAt(0))));
        }
        return out;
    }

    /**
     * The tag of a word the tagger calls a verb that WordNet knows as a noun and in no verb form ("that losses will be
     * $52 billion", "as deaths rose": the tagger's VERB after a conjunction), or that WordNet knows as a time of day
     * right after a noun or name ("on Wednesday evening", "Friday morning"): a noun. Other verbs stand.
     */
    private String noVerb(String[] words, int i, String tag, String previousTag) {
        String lower = words[i].toLowerCase(Locale.ROOT);
        if (!"VERB".equals(tag)) {
            return tag;
        }
        if (("PROPN".equals(previousTag) || "NOUN".equals(previousTag))
                && "noun.time".equals(concepts.lexicalClass(lower, "NOUN"))) {
            return "NOUN";
        }
        // a name ("Belgrade"), an adjective WordNet knows ("latest", "preliminary") and the piece of a contraction
        // ("haven" of "haven't", "re" of "we're") stand, whatever WordNet says of them as nouns
        boolean contraction = i + 1 < words.length && (words[i + 1].equals("t") || words[i + 1].startsWith("'"))
                || lower.length() < 3;
        if (Character.isUpperCase(words[i].charAt(0))
                || contraction
                || !concepts.lexicalClass(lower, "ADJ").isEmpty()
                || !lemma(lower, "VERB").equals(lower)
                || !concepts.lexicalClass(lower, "VERB").isEmpty()) {
            return tag;
        }
        return concepts.lexicalClass(lemma(lower, "NOUN"), "NOUN").isEmpty() ? tag : "NOUN";
    }

    /**
     * The tag of a word the tagger calls a noun that WordNet knows only as a verb's "-ing", "-ed" or "-en" form
     * ("leaving a mess and injuring 803": the tagger's NOUN, WordNet's "injure"; "the toll has risen to 90", "the cost
     * climbed to $3 billion" after a date, as the tagger reads them): a verb. Other tags stand.
     */
    private String gerund(String lower, String tag, String previousTag) {
        boolean participle = lower.endsWith("ed") || lower.endsWith("en");
        if (!"NOUN".equals(tag)
                || !(lower.endsWith("ing") && lower.length() >= 6 || participle && lower.length() >= 5)
                || participle && "DET".equals(previousTag)) {
            return tag; // "the fallen", "the injured": a participle after a determiner names people
        }
        // WordNet knows the noun ("building", "killing", "meeting"): its class is empty only for an unknown word
        if (!lemma(lower, "NOUN").equals(lower)
                || !concepts.lexicalClass(lower, "NOUN").isEmpty()) {
            return tag;
        }
        return lemma(lower, "VERB").equals(lower) ? tag : "VERB";
    }

    /**
     * The tag of a word the tagger calls an adjective that WordNet knows as a noun and not as an adjective, before a word
     * the tagger calls a common noun: a noun modifying a noun ("the unemployment rate" as the tagger reads it). A noun
     * it is, so that the measure it names is read ("unemployment"); adjectives WordNet knows stand ("the final toll"),
     * and so does a word before a name ("mainland China": where, not what).
     */
    private String modifier(String lower, String tag, String nextTag) {
        if (!"ADJ".equals(tag)
                || !"NOUN".equals(nextTag)
                || !concepts.lexicalClass(lower, "ADJ").isEmpty()) {
            return tag;
        }
        return concepts.lexicalClass(lemma(lower, "NOUN"), "NOUN").isEmpty() ? tag : "NOUN";
    }

    /**
     * The tag of an "-ed" word the tagger calls an adjective right before a number, when WordNet knows it only as a
     * verb's form ("the non-profit interviewed 300 farmers": the tagger's ADJ after a split compound, WordNet's
     * "interview"): a verb. Adjectives WordNet knows stand ("an estimated 45", "injured 45").
     */
    private String participle(String lower, String tag, String next) {
        if (!"ADJ".equals(tag) || !lower.endsWith("ed") || next.isEmpty() || !Character.isDigit(next.charAt(0))) {
            return tag;
        }
        if (!concepts.lexicalClass(lower, "ADJ").isEmpty()) {
            return tag;
        }
        return lemma(lower, "VERB").equals(lower) ? tag : "VERB";
    }

    /**
     * WordNet's base form of a word for its part of speech ("died" → "die", "women" → "woman", "Canadians" →
     * "canadian"), else the word.
     */
    public String lemma(String lower, String tag) {
        POS pos = Concepts.wordnetPos(tag);
        if (pos == null) {
            return lower;
        }
        return lemmas.computeIfAbsent(pos.getKey() + lower, k -> {
            synchronized (wordnet) {
                try {
                    IndexWord w = wordnet.getMorphologicalProcessor().lookupBaseForm(pos, lower);
                    return w == null ? lower : w.getLemma().toLowerCase(Locale.ROOT);
                } catch (JWNLException e) {
                    return lower;
                }
            }
        });
    }

    /**
     * The concepts a word names: WordNet synset ids of its commonest senses, the nouns its verb or adjective derives
     * ("died" → death), what it causes ("killed" → die → death) and, more weakly, what its noun is a kind of
     * ("fatality" → death). Each with a weight in (0, 1].
     */
    public Map<String, Double> concepts(Token t) {
        return concepts.of(t.lemma(), t.tag());
    }

    /**
     * WordNet's lexicographer class of the word's commonest sense: "noun.location", "noun.person", "noun.event",
     * "verb.change"; empty when WordNet does not know the word, null for a word of no open class.
     */
    public String lexicalClass(Token t) {
        return concepts.lexicalClass(t.lemma(), t.tag());
    }

    /**
     * WordNet's lexical class of the lower-case word as a kind of thing ("noun.group" for "senate", "noun.person" for
     * "president"), or null: a word whose commonest sense names one thing ("Rivera") is no kind.
     */
    public String nounClass(String lower) {
        String c = concepts.kindOfNoun(lower);
        return c.isEmpty() ? null : c;
    }

    /**
     * True when WordNet knows the lower-case word, or its singular, as a kind of thing ("senators", "years"; not
     * "begins", whose only noun is a name, Begin).
     */
    public boolean knowsNoun(String lower) {
        return nounClass(lemma(lower, "NOUN")) != null;
    }

    /** True when WordNet knows the lower-case word as an adjective ("early", "initial"; not "kluge"). */
    public boolean knowsAdjective(String lower) {
        String c = concepts.lexicalClass(lemma(lower, "ADJ"), "ADJ");
        return c != null && !c.isEmpty();
    }

    /** True when WordNet knows the lower-case word as an adverb ("often", "reportedly"; not "kluge"). */
    public boolean knowsAdverb(String lower) {
        return concepts.knowsAdverb(lower);
    }

    /**
     * The named place the adjective of this lemma pertains to ("nepalese": nepal; "syrian", as in "three Syrians",
     * too), or null.
     */
    public String placeOfAdjective(String lemma) {
        return concepts.placeOfAdjective(lemma);
    }

    /** The verbs a noun's commonest senses derive from or give ("demonstration": demonstrate), as lemmas. */
    public java.util.List<String> derivedVerbs(Token t) {
        return t.isNoun() ? concepts.derivedVerbs(t.lemma()) : java.util.List.of();
    }

    /** The ids of the word's commonest senses that WordNet files in one of {@code classes} ("noun.substance"). */
    public java.util.Set<String> sensesIn(Token t, java.util.Set<String> classes) {
        return concepts.sensesIn(t.lemma(), t.tag(), classes);
    }

    /**
     * The country a place name stands in, as WordNet names it: the country itself ("Syria"; "Myanmar" for
     * "Burma"), or the country holding a city or region ("Bangkok": "Thailand"); null for a name WordNet does not
     * place in a country, or places straight into two ("Valencia": Spain and Venezuela).
     */
    public String countryOf(String name) {
        String c = concepts.countryOf(name);
        return c.isEmpty() ? null : c;
    }

    /** A readable name for a concept id ("death"). */
    public String label(String concept) {
        return concepts.label(concept);
    }
}
