package org.dfkg.corpus;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a document says about itself. Absent values are null. {@code jurisdiction} is the place
 * name as written (福建省, 福州); the extract stage resolves it against the place reference data.
 * {@code fromSidecar} lists the fields that a sidecar file supplied because the text lacks them.
 */
public record DocumentMetadata(String title, String issuer, LocalDate issued, String documentNumber,
                               String jurisdiction, Integer periodStart, Integer periodEnd,
                               Set<MetadataField> fromSidecar) {
    public DocumentMetadata {
        fromSidecar = Set.copyOf(fromSidecar);
    }
}
