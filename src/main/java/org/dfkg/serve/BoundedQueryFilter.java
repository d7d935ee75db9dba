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

/**
 * Bounds what a query request may cost before and after it runs, on every route of the dataset. A
 * body or query string over {@code maxRequestBytes} is refused with 413 before anything parses it
 * (parsing a huge query costs more than running it). The response is held whole
 * ({@link BufferedResponse}), up to {@code maxResponseBytes}: a query stopped midway answers with its
 * error status and a short plain-text message, never with partial rows. The rows themselves are
 * capped inside the query operation ({@link CappedQuery}), which parses the query once.
 */
final class BoundedQueryFilter implements Filter {
    private final int maxRequestBytes;
    private final long maxResponseBytes;

    BoundedQueryFilter(int maxRequestBytes, long maxResponseBytes) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxResponseBytes = maxResponseBytes;
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
            // Read once here to bound it; Fuseki reads the same bytes from the wrapper.
            buffered(new BodyRequest(request, bytes), res, chain);
            return;
        }
        if (request.getParameter("query") == null) {
            chain.doFilter(req, res);
            return;
        }
        buffered(request, res, chain);
    }

    private void buffered(ServletRequest request, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        BufferedResponse held = new BufferedResponse((jakarta.servlet.http.HttpServletResponse) res, maxResponseBytes);
        chain.doFilter(request, held);
        Object stopped = request.getAttribute(CappedQuery.STOPPED_BECAUSE);
        held.commit(stopped == null ? null : stopped.toString());
    }

    /** The request with its body replaced. */
    private static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
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
