package org.dealgraph.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Limits on the SPARQL queries Fuseki answers: a query longer than {@code maxLength} characters is refused with
 * 413; a malformed one with 400 and the parser's message (line and column); a SELECT query returns at most
 * {@code maxRows} rows, a CONSTRUCT or DESCRIBE is built from at most that many solutions (a larger or missing
 * LIMIT is lowered to it, and the response says so in the header
 * {@value #ROW_CAP_HEADER}); a query that is not valid UTF-8, is nested too deeply to be read or uses SERVICE
 * is refused with 400. Applies to every request to the query endpoints that carries a query, wherever Fuseki
 * would take it from: GET with {@code query=}, form POSTs and {@code application/sparql-query} bodies. Answers are held until complete, so that a
 * query that fails or times out after its first rows is answered with an error status, never a truncated 200.
 */
public final class SparqlQueryLimits implements Filter {
    /** Set on a response whose query's LIMIT was lowered to the row cap. */
    public static final String ROW_CAP_HEADER = "X-Dealgraph-Row-Cap";

    /**
     * What Fuseki appends to an answer whose query timed out once results had been written (it cannot change
     * the status then, so it marks the body; here nothing has reached the client yet, so it becomes a 503).
     */
    static final String FUSEKI_TRUNCATED = "Query cancelled due to timeout during execution";

    private final Set<String> queryPaths;
    private final int maxLength;
    private final int maxRows;
    private final long maxAnswer;

    /**
     * @param dataset   the dataset path, e.g. {@code /dealgraph}; its query endpoints are the dataset itself,
     *                  {@code sparql} and {@code query}
     * @param maxAnswer the largest answer held, in bytes; a larger one is a 503 with a message
     */
    public SparqlQueryLimits(String dataset, int maxLength, int maxRows, long maxAnswer) {
        if (maxLength < 1 || maxRows < 1 || maxAnswer < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxLength + ", " + maxRows + ", " + maxAnswer);
        }
        this.queryPaths = org.dealgraph.fuseki.EmbeddedFuseki.queryPaths(dataset);
        this.maxLength = maxLength;
        this.maxRows = maxRows;
        this.maxAnswer = maxAnswer;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!queryPaths.contains(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        // The query is taken from where Fuseki takes it: the body of a POST of application/sparql-query, else
        // the parameter 'query' (of a GET or a form). Whatever else the request carries changes nothing here.
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean body = "POST".equals(request.getMethod()) && contentType.startsWith("application/sparql-query");
        if ("POST".equals(request.getMethod()) && !body && !contentType.startsWith("application/x-www-form-urlencoded")) {
            // Fuseki answers no other POST here; and reading the parameters of another body (multipart) would fail.
            RequestLimits.send(response, 415, "A query is sent with POST as application/sparql-query or as a form "
                    + "(application/x-www-form-urlencoded) with the field 'query', not "
                    + (contentType.isEmpty() ? "without a Content-Type" : request.getContentType()) + ".");
            return;
        }
        String text;
        if (body) {
            byte[] bytes = request.getInputStream().readNBytes(maxLength * 4 + 1);
            if (bytes.length > maxLength * 4) {
                tooLong(response, -1);
                return;
            }
            text = Utf8.decode(bytes);
            if (text == null) {
                RequestLimits.send(response, 400, "The SPARQL query is not valid UTF-8; send it encoded as UTF-8.");
                return;
            }
        } else {
            text = request.getParameter("query");
            if (text == null) {
                chain.doFilter(req, res);
                return;
            }
        }
        if (text.length() > maxLength) {
            tooLong(response, text.length());
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryException e) {
            RequestLimits.send(response, 400, "The SPARQL query is malformed: " + Parsing.describe(e));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            RequestLimits.send(response, 400, "The SPARQL query cannot be read: " + Parsing.describe(e));
            return;
        }
        if (Parsing.usesService(query.getQueryPattern())) {
            RequestLimits.send(response, 400, "SERVICE is not available: queries run against this store only, "
                    + "and the server calls no other host.");
            return;
        }
        String effective = text;
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            try {
                effective = query.serialize(Syntax.syntaxARQ);
            } catch (RuntimeException | StackOverflowError e) {
                RequestLimits.send(response, 400, "The SPARQL query cannot be run: " + Parsing.describe(e));
                return;
            }
            response.setHeader(ROW_CAP_HEADER, Integer.toString(maxRows));
        }
        // Held until complete: a timeout after the first rows must be an error status, not a truncated 200.
        BufferedResponse buffered = new BufferedResponse(response, maxAnswer);
        try {
            try {
                chain.doFilter(body ? new ReplayedRequest(request, effective) : new WithQuery(request, effective), buffered);
            } catch (IOException | ServletException | RuntimeException e) {
                if (!buffered.overflowed()) {
                    buffered.fail(500, "The query failed: " + e.getMessage());
                    return;
                }
            }
            if (buffered.overflowed()) {
                buffered.fail(503, "The answer is larger than the limit of " + maxAnswer + " bytes "
                        + "(dealgraph.limits.max-result-size); it was stopped and none of it is returned. "
                        + "Narrow the query, select fewer or shorter values, or add a smaller LIMIT.");
                return;
            }
            if (buffered.tailContains(FUSEKI_TRUNCATED, 512)) {
                buffered.fail(503, "The query ran out of time (dealgraph.fuseki.query-timeout) after its first results; "
                        + "none are returned. Narrow the query or add a LIMIT.");
                return;
            }
            buffered.finish();
        } finally {
            buffered.release();
        }
    }

    private void tooLong(HttpServletResponse response, int length) throws IOException {
        RequestLimits.send(response, 413, "The SPARQL query" + (length >= 0 ? " of " + length + " characters" : "")
                + " is longer than the limit of " + maxLength + " characters (dealgraph.limits.max-query-length).");
    }

    /** The request with another {@code query} parameter. */
    private static final class WithQuery extends HttpServletRequestWrapper {
        private final String query;

        WithQuery(HttpServletRequest request, String query) {
            super(request);
            this.query = query;
        }

        @Override
        public String getParameter(String name) {
            return "query".equals(name) ? query : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return "query".equals(name) ? new String[] {query} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new HashMap<>(super.getParameterMap());
            map.put("query", new String[] {query});
            return map;
        }
    }
}
