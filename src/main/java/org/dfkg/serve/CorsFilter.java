package org.dfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * CORS for a read-only site: a request from an allowed origin gets that origin back in
 * Access-Control-Allow-Origin (or "*" when every origin is allowed); preflights are answered for
 * GET, POST and OPTIONS. An origin not on the list gets no CORS header, so browsers refuse it.
 */
final class CorsFilter implements Filter {
    private final List<String> allowed;

    CorsFilter(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    boolean allows(String origin) {
        return allowed.contains("*") || allowed.contains(origin);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        if (origin != null && allows(origin)) {
            response.setHeader("Access-Control-Allow-Origin", allowed.contains("*") ? "*" : origin);
            if (!allowed.contains("*")) response.addHeader("Vary", "Origin");
            response.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length, Location");
            if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Origin");
                response.setHeader("Access-Control-Max-Age", "3600");
                response.setStatus(204);
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
