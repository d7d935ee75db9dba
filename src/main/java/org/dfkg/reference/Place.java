package org.dfkg.reference;

import java.util.List;

/**
 * A province, city, county, district or zone. {@code parentId} is null for a province-level
 * division; {@code code} is its GB/T 2260 code, or null for a place that has none (平潭综合实验区).
 * {@code curated} places come from {@code places.tsv}, the others from the imported gazetteer.
 */
public record Place(String id, String nameZh, String nameEn, String level, String parentId, List<String> aliases, String code, boolean curated) {
    public Place {
        aliases = List.copyOf(aliases);
    }

    /** A province-level division: a province, an autonomous region or a municipality. */
    public boolean isProvince() {
        return level.equals("province") || level.equals("municipality");
    }

    /** A division whose government a text calls 市政府: a prefecture-level city or a municipality. */
    public boolean isCity() {
        return level.equals("city") || level.equals("municipality");
    }

    /** The full name first, then the aliases: every way a text may name this place. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(nameZh);
        all.addAll(aliases);
        return all;
    }
}
