package org.dfkg.corpus;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a document says about itself. Absent values are null. {@code jurisdiction} is the place
 * name as written (福建省, 福州); the extract stage resolves it against the place reference data.
 * {@code fromSidecar} lists the fields that a sidecar file supplied because the text lacks them.
 * {@code synthetic} is true for a generated test document (its sidecar says {@code synthetic=true}).
 */
public record DocumentMetadata(String title, String issuer, LocalDate issued, String documentNumber,
                               String jurisdiction, Integer periodStart, Integer periodEnd,
                               Set<MetadataField> fromSidecar, boolean synthetic) {
    public DocumentMetadata {
        fromSidecar = Set.copyOf(fromSidecar);
    }

    public DocumentMetadata(String title, String issuer, LocalDate issued, String documentNumber, String jurisdiction,
                            Integer periodStart, Integer periodEnd, Set<MetadataField> fromSidecar) {
        this(title, issuer, issued, documentNumber, jurisdiction, periodStart, periodEnd, fromSidecar, false);
    }
}
