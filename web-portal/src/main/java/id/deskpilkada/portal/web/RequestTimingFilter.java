package id.deskpilkada.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * HTTP latency for operators: every request timed into {@value #TIMER} (Prometheus: count, sum, max and quantiles
 * per kind and status class), so that a slow dashboard or API shows on the metrics before users call. Kinds, not
 * paths, keep the number of series small: {@code page}, {@code api}, {@code resource} (scripts, styles, images)
 * and {@code other}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTimingFilter extends HttpFilter {

    static final String TIMER = "deskpilkada_http_requests";
    private static final long serialVersionUID = 1L;

    @Inject
    transient MetricRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            registry.timer(TIMER, new Tag("kind", kindOf(request.getRequestURI().substring(
                            request.getContextPath().length()))), new Tag("status", statusClass(response.getStatus())))
                    .update(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    static String kindOf(String path) {
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "resource";
        }
        if (path.endsWith(".xhtml") || path.equals("/")) {
            return "page";
        }
        return "other";
    }

    /** {@code 2xx} … {@code 5xx}. */
    static String statusClass(int status) {
        return status / 100 + "xx";
    }
}
