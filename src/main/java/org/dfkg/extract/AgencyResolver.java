package org.dfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dfkg.reference.AgencyNames;
import org.dfkg.reference.AgencyRecord;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;
import org.dfkg.reference.ReferenceDataException;

/**
 * Resolves a name from a clause to an agency of the reference file. 省/市 prefixes and bare names
 * take their jurisdiction from the issuing government: 市数字办 in a Fuzhou text is Fuzhou's
 * office. Names that start with a place (福州大学, 福建电信) are looked up as they stand.
 */
public final class AgencyResolver {
    private final ReferenceData reference;
    /** Names that carry their own jurisdiction. */
    private final Map<String, String> absolute = new HashMap<>();
    /** (jurisdiction id, name without its jurisdiction prefix) → agency id. */
    private final Map<String, String> relative = new HashMap<>();
    /** Place names, longest first, for splitting a name into place and rest. */
    private final List<Map.Entry<String, Place>> placeNames = new ArrayList<>();

    public AgencyResolver(ReferenceData reference) {
        this.reference = reference;
        for (Place p : reference.places().values()) {
            for (String n : p.names()) placeNames.add(Map.entry(n, p));
        }
        placeNames.sort(Comparator.comparingInt((Map.Entry<String, Place> e) -> e.getKey().length()).reversed());
        for (AgencyRecord a : reference.agencies().values()) {
            List<String> names = new ArrayList<>();
            names.add(a.nameZh());
            names.addAll(a.aliases());
            for (String n : names) {
                String key = key(n);
                Place own = reference.places().get(a.jurisdictionId());
                if (startsWithAnyPlace(key) || key.startsWith("中国") || key.startsWith("中共")) {
                    put(absolute, key, a.id(), n);
                }
                String core = AgencyNames.core(key, own);
                put(relative, a.jurisdictionId() + "|" + core, a.id(), n);
            }
        }
    }

    private static void put(Map<String, String> map, String key, String id, String name) {
        String previous = map.putIfAbsent(key, id);
        if (previous != null && !previous.equals(id)) {
            throw new ReferenceDataException(ReferenceData.AGENCIES + ": name '" + name + "' is given to both " + previous + " and " + id);
        }
    }

    /** Brackets folded to ASCII and spaces removed: how names are compared. */
    public static String key(String name) {
        return name.replace('（', '(').replace('）', ')').replaceAll("[\\s\\p{Z}]+", "");
    }

    private boolean startsWithAnyPlace(String key) {
        return placeAt(key) != null;
    }

    private Map.Entry<String, Place> placeAt(String key) {
        for (Map.Entry<String, Place> e : placeNames) {
            if (key.startsWith(e.getKey()) && key.length() > e.getKey().length()) return e;
        }
        return null;
    }

    public boolean isPlaceName(String word) {
        return reference.placeNamed(word) != null;
    }

    /**
     * @param name         the name as the clause gives it, after shared prefixes and suffixes were applied
     * @param jurisdiction the place of the issuing government
     */
    public AgencyRef resolve(String name, Place jurisdiction) {
        String key = key(name);
        Place province = jurisdiction == null ? null : reference.provinceOf(jurisdiction);
        for (Pattern p : reference.collectivePatterns()) {
            if (p.matcher(key).find()) return new AgencyRef.Collective(name, jurisdiction == null ? null : jurisdiction.id());
        }
        String id = absolute.get(key);
        if (id != null) return new AgencyRef.Reconciled(id);
        Place scope;
        String rest;
        Map.Entry<String, Place> place = placeAt(key);
        if (place != null) {
            scope = place.getValue();
            rest = key.substring(place.getKey().length());
            if (!scope.isProvince() && rest.matches("^(市|县|区).+")) rest = rest.substring(1);
        } else if (key.startsWith("省") && key.length() > 1) {
            scope = province;
            rest = key.substring(1);
        } else if ((key.startsWith("市") || key.startsWith("县") || key.startsWith("区")) && key.length() > 1 && jurisdiction != null && !jurisdiction.isProvince()) {
            scope = jurisdiction;
            rest = key.substring(1);
        } else {
            scope = jurisdiction;
            rest = key;
        }
        for (Place p = scope; p != null; p = p.parentId() == null ? null : reference.places().get(p.parentId())) {
            id = relative.get(p.id() + "|" + rest);
            if (id != null) return new AgencyRef.Reconciled(id);
            if (place != null || key.startsWith("省") || key.startsWith("市")) break; // an explicit jurisdiction does not climb
        }
        return new AgencyRef.Unreconciled(expand(name, key, jurisdiction, province), scope == null ? null : scope.id());
    }

    /** 省X → 福建省X, 市X → 福州市X: the name an unreconciled agency is listed under. */
    private static String expand(String name, String key, Place jurisdiction, Place province) {
        if (key.startsWith("省") && province != null) return province.nameZh() + name.strip().substring(1);
        if (key.startsWith("市") && jurisdiction != null && !jurisdiction.isProvince()) return jurisdiction.nameZh() + name.strip().substring(1);
        return name.strip();
    }
}
