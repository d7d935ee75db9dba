package org.dfkg.reference;

import java.util.List;
import java.util.Set;

/**
 * An indicator of the scheme ({@code data/reference/indicators.ttl}): its IRI, preferred labels, the
 * wordings that name it in a figure's clause, the dimensions its figures are measured in, and the
 * indicators it is part of ({@code skos:broader}, transitively).
 */
public record Indicator(String iri, String prefLabelZh, String prefLabelEn, List<String> surfaceForms, Set<String> dimensions,
                        Set<String> broader) {
    public Indicator {
        surfaceForms = List.copyOf(surfaceForms);
        dimensions = Set.copyOf(dimensions);
        broader = Set.copyOf(broader);
    }

    /** Whether a figure measured in {@code dimension} can be a value of this indicator; a bare magnitude (no unit) is a count. */
    public boolean measures(String dimension) {
        return dimensions.contains(dimension.isEmpty() ? "count" : dimension);
    }
}
