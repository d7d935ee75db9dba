package org.dfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code /.well-known/void} answers the VoID and DCAT description; as a filter on the endpoint, a
 * GET with no query answers its SPARQL Service Description. Turtle unless the client asks for
 * JSON-LD, N-Triples or RDF/XML.
 */
final class DescriptionServlet extends HttpServlet implements Filter {
    private final DatasetDescription description;

    DescriptionServlet(DatasetDescription description) {
        this.description = description;
    }

    static String root(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(description.voidAndDcat(root(request)), request, response);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if ("GET".equals(request.getMethod()) && (request.getQueryString() == null || request.getQueryString().isEmpty())) {
            send(description.serviceDescription(root(request)), request, (HttpServletResponse) res);
            return;
        }
        chain.doFilter(req, res);
    }

    private static void send(Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        RdfFormat format = RdfFormat.negotiate(request.getHeader("Accept"), request.getParameter("format"));
        Lang lang = format == null || format == RdfFormat.HTML ? Lang.TURTLE : format.lang;
        String type = format == null || format == RdfFormat.HTML ? "text/turtle" : format.mediaType;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        response.setStatus(200);
        response.setContentType(type + "; charset=utf-8");
        response.setContentLength(out.size());
        response.getOutputStream().write(out.toByteArray());
    }
}
