package io.claimcheck.extract;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Problem;
import java.util.List;

/**
 * What one document yielded: its claims in document order, and warnings about figures that could not be read
 * (a malformed digit group such as "200,00"), each located as {@code file:line}.
 */
public record Extraction(List<Claim> claims, List<Problem> warnings) {

    public Extraction {
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }
}
