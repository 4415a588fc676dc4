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
            int candidateBound,
            MagnitudeReadings readings) {
        var f = new SessionFacts();
        Map<String, Document> docById = new LinkedHashMap<>();
        docs.forEach(d -> docById.put(d.id(), d));
        Map<String, Subject> subjectByKey = new TreeMap<>();
        subjects.forEach(s -> subjectByKey.put(s.key(), s));
        for (Claim c : claims) {
            if (takesPart(c)) {
                f.claims.add(ClaimFact.of(c, docById.get(c.document()), subjectByKey.get(c.subject()), readings));
            }
        }
        Map<String, SubjectFact> subjectFacts = new TreeMap<>();
        subjectByKey
                .values()
                .forEach(s -> subjectFacts.put(s.key(), new SubjectFact(s.key(), s.label(), s.partOf(), s.shareOf())));
        f.claims.forEach(c -> subjectFacts.computeIfAbsent(c.getSubject(), k -> new SubjectFact(k, k, null, null)));
        var rates = ConversionRates.of(f.claims);
        f.all.addAll(f.claims);
        f.all.addAll(subjectFacts.values());
        f.all.addAll(FigureGroups.assign(f.claims));
        f.all.addAll(Envelopes.ofClaims(f.claims));
        f.all.addAll(NearestApartPass.of(f.claims, candidateBound));
        f.all.addAll(ShareSums.of(f.claims));
        f.all.addAll(rates);
        f.all.addAll(Envelopes.ofRates(rates));
        f.all.addAll(references);
        f.all.addAll(UnitConversions.of(f.claims));
        f.all.addAll(FigureChecks.of(f.claims));
        return f;
    }

    /** Only figures the story asserts about a known subject are checked. */
    private static boolean takesPart(Claim c) {
        return c.subject() != null && (c.context() == null || c.context() == Context.STORY);
    }
}
