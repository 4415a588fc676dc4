package io.claimcheck.engine;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Document;
import io.claimcheck.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Everything one evaluation inserts: the story's claims flattened, their subjects, and the aggregates the rules
 * join against instead of pairing claims (envelopes, figure groups, share sums, implied exchange rates).
 */
final class SessionFacts {

    final List<ClaimFact> claims = new ArrayList<>();
    final List<Object> all = new ArrayList<>();

    private SessionFacts() {}

    static SessionFacts of(
            List<Document> docs,
            List<Claim> claims,
            List<Subject> subjects,
            List<ReferenceRate> references,
            ComparisonSettings settings,
            MagnitudeReadings readings) {
        var f = new SessionFacts();
        Map<String, Document> docById = new LinkedHashMap<>();
        docs.forEach(d -> docById.put(d.id(), d));
        Map<String, Subject> subjectByKey = new TreeMap<>();
        subjects.forEach(s -> subjectByKey.put(s.key(), s));
        // flattening a claim reads only that claim: done in parallel, in the claims' order
        f.claims.addAll(claims.parallelStream()
                .filter(SessionFacts::takesPart)
                .map(c -> ClaimFact.of(c, docById.get(c.document()), subjectByKey.get(c.subject()), readings))
                .toList());
        // each conversion learns the unit of the figure it converts, read by the rules (bothConversions)
        Map<String, String> unitById = new java.util.HashMap<>();
        claims.forEach(c -> {
            if (c.quantity() != null && c.quantity().unit() != null) {
                unitById.put(c.id(), c.quantity().unit().code());
            }
        });
        Map<String, String> groupById = new java.util.HashMap<>();
        f.claims.forEach(c -> groupById.put(c.getId(), c.getGroup()));
        f.claims.forEach(c -> {
            if (c.getConversionOf() != null) {
                c.setConversionOfUnit(unitById.get(c.getConversionOf()));
                c.setSpokenFor(!"MONEY".equals(c.getDimension())
                        && java.util.Objects.equals(groupById.get(c.getConversionOf()), c.getGroup()));
            }
            // a figure of "people" counts no group of its own (comparison.json: countsAnyone)
            c.setCountsAnyone(
                    c.getCountedKey() != null && settings.countsAnyone().contains(c.getCountedKey()),
                    settings.anyoneWithin());
            // a noun that names a wider or another group than its measure's (comparison.json: countsWider)
            c.setCountsWider(c.countedWordsMeet(settings.countsWider()));
        });
        Map<String, SubjectFact> subjectFacts = new TreeMap<>();
        subjectByKey
                .values()
                .forEach(s -> subjectFacts.put(s.key(), new SubjectFact(s.key(), s.label(), s.partOf(), s.shareOf())));
        f.claims.forEach(c -> subjectFacts.computeIfAbsent(c.getSubject(), k -> new SubjectFact(k, k, null, null)));
        // the aggregates are computed in parallel and inserted in this order. Figure groups are the one pass that
        // writes to the claims (each claim's figure group), a field no other aggregate reads
        List<Supplier<List<?>>> aggregates = List.of(
                () -> FigureGroups.assign(f.claims),
                () -> Envelopes.ofClaims(f.claims),
                () -> NearestApartPass.of(f.claims, settings.candidateBound()),
                () -> FiguresApartPass.of(f.claims, settings.candidateBound()),
                () -> ShareSums.of(f.claims),
                () -> ratesAndEnvelopes(f.claims),
                () -> references,
                () -> UnitConversions.of(f.claims),
                () -> FigureChecks.of(f.claims));
        f.all.addAll(f.claims);
        f.all.addAll(subjectFacts.values());
        aggregates.parallelStream().map(Supplier::get).toList().forEach(f.all::addAll);
        return f;
    }

    /** The exchange rates the story's conversions imply, then their envelopes. */
    private static List<Object> ratesAndEnvelopes(List<ClaimFact> claims) {
        var rates = ConversionRates.of(claims);
        List<Object> out = new ArrayList<>(rates);
        out.addAll(Envelopes.ofRates(rates));
        return out;
    }

    /** Only figures the story asserts about a known subject are checked. */
    private static boolean takesPart(Claim c) {
        return c.subject() != null && (c.context() == null || c.context() == Context.STORY);
    }
}
