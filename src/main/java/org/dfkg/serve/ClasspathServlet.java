package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves files from the classpath: front-end libraries from WebJars ({@code /webjars/…} →
 * {@code META-INF/resources/webjars/…}) and our own assets ({@code /assets/…} → {@code static/…}),
 * so that nothing is fetched from a CDN at run time. Paths with {@code ..} are refused.
 */
final class ClasspathServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "json", "application/json", "html", "text/html; charset=utf-8", "woff2", "font/woff2");

    private final String prefix;
    private final String root;

    /** @param prefix the URL path it is mapped at, such as /webjars/; @param root the classpath folder */
    ClasspathServlet(String prefix, String root) {
        this.prefix = prefix;
        this.root = root;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        if (rest.isEmpty() || rest.contains("..") || rest.contains("//")) {
            response.sendError(404);
            return;
        }
        try (InputStream in = ClasspathServlet.class.getClassLoader().getResourceAsStream(root + rest)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String extension = rest.substring(rest.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
