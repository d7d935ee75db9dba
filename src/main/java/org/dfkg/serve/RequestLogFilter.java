package org.dfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each request on one line: client, method, path, status and time taken. */
public final class RequestLogFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("dfkg.request");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse res) {
                LOG.info("{} {} {} {} {}ms", http.getRemoteAddr(), http.getMethod(), http.getRequestURI(), res.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
