package org.kliping.domain;

import java.util.List;

/**
 * The claims of a story that count the same thing.
 *
 * @param disagreement true when two claims give values that cannot both be true and come from
 *                     different sources (different attribution or different articles)
 */
public record ComparisonRow(String counted, String unit, List<FigureClaim> claims, boolean disagreement) {
    public ComparisonRow {
        claims = List.copyOf(claims);
        if (claims.isEmpty()) throw new IllegalArgumentException("comparison row without claims: " + counted);
    }
}
