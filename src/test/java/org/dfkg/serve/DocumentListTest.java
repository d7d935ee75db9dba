package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfkg.BuiltGraph;
import org.dfkg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The landing page lists every document of the graph, newest first, a page at a time: here two a
 * page over the five seed plans, so three pages that hold each document once, with links between
 * them, and a clear answer to a page that does not exist.
 */
class DocumentListTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern DOCUMENT = Pattern.compile("<a class=\"document\" href=\"/id/document/([^\"]+)\">");
    private static KnowledgeGraphServer twoAPage;

    @BeforeAll
    static void start() throws Exception {
        BuiltGraph.endpoint();
        ServerSettings settings = new ServerSettings(0, "dfkg", true, BuiltGraph.settings().iris(), BuiltGraph.settings().dumpsFolder(),
                BuiltGraph.projectRoot().resolve("queries")).withDocumentsPerPage(2);
        twoAPage = KnowledgeGraphServer.start(TdbStore.open(BuiltGraph.settings().database()), settings);
    }

    @AfterAll
    static void stop() {
        if (twoAPage != null) twoAPage.close();
    }

    private static HttpResponse<String> get(String root, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> documents(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = DOCUMENT.matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    @Test
    void thePagesHoldEveryDocumentOnceNewestFirst() throws Exception {
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            HttpResponse<String> r = get(twoAPage.root(), page == 1 ? "" : "?page=" + page);
            assertEquals(200, r.statusCode(), r.body());
            // Mustache writes "=" in an attribute as &#61;, which a browser reads as "=".
            String html = r.body().replace("&#61;", "=");
            all.addAll(documents(html));
            assertTrue(html.contains("5 documents, 2 a page, newest first; this is page " + page + " of 3"), html);
            assertEquals(page > 1, html.contains("<a rel=\"prev\" href=\"/?page=" + (page - 1) + "\">"), "a link to the page before: " + html);
            assertEquals(page < 3, html.contains("<a rel=\"next\" href=\"/?page=" + (page + 1) + "\">"), "a link to the page after: " + html);
        }
        assertEquals(List.of("fj-2019-work-points", "fz-2017-work-points", "fj-2013-work-points", "fj-2011-2015-plan", "fj-2010-work-points"), all);
    }

    @Test
    void aPageBeyondTheLastIsNotFoundAndAMalformedOneIsRefused() throws Exception {
        HttpResponse<String> beyond = get(twoAPage.root(), "?page=4");
        assertEquals(404, beyond.statusCode());
        assertTrue(beyond.body().contains("the documents fill 3 pages"), beyond.body());
        for (String bad : List.of("0", "-1", "two", "99999999999")) {
            HttpResponse<String> r = get(twoAPage.root(), "?page=" + bad);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("page must be a whole number from 1 to 3, not '" + bad + "'"), r.body());
        }
    }

    @Test
    void aGraphThatFitsOnePageHasNoPager() throws Exception {
        HttpResponse<String> r = get(BuiltGraph.root(), "");
        assertEquals(200, r.statusCode());
        assertEquals(5, documents(r.body()).size(), r.body());
        assertFalse(r.body().contains("id=\"document-pages\""), "one page needs no pager");
    }
}
