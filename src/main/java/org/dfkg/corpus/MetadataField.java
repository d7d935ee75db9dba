package org.dfkg.corpus;

/** The document metadata fields, with the key each has in a sidecar file. */
public enum MetadataField {
    TITLE("title"), ISSUER("issuer"), ISSUED("issued"), DOCUMENT_NUMBER("documentNumber"),
    JURISDICTION("jurisdiction"), PERIOD_START("periodStart"), PERIOD_END("periodEnd");

    private final String sidecarKey;

    MetadataField(String sidecarKey) {
        this.sidecarKey = sidecarKey;
    }

    public String sidecarKey() {
        return sidecarKey;
    }
}
