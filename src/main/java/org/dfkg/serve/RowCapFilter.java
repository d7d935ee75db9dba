package org.dfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Caps the rows of every query on the endpoint: a query with no LIMIT, or a larger one, runs with
 * LIMIT {@code maxRows}, and the response says so in an {@code X-Row-Cap} header. The query is
 * parsed and rewritten with Jena's query model, never by editing its text. A query that does not
 * parse is passed on untouched, so the endpoint reports its syntax error as usual. Query responses
 * are held whole ({@link BufferedResponse}), so a query stopped by the timeout midway answers 503,
 * never 200 with a truncated body.
 */
final class RowCapFilter implements Filter {
    private final int maxRows;
    private final int maxRequestBytes;

    RowCapFilter(int maxRows, int maxRequestBytes) {
        this.maxRows = maxRows;
        this.maxRequestBytes = maxRequestBytes;
    }

    /** A media type as a media type: its type and subtype in lower case, without parameters. */
    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** How much of a refused body is read and dropped, so that a client still sending it reads the answer. */
    private static final long DRAINED = 64L << 20;

    private void tooLarge(ServletRequest req, ServletResponse res) throws IOException {
        // Read and drop (never parse) what the client is still sending, up to a bound, then close.
        try (var in = req.getInputStream()) {
            in.skipNBytes(Math.min(DRAINED, Math.max(0, req.getContentLengthLong())));
        } catch (IOException | RuntimeException e) {
            // The client went away, or sent less than it said: the answer below is all that is left to do.
        }
        jakarta.servlet.http.HttpServletResponse response = (jakarta.servlet.http.HttpServletResponse) res;
        response.setHeader("Connection", "close");
        Pages.text(response, 413, "text/plain; charset=utf-8", "The query is larger than this server accepts (" + maxRequestBytes + " bytes).\n");
    }

    /** The query with the cap applied, or null when it needs none (or does not parse). */
    String capped(String queryString) {
        if (queryString == null) return null;
        try {
            Query q = QueryFactory.create(queryString);
            if (q.hasLimit() && q.getLimit() <= maxRows) return null;
            q.setLimit(maxRows);
            return q.serialize();
        } catch (QueryParseException e) {
            return null;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        // The size is checked before anything parses the request: parsing a huge query costs more than running it.
        long declared = request.getContentLengthLong();
        String queryString = request.getQueryString();
        if (declared > maxRequestBytes || (queryString != null && queryString.length() > maxRequestBytes)) {
            tooLarge(req, res);
            return;
        }
        if ("POST".equals(request.getMethod()) && mediaType(request.getContentType()).equals("application/sparql-query")) {
            byte[] bytes = request.getInputStream().readNBytes(maxRequestBytes + 1);
            if (bytes.length > maxRequestBytes) {
                tooLarge(req, res);
                return;
            }
            String body = new String(bytes, StandardCharsets.UTF_8);
            String capped = capped(body);
            if (capped != null) ((jakarta.servlet.http.HttpServletResponse) res).setHeader("X-Row-Cap", Integer.toString(maxRows));
            buffered(new BodyRequest(request, capped == null ? body : capped), res, chain);
            return;
        }
        String query = request.getParameter("query");
        if (query == null) {
            chain.doFilter(req, res);
            return;
        }
        String capped = capped(query);
        if (capped != null) ((jakarta.servlet.http.HttpServletResponse) res).setHeader("X-Row-Cap", Integer.toString(maxRows));
        buffered(capped == null ? request : new ParameterRequest(request, parameters -> {
            parameters.put("query", new String[] {capped});
            return parameters;
        }), res, chain);
    }

    private static void buffered(ServletRequest request, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        BufferedResponse held = new BufferedResponse((jakarta.servlet.http.HttpServletResponse) res);
        chain.doFilter(request, held);
        held.commit();
    }

    /** The request with its body replaced. */
    private static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest request, String body) {
            super(request);
            this.body = body.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
