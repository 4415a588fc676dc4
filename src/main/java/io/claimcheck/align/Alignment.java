package io.claimcheck.align;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Subject;
import java.util.List;

/**
 * The claims with their subjects set and attributions credited to primary sources, in the order they came, and the
 * subjects they use (plus any subject those link to by partOf or shareOf), sorted by key.
 */
public record Alignment(List<Claim> claims, List<Subject> subjects) {

    public Alignment {
        claims = List.copyOf(claims);
        subjects = List.copyOf(subjects);
    }
}
