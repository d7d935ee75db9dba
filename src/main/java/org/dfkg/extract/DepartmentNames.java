package org.dfkg.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dfkg.reference.Place;
import org.dfkg.reference.TsvTable;

/**
 * The standard forms of department names, from {@code data/lexicon/department-names.tsv}: 发改委 and
 * 发展改革委 are 发展和改革委员会; 工信厅 is 工业和信息化厅 of a province and 工信局 工业和信息化局 of a city.
 */
public final class DepartmentNames {
    public static final String FILE = "department-names.tsv";

    /** variant → full form, for any level, for provinces and for cities. */
    private final Map<String, String> any = new HashMap<>();
    private final Map<String, String> province = new HashMap<>();
    private final Map<String, String> city = new HashMap<>();

    public static DepartmentNames load(Path lexiconFolder) {
        DepartmentNames d = new DepartmentNames();
        for (TsvTable.Row row : TsvTable.read(lexiconFolder.resolve(FILE), "full", "variants", "level").rows()) {
            Map<String, String> target = switch (row.get("level")) {
                case "" -> d.any;
                case "province" -> d.province;
                case "city" -> d.city;
                default -> throw row.error("level is province, city or empty");
            };
            for (String v : row.list("variants")) {
                String previous = target.put(v, row.get("full"));
                if (previous != null && !previous.equals(row.get("full"))) throw row.error("'" + v + "' is already a variant of " + previous);
            }
        }
        return d;
    }

    /** The full form of a department's name without its jurisdiction, as a government of that level writes it. */
    public String full(String core, Place jurisdiction) {
        // A municipality's departments are named as a city's are (北京市经济和信息化局).
        Map<String, String> level = jurisdiction == null ? Map.of() : jurisdiction.isProvince() && !jurisdiction.isCity() ? province : city;
        String full = level.get(core);
        if (full == null) full = any.get(core);
        return full == null ? core : full;
    }
}
