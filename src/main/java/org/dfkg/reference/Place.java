package org.dfkg.reference;

import java.util.List;

/** A province, city, county, district or zone. {@code parentId} is null for the province. */
public record Place(String id, String nameZh, String nameEn, String level, String parentId, List<String> aliases) {
    public Place {
        aliases = List.copyOf(aliases);
    }

    public boolean isProvince() {
        return level.equals("province");
    }

    /** The full name first, then the aliases: every way a text may name this place. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(nameZh);
        all.addAll(aliases);
        return all;
    }
}
