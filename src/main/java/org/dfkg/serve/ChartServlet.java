package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Two charts drawn as SVG from live SPARQL on every request: technologies by year (a heatmap of
 * tasks, narrower concepts rolled up into their top concept) and programmes across the years (a
 * timeline of dots sized by member tasks). Each cell and dot links to that year of its concept's or
 * programme's page, where the tasks behind it are listed. Small hand-written SVG: these are static grids,
 * which need no charting library (the agency network, a force layout, is drawn with ECharts). Every label is XML-escaped.
 */
final class ChartServlet extends HttpServlet {
    private static final String PREFIXES = """
            PREFIX dfkg: <https://w3id.org/dfkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    // Both read the per-year sums of the build, so that they draw as fast on 10,000 documents as on five.
    static final String HEATMAP = PREFIXES + """
            SELECT ?top ?label ?year ?n WHERE {
              ?top skos:topConceptOf ?scheme ; skos:prefLabel ?label . FILTER (LANG(?label) = "zh")
              ?summary a dfkg:TechnologyYear ; dfkg:technology ?top ; dfkg:year ?year ; dfkg:taskCountWithNarrower ?n .
              FILTER (?n > 0)
            }
            """;
    static final String TIMELINE = PREFIXES + """
            SELECT ?programme ?label ?year ?n WHERE {
              ?programme a dfkg:Programme ; skos:prefLabel ?label . FILTER (LANG(?label) = "zh")
              ?summary a dfkg:ProgrammeYear ; dfkg:programme ?programme ; dfkg:year ?year ; dfkg:taskCount ?n .
            }
            """;
    private static final int MAX_PROGRAMMES = 40;

    private final DatasetGraph dataset;
    private final org.dfkg.rdf.IriScheme iris;

    ChartServlet(DatasetGraph dataset, org.dfkg.rdf.IriScheme iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /** A link that opens in the page holding the chart, to a year of an entity's page (its tasks of that year). */
    private String linkTo(String iri, String year) {
        return "<a href=\"" + escape(EntityView.localHref(iris, iri) + "#y" + year) + "\" target=\"_top\">";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String svg = switch (request.getRequestURI()) {
            case "/charts/technology-heatmap.svg" -> heatmap();
            case "/charts/programme-timeline.svg" -> timeline();
            default -> null;
        };
        if (svg == null) {
            response.sendError(404);
            return;
        }
        Pages.text(response, 200, "image/svg+xml; charset=utf-8", svg);
    }

    private List<Map<String, String>> rows(String query) {
        return SelectRows.of(dataset, query);
    }

    String heatmap() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, String> concepts = new TreeMap<>();
        TreeSet<String> years = new TreeSet<>();
        int max = 1;
        for (Map<String, String> r : rows(HEATMAP)) {
            concepts.putIfAbsent(r.get("label"), r.get("top"));
            int n = Integer.parseInt(r.get("n"));
            counts.computeIfAbsent(r.get("label"), k -> new TreeMap<>()).put(r.get("year"), n);
            years.add(r.get("year"));
            max = Math.max(max, n);
        }
        int left = 150, top = 40, cw = 70, ch = 24;
        List<String> yearList = new ArrayList<>(years);
        StringBuilder svg = open(left + cw * yearList.size() + 20, top + ch * counts.size() + 20, "Technologies by year: tasks per top concept");
        for (int c = 0; c < yearList.size(); c++) {
            svg.append(text(left + c * cw + cw / 2, top - 10, yearList.get(c), "middle", "year"));
        }
        int row = 0;
        for (var e : counts.entrySet()) {
            int y = top + row * ch;
            svg.append(text(left - 8, y + ch / 2 + 5, e.getKey(), "end", "technology"));
            for (int c = 0; c < yearList.size(); c++) {
                int n = e.getValue().getOrDefault(yearList.get(c), 0);
                double shade = n == 0 ? 0 : 0.15 + 0.85 * n / max;
                // A cell with tasks leads to them: that year of the concept's page.
                if (n > 0) svg.append(linkTo(concepts.get(e.getKey()), yearList.get(c)));
                svg.append(String.format(Locale.ROOT, "<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#0b4f6c\" fill-opacity=\"%.2f\" stroke=\"#d9e2ec\"><title>%s %s: %d</title></rect>%n",
                        left + c * cw, y, cw, ch, shade, escape(e.getKey()), escape(yearList.get(c)), n));
                if (n > 0) svg.append(text(left + c * cw + cw / 2, y + ch / 2 + 5, Integer.toString(n), "middle", n * 2 > max ? "count light" : "count")).append("</a>\n");
            }
            row++;
        }
        return svg.append("</svg>\n").toString();
    }

    String timeline() {
        Map<String, Map<String, Integer>> byProgramme = new TreeMap<>();
        Map<String, String> programmeIris = new TreeMap<>();
        TreeSet<String> columns = new TreeSet<>();
        for (Map<String, String> r : rows(TIMELINE)) {
            programmeIris.putIfAbsent(r.get("label"), r.get("programme"));
            String column = r.get("year");
            columns.add(column);
            byProgramme.computeIfAbsent(r.get("label"), k -> new TreeMap<>()).merge(column, Integer.parseInt(r.get("n")), Integer::sum);
        }
        List<String> cols = new ArrayList<>(columns);
        List<Map.Entry<String, Map<String, Integer>>> programmes = new ArrayList<>(byProgramme.entrySet());
        programmes.sort((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size()
                : a.getValue().keySet().iterator().next().compareTo(b.getValue().keySet().iterator().next()));
        if (programmes.size() > MAX_PROGRAMMES) programmes = programmes.subList(0, MAX_PROGRAMMES);
        int left = 170, top = 50, cw = 60, ch = 22;
        StringBuilder svg = open(left + cw * cols.size() + 20, top + ch * programmes.size() + 20, "Programmes across the years: member tasks per year");
        for (int c = 0; c < cols.size(); c++) {
            svg.append(text(left + c * cw + cw / 2, top - 24, cols.get(c), "middle", "year"));
        }
        for (int r = 0; r < programmes.size(); r++) {
            var p = programmes.get(r);
            int y = top + r * ch + ch / 2;
            svg.append(text(left - 8, y + 5, p.getKey(), "end", "programme"));
            int first = -1, last = -1;
            for (int c = 0; c < cols.size(); c++) {
                if (p.getValue().containsKey(cols.get(c))) {
                    if (first < 0) first = c;
                    last = c;
                }
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9fb3c8\" stroke-width=\"3\"/>%n",
                    left + first * cw + cw / 2, y, left + last * cw + cw / 2, y));
            for (int c = 0; c < cols.size(); c++) {
                Integer n = p.getValue().get(cols.get(c));
                if (n == null) continue;
                svg.append(linkTo(programmeIris.get(p.getKey()), cols.get(c)));
                svg.append(String.format(Locale.ROOT, "<circle class=\"member\" cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"#0b4f6c\"><title>%s · %s: %d</title></circle></a>%n",
                        left + c * cw + cw / 2, y, Math.min(9, 3 + (int) Math.ceil(Math.log10(n + 1) * 2)), escape(p.getKey()), escape(cols.get(c)), n));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">%n",
                width, height, width, height));
        b.append("<title>").append(escape(title)).append("</title>\n");
        b.append("<style>text{font-family:system-ui,'Noto Sans CJK SC',sans-serif;font-size:12px;fill:#1f2933}.count{font-size:11px}.light{fill:#fff}.doc{font-size:10px;fill:#52606d}</style>\n");
        return b;
    }

    private static String text(int x, int y, String content, String anchor, String cls) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>%n", cls, x, y, anchor, escape(content));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
