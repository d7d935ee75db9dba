package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench at {@code /}: YASGUI (from its WebJar) on the endpoint, every example query
 * loadable in one click with its bilingual question, downloads, a permalink, the charts and the
 * search box. Any other unknown path gets the not-found page.
 */
final class WorkbenchServlet extends HttpServlet {
    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";

    private final Pages pages;
    private final String endpoint;
    private final List<Map<String, Object>> examples;

    WorkbenchServlet(Pages pages, String endpoint, List<Map<String, Object>> examples) {
        this.pages = pages;
        this.endpoint = endpoint;
        this.examples = List.copyOf(examples);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/") && !path.equals("/index.html")) {
            pages.send(response, 404, "not-found", Map.of("what", path, "title", "Not found"));
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "工作台 Workbench");
        model.put("endpoint", endpoint);
        model.put("yasgui", YASGUI);
        model.put("examples", examples);
        pages.send(response, 200, "workbench", model);
    }
}
