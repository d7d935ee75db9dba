package org.dfkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.dfkg.reference.TsvTable;

/**
 * Scores a served graph against gold TSV files with the rules of the shared gold README, the
 * same way as its reference scorer score.py: the five queries of {@code queries/eval/} run over
 * HTTP against the endpoint, and their rows are matched to the gold rows.
 */
public final class Evaluator {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private final String endpoint;
    private final Path queries;
    private final Path gold;
    private final List<String> details = new ArrayList<>();

    public Evaluator(String endpoint, Path queries, Path gold) {
        this.endpoint = endpoint;
        this.queries = queries;
        this.gold = gold;
    }

    /** What was missed and what was extra, one line each, for the last run. */
    public List<String> details() {
        return List.copyOf(details);
    }

    public List<Score> run() throws IOException {
        details.clear();
        List<Score> scores = new ArrayList<>();
        if (Files.exists(gold.resolve("agency-roles.tsv"))) scores.add(agencyRoles());
        if (Files.exists(gold.resolve("technologies.tsv"))) scores.add(technologies());
        if (Files.exists(gold.resolve("targets.tsv"))) scores.add(targets());
        if (Files.exists(gold.resolve("threads.tsv"))) scores.add(threads());
        if (Files.exists(gold.resolve("documents.tsv"))) scores.add(documents());
        return scores;
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).strip();
        return n.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> labels(String... values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            if (v == null) continue;
            for (String part : v.split("\\|")) {
                if (!part.strip().isEmpty()) out.add(norm(part));
            }
        }
        return out;
    }

    private record Keyed(String doc, String extra, Set<String> names) {}

    private Score matchSets(String name, List<Keyed> goldRows, List<Keyed> predicted, String what) {
        Set<String> docs = new HashSet<>();
        goldRows.forEach(g -> docs.add(g.doc()));
        List<Keyed> preds = predicted.stream().filter(p -> docs.contains(p.doc())).toList();
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int fn = 0;
        for (Keyed g : goldRows) {
            int hit = -1;
            for (int i = 0; i < preds.size(); i++) {
                if (matches(g, preds.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                fn++;
                details.add("  missed " + what + " " + g.doc() + " " + g.extra() + " " + g.names().stream().sorted().findFirst().orElse(""));
            } else {
                tp++;
                used.add(hit);
            }
        }
        int fp = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (used.contains(i)) continue;
            Keyed p = preds.get(i);
            if (goldRows.stream().anyMatch(g -> matches(g, p))) continue;
            fp++;
            details.add("  extra " + what + " " + p.doc() + " " + p.extra() + " " + p.names().stream().sorted().toList());
        }
        return Score.of(name, tp, fp, fn);
    }

    private static boolean matches(Keyed g, Keyed p) {
        if (!p.doc().equals(g.doc()) || !p.extra().equals(g.extra())) return false;
        for (String n : p.names()) {
            if (g.names().contains(n)) return true;
        }
        return false;
    }

    private Score agencyRoles() throws IOException {
        List<Keyed> g = new ArrayList<>();
        for (Map<String, String> r : goldRows(gold.resolve("agency-roles.tsv"))) g.add(new Keyed(r.get("doc"), r.get("role").strip(), labels(r.get("names"))));
        List<Keyed> p = new ArrayList<>();
        for (Map<String, String> r : select("agency-roles.rq")) {
            p.add(new Keyed(r.getOrDefault("doc", ""), r.getOrDefault("role", "").strip(), labels(r.get("labels"), r.get("agencyLabel"), r.get("label"))));
        }
        return matchSets("agency-roles", g, p, "agency");
    }

    private Score technologies() throws IOException {
        List<Keyed> g = new ArrayList<>();
        for (Map<String, String> r : goldRows(gold.resolve("technologies.tsv"))) g.add(new Keyed(r.get("doc"), "", labels(r.get("names"))));
        List<Keyed> p = new ArrayList<>();
        for (Map<String, String> r : select("technologies.rq")) p.add(new Keyed(r.getOrDefault("doc", ""), "", labels(r.get("labels"), r.get("label"))));
        return matchSets("technologies", g, p, "tech");
    }

    private static Double number(String s) {
        try {
            return s == null ? null : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String year(String s) {
        Matcher m = YEAR.matcher(s == null ? "" : s);
        return m.find() ? m.group(1) : "";
    }

    private static boolean targetMatches(Map<String, String> g, Map<String, String> p) {
        Double gv = number(g.get("value"));
        Double pv = number(p.get("value"));
        if (gv == null || pv == null || Math.abs(gv - pv) > 1e-6 * Math.max(1.0, Math.abs(gv))) return false;
        if (!g.get("doc").equals(p.get("doc")) || !g.get("kind").equals(p.getOrDefault("kind", "").strip())) return false;
        if (!year(g.get("year")).equals(year(p.get("year")))) return false;
        String metric = norm(p.get("metric"));
        for (String k : g.get("keywords").split("\\|")) {
            if (!k.isEmpty() && metric.contains(norm(k))) return true;
        }
        return false;
    }

    private Score targets() throws IOException {
        List<Map<String, String>> g = goldRows(gold.resolve("targets.tsv"));
        Set<String> docs = new HashSet<>();
        g.forEach(r -> docs.add(r.get("doc")));
        List<Map<String, String>> preds = select("targets.rq").stream().filter(r -> docs.contains(r.get("doc"))).toList();
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int fn = 0;
        for (Map<String, String> gr : g) {
            int hit = -1;
            for (int i = 0; i < preds.size(); i++) {
                if (!used.contains(i) && targetMatches(gr, preds.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                fn++;
                details.add("  missed target " + gr.get("doc") + " " + gr.get("keywords") + " " + gr.get("value") + " " + gr.get("unit") + " " + gr.get("year"));
            } else {
                used.add(hit);
                tp++;
            }
        }
        int fp = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (used.contains(i)) continue;
            fp++;
            Map<String, String> p = preds.get(i);
            details.add("  extra target " + p.get("doc") + " " + p.get("metric") + " " + p.get("value") + " " + p.get("unit") + " " + p.get("year"));
        }
        return Score.of("targets", tp, fp, fn);
    }

    private Score threads() throws IOException {
        List<Map<String, String>> g = goldRows(gold.resolve("threads.tsv"));
        Map<String, List<String[]>> byThread = new LinkedHashMap<>();
        for (Map<String, String> r : select("threads.rq")) {
            byThread.computeIfAbsent(r.getOrDefault("thread", ""), k -> new ArrayList<>()).add(new String[] {r.getOrDefault("doc", ""), norm(r.get("text"))});
        }
        int covered = 0;
        int total = 0;
        for (Map<String, String> gr : g) {
            List<String> keywords = new ArrayList<>();
            for (String k : gr.get("keywords").split("\\|")) if (!k.isEmpty()) keywords.add(norm(k));
            Set<String> goldDocs = new HashSet<>(List.of(gr.get("docs").split(",")));
            int best = 0;
            for (List<String[]> members : byThread.values()) {
                Set<String> cov = new HashSet<>();
                for (String[] m : members) {
                    if (goldDocs.contains(m[0]) && keywords.stream().anyMatch(m[1]::contains)) cov.add(m[0]);
                }
                best = Math.max(best, cov.size());
            }
            covered += best;
            total += goldDocs.size();
            if (best < goldDocs.size()) details.add("  thread short " + gr.get("thread") + " " + best + " / " + goldDocs.size());
        }
        double r = total == 0 ? 0 : (double) covered / total;
        return new Score("threads", Double.NaN, r, Double.NaN, covered, 0, total - covered);
    }

    private Score documents() throws IOException {
        Map<String, Map<String, String>> preds = new HashMap<>();
        for (Map<String, String> r : select("documents.rq")) preds.put(r.get("doc"), r);
        int ok = 0;
        int total = 0;
        for (Map<String, String> gr : goldRows(gold.resolve("documents.tsv"))) {
            Map<String, String> pr = preds.getOrDefault(gr.get("doc"), Map.of());
            for (Map.Entry<String, String> field : gr.entrySet()) {
                String k = field.getKey();
                String v = field.getValue();
                if (k.equals("doc") || v == null || v.isEmpty()) continue;
                total++;
                String pv = pr.getOrDefault(k, "");
                boolean good = false;
                if (k.equals("period_start") || k.equals("period_end")) {
                    good = year(pv).equals(year(v));
                } else {
                    // '|' separates equally acceptable values (a Traditional title and its Simplified form).
                    for (String alternative : v.split("\\|")) {
                        if (alternative.isEmpty()) continue;
                        good |= k.equals("issued") ? norm(pv).startsWith(norm(alternative)) : norm(pv).equals(norm(alternative));
                    }
                }
                if (good) ok++;
                else details.add("  doc field " + gr.get("doc") + " " + k + " gold " + v + " got " + pv);
            }
        }
        double share = total == 0 ? 0 : (double) ok / total;
        return new Score("documents", share, share, share, ok, total - ok, total - ok);
    }

    /** A gold file's rows, keyed by its header's column names. */
    private static List<Map<String, String>> goldRows(Path file) {
        return TsvTable.read(file).rows().stream().map(TsvTable.Row::values).toList();
    }

    /** Runs one scoring query over HTTP; each row maps variable names to lexical values. */
    private List<Map<String, String>> select(String file) throws IOException {
        String query = Files.readString(queries.resolve(file), StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExec exec = QueryExecHTTP.service(endpoint).query(query).build()) {
            RowSet rs = exec.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Map<String, String> row = new HashMap<>();
                for (var it = b.vars(); it.hasNext(); ) {
                    Var v = it.next();
                    Node n = b.get(v);
                    row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
