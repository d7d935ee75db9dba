package org.dfkg.serve;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the server's HTML pages from Mustache templates under {@code templates/} on the
 * classpath. {{ }} escapes HTML, so a label holding {@code <script>} is shown as text.
 */
final class Pages {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");

    String render(String template, Map<String, Object> model) {
        Mustache m = factory.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        m.execute(out, model);
        return out.toString();
    }

    void send(HttpServletResponse response, int status, String template, Map<String, Object> model) throws IOException {
        byte[] body = render(template, model).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void text(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        try (Writer w = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            w.write(body);
        }
    }
}
