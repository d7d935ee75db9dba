package org.dfkg.reference;

import java.util.List;

/**
 * A renaming or merger: the agencies an event came from, the one that resulted, the year where it
 * is certain (null otherwise) and the source of the fact. Mapped to a W3C ORG change event.
 */
public record AgencyChange(String id, List<String> from, String to, Integer year, String source) {
    public AgencyChange {
        from = List.copyOf(from);
    }
}
