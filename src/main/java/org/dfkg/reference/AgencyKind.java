package org.dfkg.reference;

/** The kinds of organisation the reference file distinguishes; the code is the value used in agencies.tsv. */
public enum AgencyKind {
    GOVERNMENT_DEPARTMENT("government-department"),
    PARTY_ORGAN("party-organ"),
    PUBLIC_INSTITUTION("public-institution"),
    STATE_ENTERPRISE("state-enterprise"),
    UNIVERSITY("university"),
    LOCAL_GOVERNMENT("local-government");

    private final String code;

    AgencyKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AgencyKind fromCode(String code) {
        for (AgencyKind k : values()) {
            if (k.code.equals(code)) return k;
        }
        return null;
    }
}
