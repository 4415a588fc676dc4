package io.claimcheck.align;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the subjects an alignment found as a topic pack an editor can correct and save under rules/subjects/.
 * Each subject's cues are its explaining words (a base word "of women" becomes "women", which cues find in the
 * base too): those every one of its claims has become {@code all} cues, the rest {@code any} cues when every claim
 * has one of them.
 */
public final class TopicPackWriter {

    private TopicPackWriter() {}

    public static String toJson(Alignment alignment) {
        Map<String, List<Claim>> claimsBy = new LinkedHashMap<>();
        for (Claim c : alignment.claims()) {
            if (c.subject() != null && c.conversionOf() == null) {
                claimsBy.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
            }
        }
        List<PackJson.SubjectEntry> entries = new ArrayList<>();
        for (Subject s : alignment.subjects()) {
            List<Claim> claims = claimsBy.getOrDefault(s.key(), List.of());
            if (s.generated() && claims.size() < 2) {
                continue; // one figure and its own conversion: nothing a pack should match again
            }
            entries.add(entry(s, claims));
        }
        PackJson.PackFile file = new PackJson.PackFile(
                "generated",
                "Subjects found by claimcheck; correct the cues, labels and links, then save under rules/subjects/.",
                List.of(),
                entries);
        try {
            return TopicPackReader.MAPPER
                            .writer()
                            .with(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a topic pack always serialises", e);
        }
    }

    private static PackJson.SubjectEntry entry(Subject s, List<Claim> claims) {
        List<String> all = new ArrayList<>();
        List<String> any = new ArrayList<>();
        List<String> words = s.matchedBy().stream()
                .map(w -> w.startsWith(ClaimBag.BASE_MARK) ? w.substring(ClaimBag.BASE_MARK.length()) : w)
                .distinct()
                .toList();
        for (String word : withoutWordsOfPhrases(words)) {
            (claims.stream().allMatch(c -> mentions(c, word)) ? all : any).add(word);
        }
        if (!claims.stream().allMatch(c -> any.stream().anyMatch(w -> mentions(c, w)))) {
            any.clear();
        }
        if (all.isEmpty() && any.isEmpty()) {
            // a group linked by the figure's own construction ("as young as 14", "as young as 16") has it in common
            List<String> phrase = wordsOfEveryQuote(claims);
            if (!phrase.isEmpty()) {
                all.addAll(phrase);
            } else {
                any.addAll(
                        words.isEmpty() ? List.of(s.key().replaceAll(".*:", "").replace('-', ' ')) : words);
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Boolean> periods = new HashSet<>();
        Set<String> documents = new TreeSet<>();
        for (Claim c : claims) {
            if (c.role() != null) {
                roles.add(c.role());
            }
            periods.add(c.quantity() != null
                    && c.quantity().period() != null
                    && !c.quantity().period().isBlank());
            documents.add(c.document());
        }
        PeriodRule period = periods.size() != 1
                ? PeriodRule.ANY
                : periods.contains(Boolean.TRUE) ? PeriodRule.REQUIRED : PeriodRule.ABSENT;
        String note = claims.isEmpty()
                ? null
                : claims.size() + " claims in " + documents.size() + " documents: "
                        + String.join(", ", claims.stream().map(Claim::id).toList());
        return new PackJson.SubjectEntry(
                s.key(),
                s.label(),
                s.dimension(),
                List.copyOf(roles),
                period,
                new PackJson.CuesEntry(all, any, List.of(), null),
                s.partOf(),
                s.shareOf(),
                note);
    }

    /** "river", "basin", "river basin": the phrase says it all. */
    private static List<String> withoutWordsOfPhrases(List<String> cues) {
        return cues.stream()
                .filter(w -> cues.stream()
                        .noneMatch(p -> !p.equals(w)
                                && java.util.Collections.indexOfSubList(Words.stems(p), Words.stems(w)) >= 0))
                .toList();
    }

    /** The words (no stop words, no figures) that every claim's quote holds, in the first quote's order. */
    private static List<String> wordsOfEveryQuote(List<Claim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Words.Token t : Words.tokens(claims.get(0).quote().text())) {
            String w = t.surface().toLowerCase(java.util.Locale.ROOT);
            if (w.chars().allMatch(Character::isLetter)
                    && !Words.isStopword(w)
                    && !out.contains(w)
                    && claims.stream().allMatch(c -> mentions(c, w))) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean mentions(Claim c, String word) {
        List<String> stems = Words.stems(word);
        List<String> text = new ArrayList<>(
                Words.stems(c.quote().sentence() == null ? "" : c.quote().sentence()));
        if (c.counted() != null) {
            text.addAll(Words.stems(c.counted()));
        }
        if (c.base() != null) {
            text.addAll(Words.stems(c.base()));
        }
        return java.util.Collections.indexOfSubList(text, stems) >= 0;
    }
}
