package org.dfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Headers and methods of a read-only site, on every route: TRACE is refused (it would echo the
 * request's headers back), responses say {@code X-Content-Type-Options: nosniff}, a referrer policy and
 * a content security policy that allows the workbench's own scripts and the endpoint only, and the
 * parameters that would be reflected into a response ({@code callback} for JSONP, {@code stylesheet}
 * for XSLT) are dropped before any servlet sees them.
 */
final class HardeningFilter implements Filter {
    /** The workbench's scripts and styles are served from this site; Yasgui sets inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    private static final Set<String> REFLECTED = Set.of("callback", "stylesheet");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        String method = request.getMethod();
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            Pages.text(response, 405, "text/plain; charset=utf-8", method + " is not allowed on this server.\n");
            return;
        }
        boolean reflected = false;
        for (String name : REFLECTED) reflected |= request.getParameter(name) != null;
        chain.doFilter(reflected ? new WithoutReflectedParameters(request) : request, response);
    }

    /** The request as if it had no reflected parameters. */
    private static final class WithoutReflectedParameters extends ParameterRequest {
        WithoutReflectedParameters(HttpServletRequest request) {
            super(request, parameters -> {
                parameters.keySet().removeAll(REFLECTED);
                return parameters;
            });
        }

        @Override
        public String getQueryString() {
            String q = super.getQueryString();
            if (q == null) return null;
            StringBuilder b = new StringBuilder();
            for (String pair : q.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (REFLECTED.contains(name)) continue;
                b.append(b.isEmpty() ? "" : "&").append(pair);
            }
            return b.isEmpty() ? null : b.toString();
        }
    }
}
