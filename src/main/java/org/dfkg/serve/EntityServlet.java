package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dfkg.rdf.IriScheme;

/**
 * Dereferenceable IRIs, after the Cool URIs 303 pattern: {@code /id/…} (the IRI minted under the
 * configured base, mapped onto this server) answers 303 See Other to {@code /page/…} for HTML or to
 * {@code /data/….ttl|jsonld|nt|rdf} for RDF, chosen by the Accept header or {@code ?format=}.
 * {@code /ontology/Term} serves the hash IRIs of the ontology directly; a named graph's IRI
 * ({@code /graph/…}) redirects to its content, and the dataset's IRI ({@code /dataset}) to its
 * VoID description.
 */
final class EntityServlet extends HttpServlet {
    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final Pages pages;
    private final PrefixMapping prefixes;
    private final String datasetName;

    EntityServlet(DatasetGraph dataset, IriScheme iris, Pages pages, PrefixMapping prefixes, String datasetName) {
        this.dataset = dataset;
        this.iris = iris;
        this.pages = pages;
        this.prefixes = prefixes;
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/id/")) {
            RdfFormat format = RdfFormat.negotiate(request.getHeader("Accept"), request.getParameter("format"));
            if (format == null) {
                notAcceptable(response);
                return;
            }
            String rest = path.substring("/id/".length());
            if (!exists(iris.base() + "id/" + rest)) {
                notFound(response, iris.base() + "id/" + rest);
                return;
            }
            String target = format == RdfFormat.HTML ? "/page/" + rest : "/data/" + rest + "." + format.extension;
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
            response.setHeader("Vary", "Accept");
            return;
        }
        if (path.startsWith("/page/")) {
            serve(iris.base() + "id/" + path.substring("/page/".length()), RdfFormat.HTML, response);
            return;
        }
        if (path.startsWith("/data/")) {
            String rest = path.substring("/data/".length());
            int dot = rest.lastIndexOf('.');
            RdfFormat format = dot < 0 ? null : RdfFormat.byExtension(rest.substring(dot + 1));
            if (format == null || format == RdfFormat.HTML) {
                notFound(response, path);
                return;
            }
            serve(iris.base() + "id/" + rest.substring(0, dot), format, response);
            return;
        }
        if (path.equals("/ontology") || path.startsWith("/ontology/")) {
            String term = path.length() > "/ontology/".length() ? "#" + path.substring("/ontology/".length()) : "";
            RdfFormat format = RdfFormat.negotiate(request.getHeader("Accept"), request.getParameter("format"));
            if (format == null) {
                notAcceptable(response);
                return;
            }
            serve(iris.base() + "ontology" + term, format, response);
            return;
        }
        if (path.startsWith("/graph/")) {
            // A named graph's IRI: its content, by the endpoint's Graph Store read service (which negotiates the format).
            String graph = iris.base() + path.substring(1);
            boolean known = Txn.calculateRead(dataset, () -> dataset.containsGraph(EntityView.iri(graph)));
            if (!known) {
                notFound(response, graph);
                return;
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/" + datasetName + "/get?graph=" + java.net.URLEncoder.encode(graph, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/dataset")) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/.well-known/void");
            return;
        }
        notFound(response, path);
    }

    private boolean exists(String iri) {
        return Txn.calculateRead(dataset, () -> new EntityView(dataset.getUnionGraph(), iris).exists(EntityView.iri(iri)));
    }

    private void serve(String iri, RdfFormat format, HttpServletResponse response) throws IOException {
        Node s = EntityView.iri(iri);
        if (!exists(iri)) {
            notFound(response, iri);
            return;
        }
        if (format == RdfFormat.HTML) {
            Map<String, Object> model = Txn.calculateRead(dataset, () -> new EntityView(dataset.getUnionGraph(), iris).model(s));
            model.put("formats", alternates(iri));
            pages.send(response, 200, "entity", model);
            return;
        }
        Graph description = Txn.calculateRead(dataset, () -> new EntityView(dataset.getUnionGraph(), iris).describe(s));
        description.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, format.lang);
        response.setStatus(200);
        response.setContentType(format.mediaType + "; charset=utf-8");
        response.setHeader("Link", "<" + iri + ">; rel=\"describes\"");
        response.setContentLength(out.size());
        response.getOutputStream().write(out.toByteArray());
    }

    private java.util.List<Map<String, String>> alternates(String iri) {
        java.util.List<Map<String, String>> out = new java.util.ArrayList<>();
        String local = new EntityView(dataset.getUnionGraph(), iris).localHref(iri);
        for (RdfFormat f : RdfFormat.values()) {
            if (f == RdfFormat.HTML) continue;
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", f.extension);
            m.put("href", local.startsWith("/id/") ? "/data/" + local.substring(4) + "." + f.extension : local + "?format=" + f.extension);
            out.add(m);
        }
        return out;
    }

    private void notFound(HttpServletResponse response, String what) throws IOException {
        pages.send(response, 404, "not-found", Map.of("what", what));
    }

    private static void notAcceptable(HttpServletResponse response) throws IOException {
        Pages.text(response, 406, "text/plain; charset=utf-8",
                "Not acceptable. Offered: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml (or ?format=html|ttl|jsonld|nt|rdf).\n");
    }
}
