package org.dfkg.reference;

import java.util.List;

/** A concept of the technology scheme: its IRI, its preferred labels and every label to detect. */
public record TechnologyConcept(String iri, String prefLabelZh, String prefLabelEn, List<String> detectableLabels) {
    public TechnologyConcept {
        detectableLabels = List.copyOf(detectableLabels);
    }
}
