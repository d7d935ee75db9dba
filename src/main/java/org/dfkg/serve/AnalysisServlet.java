package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dfkg.rdf.IriScheme;

/**
 * The cross-year analyses as pages and exports: the agency network ({@code /network}, drawn with
 * ECharts, and {@code /export/agency-network.graphml|csv|json}, lineages merged unless
 * {@code ?lineages=keep}) and the target ledger ({@code /ledger}: every checked target with the report
 * that decides it, a bar per target of the report's value against the target's, and both quotes).
 */
final class AnalysisServlet extends HttpServlet {
    static final String LEDGER_QUERY = "queries/target-ledger.rq";
    private static final String INDICATORS = """
            PREFIX dfkg: <https://w3id.org/dfkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label WHERE { ?i a dfkg:Indicator ; skos:prefLabel ?label . FILTER (LANG(?label) = "zh") } ORDER BY ?label
            """;

    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final Pages pages;
    private final AgencyNetworkExport network;
    private final String ledgerQuery;
    private final String endpoint;

    AnalysisServlet(DatasetGraph dataset, IriScheme iris, Pages pages, String endpoint) {
        this.dataset = dataset;
        this.iris = iris;
        this.pages = pages;
        this.endpoint = endpoint;
        this.network = new AgencyNetworkExport(dataset);
        this.ledgerQuery = SelectRows.packaged(LEDGER_QUERY);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        switch (path) {
            case "/network" -> pages.send(response, 200, "network", Map.of("title", "机构协作网络 Agency network", "endpoint", endpoint, "base", iris.base()));
            case "/ledger" -> ledger(response);
            case "/export/agency-network.graphml", "/export/agency-network.csv", "/export/agency-network.json" -> export(path, request, response);
            default -> pages.send(response, 404, "not-found", Map.of("what", path, "title", "Not found"));
        }
    }

    private void export(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lineages = request.getParameter("lineages");
        if (lineages != null && !lineages.equals("merge") && !lineages.equals("keep")) {
            Pages.text(response, 400, "text/plain; charset=utf-8", "lineages must be 'merge' (the default) or 'keep', not '" + lineages + "'\n");
            return;
        }
        AgencyNetworkExport.Network n = network.network(!"keep".equals(lineages));
        String name = path.substring(path.lastIndexOf('/') + 1);
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        if (path.endsWith(".graphml")) Pages.text(response, 200, "application/graphml+xml; charset=utf-8", AgencyNetworkExport.graphml(n));
        else if (path.endsWith(".csv")) Pages.text(response, 200, "text/csv; charset=utf-8", AgencyNetworkExport.csv(n));
        else Pages.text(response, 200, "application/json; charset=utf-8", AgencyNetworkExport.json(n, iri -> EntityView.localHref(iris, iri)));
    }

    private void ledger(HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        // One read for the whole page; the query answers one indicator at a time, so it runs for each indicator of the scheme.
        Txn.executeRead(dataset, () -> {
            for (Map<String, String> indicator : SelectRows.of(dataset, INDICATORS)) {
                Node label = NodeFactory.createLiteralLang(indicator.get("label"), "zh");
                for (Map<String, String> r : SelectRows.of(dataset, ledgerQuery, Map.of("onlyIndicator", label))) rows.add(ledgerRow(r));
            }
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("Met", "Missed", "NoLaterReport")) counts.put(s, rows.stream().filter(r -> s.equals(r.get("status"))).count());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "目标台账 Target ledger");
        model.put("rows", rows);
        model.put("met", counts.get("Met"));
        model.put("missed", counts.get("Missed"));
        model.put("open", counts.get("NoLaterReport"));
        pages.send(response, 200, "ledger", model);
    }

    /** A row of the ledger query as the page shows it: local links, values as plans write them, and the bar. */
    private Map<String, Object> ledgerRow(Map<String, String> r) {
        Map<String, Object> row = new LinkedHashMap<>(r);
        for (String iri : List.of("target", "report")) if (r.containsKey(iri)) row.put(iri + "Href", EntityView.localHref(iris, r.get(iri)));
        BigDecimal target = new BigDecimal(r.get("targetValue"));
        row.put("targetValue", plain(target.toPlainString()));
        if (r.containsKey("observedValue")) {
            BigDecimal observed = new BigDecimal(r.get("observedValue"));
            row.put("observedValue", plain(observed.toPlainString()));
            // The bar: the report's value as a share of the target's, drawn up to twice the target.
            int percent = target.signum() == 0 ? 100 : observed.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
            row.put("percent", percent);
            row.put("bar", Math.min(200, Math.max(0, percent)) / 2);
        }
        return row;
    }

    /** A value as plans write it: 3000亿, 4800万, 96.5. */
    private static String plain(String decimal) {
        BigDecimal v = new BigDecimal(decimal);
        BigDecimal yi = BigDecimal.valueOf(100_000_000L);
        BigDecimal wan = BigDecimal.valueOf(10_000L);
        if (v.abs().compareTo(yi) >= 0) return v.divide(yi).stripTrailingZeros().toPlainString() + "亿";
        if (v.abs().compareTo(wan) >= 0) return v.divide(wan).stripTrailingZeros().toPlainString() + "万";
        return v.stripTrailingZeros().toPlainString();
    }
}
