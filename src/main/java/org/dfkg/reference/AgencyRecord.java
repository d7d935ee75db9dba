package org.dfkg.reference;

import java.util.List;

/** One curated agency: its official names, its aliases as the texts print them, its jurisdiction and kind. */
public record AgencyRecord(String id, String jurisdictionId, AgencyKind kind, String nameZh, String nameEn, List<String> aliases) {
    public AgencyRecord {
        aliases = List.copyOf(aliases);
    }
}
