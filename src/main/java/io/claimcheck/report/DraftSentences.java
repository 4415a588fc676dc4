package io.claimcheck.report;

import io.claimcheck.baseline.Finding;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The draft's sentences that carry figures, in text order, each cut into plain and figure pieces and tied to the
 * findings its figures take part in. The HTML and Markdown reports lead with these when the report checks a draft
 * ({@link Report#draft()}); both read this one reading, so they always agree on what a sentence is.
 */
public final class DraftSentences {

    /**
     * A sentence of the draft.
     *
     * @param pieces   the sentence in order; a piece with a claim is that claim's figure
     * @param claims   the draft's claims in it, in text order
     * @param findings indexes into {@link Report#findings()} of the findings its claims take part in, in report order
     */
    public record Sentence(List<Piece> pieces, List<Claim> claims, List<Integer> findings) {

        public Sentence {
            pieces = List.copyOf(pieces);
            claims = List.copyOf(claims);
            findings = List.copyOf(findings);
        }

        /** The sentence as plain text. */
        public String text() {
            StringBuilder b = new StringBuilder();
            pieces.forEach(p -> b.append(p.text()));
            return b.toString();
        }
    }

    /**
     * A run of a sentence's characters: plain text ({@code claim} null) or a figure.
     *
     * @param text      the characters, verbatim
     * @param claim     the claim whose figure this is, or null
     * @param inFinding true when that claim takes part in a finding
     */
    public record Piece(String text, Claim claim, boolean inFinding) {}

    /** A finding as the draft's sentences link to it: the report's anchor for it and the finding. */
    public record Link(String anchor, Finding finding) {}

    private DraftSentences() {}

    /**
     * The draft's sentences with figures, in text order; empty when the report checks no draft or does not hold
     * its document.
     */
    public static List<Sentence> of(Report report) {
        if (report.draft() == null) {
            return List.of();
        }
        ReportIndex index = new ReportIndex(report);
        Optional<Document> draft = index.document(report.draft());
        if (draft.isEmpty()) {
            return List.of();
        }
        String text = draft.get().text() == null ? "" : draft.get().text();
        Map<String, Set<Integer>> findingsOfClaim = new LinkedHashMap<>();
        for (int i = 0; i < report.findings().size(); i++) {
            for (String id : report.findings().get(i).discrepancy().claims()) {
                findingsOfClaim.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(i);
            }
        }
        List<Claim> claims = report.claims().stream()
                .filter(c -> c.document().equals(report.draft()))
                .sorted(Comparator.comparingInt(c -> c.quote().start()))
                .toList();
        Map<String, List<Claim>> bySentence = new LinkedHashMap<>();
        Map<String, Integer> sentenceStart = new LinkedHashMap<>();
        for (Claim c : claims) {
            String sentence = sentenceOf(c);
            int start = startIn(text, sentence, c);
            // The same words can stand twice in a draft; where the text says, its offset tells them apart.
            String key = start + "\u0000" + sentence;
            bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            sentenceStart.putIfAbsent(key, start);
        }
        List<Sentence> sentences = new ArrayList<>();
        for (var e : bySentence.entrySet()) {
            List<Claim> in = e.getValue();
            Set<Integer> findings = new TreeSet<>();
            in.forEach(c -> findings.addAll(findingsOfClaim.getOrDefault(c.id(), Set.of())));
            sentences.add(new Sentence(
                    pieces(sentenceOf(in.get(0)), sentenceStart.get(e.getKey()), in, findingsOfClaim.keySet()),
                    in,
                    List.copyOf(findings)));
        }
        return sentences;
    }

    /** Only the sentences whose figures take part in a finding. */
    public static List<Sentence> withFindings(List<Sentence> sentences) {
        return sentences.stream().filter(s -> !s.findings().isEmpty()).toList();
    }

    /** Only the sentences whose figures agree with the sources (take part in no finding). */
    public static List<Sentence> agreeing(List<Sentence> sentences) {
        return sentences.stream().filter(s -> s.findings().isEmpty()).toList();
    }

    /** The findings a sentence takes part in, with their anchors, in report order. */
    public static List<Link> links(Report report, List<String> anchors, Sentence s) {
        return s.findings().stream()
                .map(i -> new Link(anchors.get(i), report.findings().get(i)))
                .toList();
    }

    private static String sentenceOf(Claim c) {
        String s = c.quote().sentence();
        return s == null || s.isBlank()
                ? (c.quote().text() == null ? "" : c.quote().text())
                : s;
    }

    /** Where the claim's sentence starts in the text: the last occurrence at or before the figure, or -1. */
    private static int startIn(String text, String sentence, Claim c) {
        int start = c.quote().start();
        if (start < 0 || start > text.length() || sentence.isEmpty()) {
            return -1;
        }
        int at = text.lastIndexOf(sentence, start);
        return at >= 0 && start + figure(c).length() <= at + sentence.length() ? at : -1;
    }

    /**
     * Cuts the sentence at its figures: each claim where its offsets put it when the sentence is a verbatim slice of
     * the text, else at the first occurrence of its words after the previous figure; a figure that overlaps an
     * earlier one or cannot be found stays plain.
     */
    static List<Piece> pieces(String sentence, int sentenceStart, List<Claim> claims, Set<String> inFindings) {
        List<Piece> out = new ArrayList<>();
        int pos = 0;
        for (Claim c : claims) {
            String figure = figure(c);
            if (figure.isEmpty()) {
                continue;
            }
            int at = sentenceStart >= 0 ? c.quote().start() - sentenceStart : -1;
            if (at < pos || at + figure.length() > sentence.length() || !sentence.startsWith(figure, at)) {
                at = sentence.indexOf(figure, pos);
            }
            if (at < 0) {
                continue;
            }
            if (at > pos) {
                out.add(new Piece(sentence.substring(pos, at), null, false));
            }
            out.add(new Piece(figure, c, inFindings.contains(c.id())));
            pos = at + figure.length();
        }
        if (pos < sentence.length()) {
            out.add(new Piece(sentence.substring(pos), null, false));
        }
        return out;
    }

    private static String figure(Claim c) {
        return c.quote().text() == null ? "" : c.quote().text();
    }
}
