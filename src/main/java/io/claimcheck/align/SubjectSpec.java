package io.claimcheck.align;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import java.util.List;
import java.util.Set;

/**
 * A topic pack subject ready to match claims.
 *
 * @param roles  the roles its claims may have; empty admits any role
 * @param origin where it was defined ({@code file:line}), for error messages
 */
record SubjectSpec(
        String key,
        String label,
        Dimension dimension,
        Set<Role> roles,
        PeriodRule period,
        Cues cues,
        String partOf,
        String shareOf,
        String origin) {

    /** Whether the claim's figure is of a kind this subject measures, before any cue is looked at. */
    boolean admits(Claim claim) {
        return claim.quantity() != null
                && claim.quantity().unit() != null
                && claim.quantity().unit().dimension() == dimension
                && (roles.isEmpty() || roles.contains(claim.role()))
                && period.admits(claim.quantity().period());
    }

    Subject toSubject(List<String> matchedBy) {
        return new Subject(key, label, dimension, partOf, shareOf, List.copyOf(matchedBy));
    }
}
