package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dfkg.BuiltGraph;
import org.dfkg.store.Dumps;
import org.dfkg.rdf.IriScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Linked-data consumers' view: dereferenceable IRIs, pages, dumps and the dataset description, over real HTTP. */
class LinkedDataTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AGENCY = "id/agency/fj-health";
    private static final String ASSIGNMENT = "id/document/fj-2010-work-points/task/s1-t1";

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BuiltGraph.root() + path));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BuiltGraph.root() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "text/turtle, ttl, TTL",
            "application/ld+json, jsonld, JSONLD",
            "application/n-triples, nt, NTRIPLES",
            "application/rdf+xml, rdf, RDFXML"})
    void eachRdfMediaTypeIsNegotiatedWithA303(String mediaType, String extension, String langName) throws Exception {
        HttpResponse<String> see = get(AGENCY, mediaType);
        assertEquals(303, see.statusCode());
        assertEquals("/data/agency/fj-health." + extension, see.headers().firstValue("Location").orElse(""));
        HttpResponse<String> data = get("data/agency/fj-health." + extension, null);
        assertEquals(200, data.statusCode());
        assertTrue(data.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), data.headers().toString());
        Lang lang = switch (langName) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        Graph g = RDFParser.fromString(data.body(), lang).toGraph();
        assertTrue(g.contains(NodeFactory.createURI(IriScheme.DEFAULT_BASE + AGENCY), RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#Organization")),
                "the description of the agency, in " + mediaType);
        assertEquals(303, get(AGENCY + "?format=" + extension, "text/html").statusCode());
        assertEquals("/data/agency/fj-health." + extension, get(AGENCY + "?format=" + extension, "text/html").headers().firstValue("Location").orElse(""));
    }

    @Test
    void htmlIsTheDefaultForBrowsersAndForAnyClient() throws Exception {
        for (String accept : new String[] {null, "*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}) {
            HttpResponse<String> see = get(AGENCY, accept);
            assertEquals(303, see.statusCode(), "Accept: " + accept);
            assertEquals("/page/agency/fj-health", see.headers().firstValue("Location").orElse(""));
        }
        HttpResponse<String> page = get("page/agency/fj-health", null);
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("福建省卫生厅") && page.body().contains("Fujian Provincial Department of Health"), "both labels");
        assertTrue(page.body().contains("后继 Successors") && page.body().contains("福建省卫生和计划生育委员会"), "successor through the ORG change event");
        assertTrue(page.body().contains("Tasks, with the role held") && page.body().contains("<h3 id=\"y2010\">2010"), "tasks year by year");
        assertFalse(page.body().contains("/agency-year/") || page.body().contains("/agency-tie/"), "sums the build writes stay out of Referenced by");
        assertEquals(406, get(AGENCY, "image/png").statusCode());
        assertEquals(404, get("id/agency/no-such-agency", "text/turtle").statusCode());
    }

    @Test
    void aTaskPageQuotesItsSourceWithTheSpanMarked() throws Exception {
        String page = get("page/document/fj-2010-work-points/task/s1-t1", null).body();
        assertTrue(page.contains("原文 Source text"), page);
        assertTrue(page.matches("(?s).*<blockquote class=\"source\">[^<]+<mark>省数字办</mark>.*"), "the lead agency's span is marked in its sentence");
        assertTrue(page.contains("href=\"/id/document/fj-2010-work-points\""), "its document, linked locally");
    }

    @Test
    void programmeAndTechnologyPagesShowTheirNeighbours() throws Exception {
        String technology = get("page/technology/4g", null).body();
        assertTrue(technology.contains("上位概念 Broader") && technology.contains("移动通信"), "broader term");
        assertTrue(technology.contains("下位概念 Narrower") && technology.contains("TD-LTE"), "narrower term");
        assertTrue(technology.contains("Tasks that mention it"), "tasks by year");
        // 政务外网's page (its IRI is minted from its key): the task about industrial parks names it in one clause only.
        String extranet = get("page/programme/f450fc89c18b2c62", null).body();
        int side = extranet.indexOf("旁及该项目的任务");
        assertTrue(side > 0 && extranet.indexOf("推动数字经济产业园区建设") > side, "a side mention is listed apart, after the timeline");
        String search = get("search?q=" + URLEncoder.encode("政务外网", StandardCharsets.UTF_8), null).body();
        assertTrue(search.contains("fj-2010") || search.contains("2010"), search);
    }

    @Test
    void labelsAreEscapedOnPages() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Graph g = GraphFactory.createDefaultGraph();
        var s = NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/agency/evil");
        g.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("<script>alert('x')</script>", "zh"));
        g.add(s, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/dfkg/ontology#Agency"));
        dsg.addGraph(NodeFactory.createURI("urn:g"), g);
        dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        Path tmp = Files.createTempDirectory("dfkg-evil");
        try (KnowledgeGraphServer server = KnowledgeGraphServer.start(dsg, new ServerSettings(0, "dfkg", true, IriScheme.standard(), tmp, tmp))) {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(server.root() + "page/agency/evil")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertFalse(body.contains("<script>alert"), body);
            assertTrue(body.contains("&lt;script&gt;alert("), body);
        }
    }

    @Test
    void searchIsParameterisedAgainstQuoteAndBraceInjection() throws Exception {
        String broadband = get("search?q=" + URLEncoder.encode("宽带", StandardCharsets.UTF_8), null).body();
        assertTrue(broadband.contains("fj-2013-work-points") || broadband.contains("2013"), "2013 broadband tasks");
        assertTrue(broadband.contains("2019"), "2019 broadband tasks");
        for (String attack : new String[] {"\"} UNION { ?task ?p ?o } #", "宽带\") . ?task ?p ?o . #", "'} } SELECT * WHERE { ?s ?p ?o", "(((", "\\\\u0022"}) {
            HttpResponse<String> r = get("search?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8), null);
            assertEquals(200, r.statusCode(), attack);
            // The words are one bound literal: whatever they say, every hit is a task found by its text, never a triple the attack selects.
            java.util.regex.Matcher hit = java.util.regex.Pattern.compile("<li class=\"hit\"><a href=\"([^\"]+)\"").matcher(r.body());
            int hits = 0;
            while (hit.find()) {
                hits++;
                assertTrue(hit.group(1).matches("/id/document/[^/]+/task/[^/]+"), attack + " → " + hit.group(1));
            }
            assertTrue(hits <= SearchServlet.MAX_HITS, attack);
            assertTrue(r.body().contains("value=\"" + attack.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")) || r.body().contains("value=\""),
                    "the words are echoed escaped");
        }
    }

    @Test
    void dumpsHaveChecksumsAndAgreeWithTheDatabase() throws Exception {
        Path dumps = BuiltGraph.settings().dumpsFolder();
        long quads = BuiltGraph.result().dataset().stream().count();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes("dumps/" + Dumps.QUADS_GZ).body()))) {
            assertEquals(quads, RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph().stream().count(), "N-Quads dump");
        }
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes("dumps/" + Dumps.ALL_GZ).body()))) {
            assertEquals(quads, RDFParser.source(in).lang(Lang.TRIG).toDatasetGraph().stream().count(), "TriG dump");
        }
        String jsonld = Files.readString(dumps.resolve(Dumps.JSON_LD));
        assertTrue(jsonld.contains("\"@context\" : \"context.jsonld\"") || jsonld.contains("\"@context\":\"context.jsonld\""), "the published context");
        for (String line : Files.readAllLines(dumps.resolve(Dumps.CHECKSUMS))) {
            String[] parts = line.split("  ", 2);
            assertEquals(parts[0], Dumps.sha256(dumps.resolve(parts[1])), parts[1]);
        }
        assertTrue(get("dumps/", null).body().contains(Dumps.QUADS_GZ));
        assertTrue(get("dumps/../../etc/passwd", null).statusCode() >= 400, "no way out of the dumps folder");
    }

    @Test
    void voidAndServiceDescription() throws Exception {
        Model v = ModelFactory.createDefaultModel();
        RDFParser.fromString(get(".well-known/void", "text/turtle").body(), Lang.TURTLE).parse(v);
        var ds = v.createResource(IriScheme.DEFAULT_BASE + "dataset");
        long total = v.getProperty(ds, v.createProperty(DatasetDescription.VOID + "triples")).getLong();
        assertEquals(BuiltGraph.result().dataset().stream().count(), total, "void:triples is the sum over graphs");
        assertTrue(v.contains(ds, v.createProperty(DatasetDescription.VOID + "sparqlEndpoint"), v.createResource(BuiltGraph.endpoint().replace("localhost", "127.0.0.1")))
                || v.listObjectsOfProperty(ds, v.createProperty(DatasetDescription.VOID + "sparqlEndpoint")).toList().toString().contains("/dfkg/sparql"));
        assertTrue(v.listObjectsOfProperty(ds, v.createProperty(DatasetDescription.VOID + "dataDump")).toList().size() >= 5);
        assertTrue(v.listObjectsOfProperty(ds, v.createProperty(DatasetDescription.VOID + "subset")).toList().size() >= 7, "one subset per named graph");
        assertTrue(v.contains(null, v.createProperty(DatasetDescription.SPDX + "checksumValue")));
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("dfkg/sparql", "text/turtle").body(), Lang.TURTLE).parse(sd);
        assertTrue(sd.contains(null, RDF.type, sd.createResource(DatasetDescription.SD + "Service")));
    }

    @Test
    void chartsAreSvgFromLiveData() throws Exception {
        HttpResponse<String> heat = get("charts/technology-heatmap.svg", null);
        assertTrue(heat.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(heat.body().getBytes(StandardCharsets.UTF_8)));
        assertTrue(heat.body().contains(">物联网<") && heat.body().contains(">2019<"), "rows and years");
        String timeline = get("charts/programme-timeline.svg", null).body();
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(timeline.getBytes(StandardCharsets.UTF_8)));
        assertTrue(timeline.contains(">政务外网<") && timeline.contains("class=\"member\""), "programmes with their years");
    }

    @Test
    void workbenchOffersEveryExampleQueryAndServesItsLibrariesItself() throws Exception {
        String page = get("", null).body();
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                assertTrue(page.contains("data-name=\"" + q.getFileName().toString().replace(".rq", "") + "\""), q.toString());
            }
        }
        assertFalse(page.matches("(?s).*(src|href)=\"https?://.*"), "no script or style from another host");
        assertEquals(200, get(WorkbenchServlet.YASGUI.substring(1) + "yasgui.min.js", null).statusCode());
        assertTrue(get("webjars/../../../etc/passwd", null).statusCode() >= 400, "no way out of the webjars");
    }

    @Test
    void everyKindOfMintedIriResolves() throws Exception {
        List<String> iris = new java.util.ArrayList<>();
        try (var exec = org.apache.jena.sparql.exec.QueryExec.service(BuiltGraph.endpoint()).query(
                "SELECT ?type (SAMPLE(?s) AS ?example) WHERE { ?s a ?type . FILTER(STRSTARTS(STR(?s), \"" + IriScheme.DEFAULT_BASE + "\")) } GROUP BY ?type").build()) {
            exec.select().forEachRemaining(b -> iris.add(b.get("example").getURI()));
        }
        assertTrue(iris.size() >= 20, iris.toString());
        for (String iri : iris) {
            String path = iri.substring(IriScheme.DEFAULT_BASE.length()).replace("#", "/");
            HttpResponse<String> r = get(path, "text/turtle");
            assertTrue(r.statusCode() == 303 || r.statusCode() == 200, iri + " → " + r.statusCode());
            String location = r.headers().firstValue("Location").orElse("/" + path);
            HttpResponse<String> content = get(location.substring(1), "text/turtle");
            assertEquals(200, content.statusCode(), iri + " → " + location);
            assertTrue(content.body().contains(iri.contains("#") ? iri.substring(iri.indexOf('#') + 1) : iri.substring(iri.lastIndexOf('/') + 1)), iri);
        }
        for (String graph : new String[] {"graph/links", "graph/ontology", "graph/document/fz-2017-work-points"}) {
            HttpResponse<String> see = get(graph, "text/turtle");
            assertEquals(303, see.statusCode(), graph);
            HttpResponse<String> content = get(see.headers().firstValue("Location").orElseThrow().substring(1), "text/turtle");
            assertEquals(200, content.statusCode(), graph);
        }
        assertEquals(303, get("dataset", null).statusCode());
        String programme = iris.stream().filter(i -> i.matches(".*/id/programme/[0-9a-f]+")).findFirst().orElseThrow();
        String page = get("page/" + programme.substring((IriScheme.DEFAULT_BASE + "id/").length()), null).body();
        assertTrue(page.contains("时间线 Timeline"), "a programme page shows its timeline");
    }

    @Test
    void aSentenceIsQuotedOnceWithEveryFactMarkedAndAnEvidencePageHasAHeading() throws Exception {
        String task = get("page/document/fj-2013-work-points/task/root-t3", null).body();
        int quotes = task.split("<div class=\"quote\">", -1).length - 1;
        assertEquals(1, quotes, "one sentence, quoted once");
        assertTrue(task.split("<mark>", -1).length - 1 >= 5, "every fact read from it marked");
        String sentence = get("page/document/fj-2013-work-points/text/779-845", null).body();
        String heading = sentence.substring(sentence.indexOf("<h1>") + 4, sentence.indexOf("</h1>")).strip();
        assertTrue(heading.startsWith("（四）积极争取"), heading);
    }
}
