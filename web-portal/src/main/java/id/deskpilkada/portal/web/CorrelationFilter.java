package id.deskpilkada.portal.web;

import id.deskpilkada.platform.messaging.CausalContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id — the caller's {@code X-Correlation-Id} when it is a sane token, else a new
 * one — and answers with it: the events the request publishes carry it (the outbox takes it from
 * {@link CausalContext}), and so do the JSON log lines of the request and of every module handling those events.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CorrelationFilter extends HttpFilter {

    static final String HEADER = "X-Correlation-Id";
    /** Letters, digits and a few separators, at most 100 (the outbox column's size): nothing to forge a log line. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = correlationOf(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        CausalContext.bindRequestCorrelation(id);
        try {
            chain.doFilter(request, response);
        } finally {
            CausalContext.clearRequestCorrelation();
        }
    }

    static String correlationOf(String header) {
        return header != null && SANE.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
