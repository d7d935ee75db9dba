package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfkg.store.Dumps;

/**
 * The published dumps at {@code /dumps/}: a page listing every file with its size and SHA-256,
 * and the files themselves with their media types. Only files inside the dumps folder are served.
 */
final class DumpsServlet extends HttpServlet {
    private final java.util.function.Supplier<Path> dumps;
    private final Pages pages;

    /** {@code dumps} gives the folder of the generation served now. */
    DumpsServlet(java.util.function.Supplier<Path> dumps, Pages pages) {
        this.dumps = dumps;
        this.pages = pages;
    }

    static String mediaType(String name) {
        if (name.endsWith(".trig.gz")) return "application/trig";
        if (name.endsWith(".nq.gz")) return "application/n-quads";
        if (name.endsWith(".trig")) return "application/trig";
        if (name.endsWith(".ttl")) return "text/turtle";
        if (name.endsWith(".jsonld")) return "application/ld+json";
        return "text/plain";
    }

    /** Every dump with its checksum, from SHA256SUMS. */
    static List<Map<String, Object>> files(Path folder) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        Path sums = folder.resolve(Dumps.CHECKSUMS);
        if (!Files.isRegularFile(sums)) return out;
        for (String line : Files.readAllLines(sums)) {
            int gap = line.indexOf("  ");
            if (gap < 0) continue;
            String name = line.substring(gap + 2);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", name);
            f.put("sha256", line.substring(0, gap));
            f.put("size", Files.size(folder.resolve(name)));
            f.put("mediaType", mediaType(name));
            f.put("gzip", name.endsWith(".gz"));
            out.add(f);
        }
        return out;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path folder = dumps.get().toAbsolutePath().normalize();
        String rest = request.getRequestURI().substring("/dumps".length());
        if (rest.isEmpty() || rest.equals("/")) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("title", "下载 Dumps");
            model.put("files", files(folder));
            EntityView.flagNonEmptyLists(model);
            pages.send(response, 200, "dumps", model);
            return;
        }
        Path file = folder.resolve(rest.substring(1)).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            response.sendError(404);
            return;
        }
        String name = file.getFileName().toString();
        response.setContentType(mediaType(name) + (name.endsWith(".gz") ? "" : "; charset=utf-8"));
        if (name.endsWith(".gz")) response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
