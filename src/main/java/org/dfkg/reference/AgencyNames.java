package org.dfkg.reference;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The naming conventions of agencies: a name without its jurisdiction prefix (its core: 数字办
 * of 省数字办 and 福建省数字办), and every way a text may write a curated agency's name.
 */
public final class AgencyNames {
    private AgencyNames() {}

    /** Strips the agency's own jurisdiction from a name: the place name (福建省, 福建) or 省/市/县/区. */
    public static String core(String name, Place own) {
        for (String n : own.names()) {
            if (name.startsWith(n) && name.length() > n.length()) return name.substring(n.length());
        }
        if (name.length() > 1) {
            char first = name.charAt(0);
            if ((own.isProvince() && first == '省') || (!own.isProvince() && (first == '市' || first == '县' || first == '区'))) {
                return name.substring(1);
            }
        }
        return name;
    }

    /** The official names, the aliases and their variants with the full place name (省人社厅 → 福建省人社厅). */
    public static Set<String> allNames(AgencyRecord agency, Place own) {
        Set<String> names = new LinkedHashSet<>();
        names.add(agency.nameZh());
        names.addAll(agency.aliases());
        for (String alias : agency.aliases()) {
            String core = core(alias, own);
            if (!core.equals(alias)) names.add(own.nameZh() + core);
        }
        return names;
    }
}
