package org.dfkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dfkg.corpus.TextNormaliser;
import org.dfkg.reference.AgencyNames;
import org.dfkg.reference.AgencyRecord;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;
import org.dfkg.reference.ReferenceDataException;

/**
 * Resolves a name from a clause to an agency. 省/市 prefixes and bare names take their jurisdiction
 * from the issuing government, wherever it is: 市数字办 in a Fuzhou text is Fuzhou's office, 省市场监管局
 * in a Guangdong text Guangdong's. A name that starts with a place (福州大学, 广东省商务厅) belongs to
 * that place. Department names are folded to their full form ({@link DepartmentNames}), so that the
 * spellings of one agency are one: a curated agency when the reference data has it, else an
 * agency keyed by (jurisdiction, canonical name) — the same in every document that names it.
 */
public final class AgencyResolver {
    private static final Pattern ENTERPRISE = Pattern.compile("(公司|集团|银行|有限责任公司)$");
    private static final Pattern NATIONAL = Pattern.compile("^(国家|国务院|中央|全国)");
    /** The longest place name tried at the start of an agency's name. */
    private static final int LONGEST_PLACE = 12;

    private final ReferenceData reference;
    private final DepartmentNames departments;
    /** Names that carry their own jurisdiction. */
    private final Map<String, String> absolute = new HashMap<>();
    /** (jurisdiction id, name without its jurisdiction prefix, raw and in full form) → agency id. */
    private final Map<String, String> relative = new HashMap<>();

    public AgencyResolver(ReferenceData reference, DepartmentNames departments) {
        this.reference = reference;
        this.departments = departments;
        for (AgencyRecord a : reference.agencies().values()) {
            Place own = reference.places().get(a.jurisdictionId());
            List<String> names = new ArrayList<>();
            names.add(a.nameZh());
            names.addAll(a.aliases());
            for (String n : names) {
                String key = key(n);
                if (placeAt(key, own) != null || key.startsWith("中国") || key.startsWith("中共")) {
                    put(absolute, key, a.id(), n);
                }
                String core = AgencyNames.core(key, own);
                put(relative, a.jurisdictionId() + "|" + core, a.id(), n);
                String full = departments.full(core, own);
                if (!full.equals(core)) relative.putIfAbsent(a.jurisdictionId() + "|" + full, a.id());
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
        return TextNormaliser.withoutSpaces(name.replace('（', '(').replace('）', ')'));
    }

    /** The longest place name a name starts with (and goes on after), read as a text of {@code context} would mean it. */
    private record PlacePrefix(String name, Place place) {}

    private PlacePrefix placeAt(String key, Place context) {
        for (int cut = Math.min(key.length() - 1, LONGEST_PLACE); cut >= 2; cut--) {
            Place p = reference.placeNamed(key.substring(0, cut), context);
            if (p != null) return new PlacePrefix(key.substring(0, cut), p);
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
        if (NATIONAL.matcher(key).find()) return new AgencyRef.Unreconciled(key, null);
        Place scope;
        String rest;
        boolean explicit = true;
        Place whole = reference.placeNamed(key, jurisdiction);
        PlacePrefix place = whole == null ? placeAt(key, jurisdiction) : null;
        if (whole != null) {
            // A place standing for its government: 福州及相关设区市, (宁德市、省移动公司负责).
            scope = whole;
            rest = "人民政府";
        } else if (place != null) {
            scope = place.place();
            rest = key.substring(place.name().length());
            if (!scope.isProvince() && rest.matches("^(市|县|区).+")) rest = rest.substring(1);
        } else if (key.startsWith("省") && key.length() > 1) {
            scope = province;
            rest = key.substring(1);
        } else if ((key.startsWith("市") || key.startsWith("县") || key.startsWith("区")) && key.length() > 1 && jurisdiction != null
                && (jurisdiction.isCity() || !jurisdiction.isProvince())) {
            scope = jurisdiction;
            rest = key.substring(1);
        } else {
            scope = jurisdiction;
            rest = key;
            explicit = false;
        }
        // 省委网信办: a party committee's office; the department after 委 takes its full form.
        String full = rest.length() > 1 && rest.startsWith("委") ? "委" + departments.full(rest.substring(1), scope) : departments.full(rest, scope);
        for (Place p = scope; p != null; p = p.parentId() == null ? null : reference.places().get(p.parentId())) {
            id = relative.get(p.id() + "|" + rest);
            if (id == null) id = relative.get(p.id() + "|" + full);
            if (id != null) return new AgencyRef.Reconciled(id);
            if (explicit) break; // an explicit jurisdiction does not climb
        }
        // A company named without any jurisdiction (数字福州集团) is the same company in a provincial and a
        // city text: its name alone identifies it, so it gets no jurisdiction from the text that names it.
        if (!explicit && ENTERPRISE.matcher(key).find()) return new AgencyRef.Unreconciled(key, null);
        return new AgencyRef.Unreconciled(canonicalName(key, scope, full, place != null || whole != null), scope == null ? null : scope.id());
    }

    /**
     * The name an agency the reference data lacks is known by: its jurisdiction's full name and the
     * full form of its department (广东省市场监督管理局, 中共福建省委办公厅). A company keeps the name it
     * gives itself when that starts with a place or with no jurisdiction at all (福州古厝集团, 数字福州集团).
     */
    private String canonicalName(String key, Place scope, String full, boolean startsWithPlace) {
        if (scope == null) return key;
        boolean relativeName = !startsWithPlace && (key.startsWith("省") || key.startsWith("市") || key.startsWith("县") || key.startsWith("区"));
        if (ENTERPRISE.matcher(key).find() && !relativeName) return key;
        String place = reference.qualifiedName(scope);
        if (full.startsWith("委")) return "中共" + place + full;
        return place + full;
    }
}
