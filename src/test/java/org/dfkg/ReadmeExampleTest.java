package org.dfkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's example query, run against the seed graph, prints the rows the README quotes. */
class ReadmeExampleTest {
    @Test
    void theReadmeQuotesWhatItsExampleQueryAnswers() throws Exception {
        String readme = Files.readString(BuiltGraph.projectRoot().resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## An example query"));
        Matcher file = Pattern.compile("query@(queries/[\\w-]+\\.rq)").matcher(section);
        assertTrue(file.find(), "the example names its query file");
        Matcher block = Pattern.compile("```\\n(concept,[^`]*?)\\n…\\n```").matcher(section);
        assertTrue(block.find(), "the example quotes its output");
        List<String> quoted = block.group(1).lines().toList();

        String query = Files.readString(BuiltGraph.projectRoot().resolve(file.group(1)), StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BuiltGraph.endpoint() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> answered = new ArrayList<>(r.body().replace("\r", "").lines().toList());
        assertTrue(answered.size() >= quoted.size(), r.body());
        assertEquals(String.join("\n", quoted), String.join("\n", answered.subList(0, quoted.size())),
                "the README's quoted rows (update them from the query's output if the graph changed on purpose)");
    }
}
