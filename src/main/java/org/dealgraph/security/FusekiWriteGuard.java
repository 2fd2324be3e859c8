package org.dealgraph.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.dealgraph.limits.ReplayedRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fuseki's gate: reading is public; the update and read-write Graph Store endpoints need a user with the role
 * WRITER or ADMIN, and the administration paths ({@code /$/...}, except the ping) need ADMIN. Users are the
 * service's {@link Accounts}, checked against their bcrypt hashes over HTTP Basic. Writes must stay within named
 * graphs: the default graph is the union of the article graphs, a view that cannot be written; an update may not
 * LOAD (read server files or URLs), and only ADMIN may drop or clear all graphs.
 */
public final class FusekiWriteGuard implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String REALM = "dealgraph";

    private final Accounts accounts;
    private final String dataset;

    /**
     * @param dataset the dataset path, e.g. {@code /dealgraph}; its endpoints {@code update} and {@code data}
     *                are the writing ones
     */
    public FusekiWriteGuard(Accounts accounts, String dataset) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<Role> needed = neededRole(request.getMethod(), path(request));
        if (needed.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            // Browsers keep Basic credentials per site: a page elsewhere must not write with them.
            send(response, 403, "Writes from web pages of another origin (" + origin + ") are refused.");
            return;
        }
        Optional<Account> account = accounts.authenticateBasic(request.getHeader("Authorization"));
        if (account.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            send(response, 401, "Writing needs a user name and password (HTTP Basic); reading needs neither.");
            return;
        }
        if (needed.get() == Role.ADMIN && !account.get().has(Role.ADMIN)) {
            send(response, 403, "User " + account.get().name() + " may not administer the server; that needs ADMIN.");
            return;
        }
        if (path(request).equals(dataset + "/update") && "POST".equals(request.getMethod())) {
            checkUpdate(request, response, chain, account.get());
            return;
        }
        if (path(request).equals(dataset + "/data") && !READ_METHODS.contains(request.getMethod())
                && request.getParameter("graph") == null) {
            send(response, 400, "Graph Store writes must name a graph with ?graph=IRI; the default graph is the "
                    + "union of the article graphs and cannot be written.");
            return;
        }
        chain.doFilter(req, res);
    }

    /**
     * Lets an update through only if it stays within the article graphs: no LOAD (it would read files and URLs
     * on the server), nothing inserted into, copied to or moved to the default graph (the union view), no
     * ill-typed literal inserted (such as {@code "2026-02-30"^^xsd:date}), and DROP/CLEAR of all graphs only for
     * ADMIN.
     */
    private void checkUpdate(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                             Account account) throws IOException, ServletException {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        String text;
        HttpServletRequest forward = request;
        if (contentType.startsWith("application/sparql-update")) {
            text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            forward = new ReplayedRequest(request, text);
        } else {
            text = request.getParameter("update");
        }
        if (text == null) {
            send(response, 400, "No update: send it as application/sparql-update or as the form field 'update'.");
            return;
        }
        UpdateRequest update;
        try {
            update = UpdateFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryException e) {
            send(response, 400, "The SPARQL update is malformed: " + e.getMessage());
            return;
        }
        for (Update u : update.getOperations()) {
            String refusal = refusal(u, account);
            if (refusal != null) {
                send(response, refusal.startsWith("Only") ? 403 : 400, refusal);
                return;
            }
        }
        chain.doFilter(forward, response);
    }

    private static String refusal(Update u, Account account) {
        String union = " The default graph is the union of the article graphs and cannot be written; name a graph.";
        if (u instanceof UpdateLoad) {
            return "LOAD is not allowed: it would read files or URLs on the server. Upload articles with "
                    + "POST /api/articles, or send the triples with INSERT DATA.";
        }
        if (u instanceof UpdateDataInsert insert && insert.getQuads().stream().anyMatch(Quad::isDefaultGraph)) {
            return "INSERT DATA into the default graph is not allowed." + union;
        }
        if (u instanceof UpdateModify modify && modify.getInsertQuads().stream()
                .anyMatch(q -> q.isDefaultGraph() && modify.getWithIRI() == null)) {
            return "INSERT into the default graph is not allowed." + union;
        }
        List<Quad> inserted = u instanceof UpdateDataInsert insert ? insert.getQuads()
                : u instanceof UpdateModify modify ? modify.getInsertQuads() : List.of();
        for (Quad q : inserted) {
            Node o = q.getObject();
            if (o.isLiteral() && o.getLiteralDatatype() != null && !o.getLiteralDatatype().isValid(o.getLiteralLexicalForm())) {
                return "The literal \"" + o.getLiteralLexicalForm() + "\" is not a valid "
                        + o.getLiteralDatatypeURI() + " (an impossible date or amount?); nothing was written.";
            }
        }
        if (u instanceof UpdateBinaryOp op && op.getDest().isDefault()) {
            return "ADD, COPY and MOVE into the default graph are not allowed." + union;
        }
        if (u instanceof UpdateDropClear drop && (drop.isAll() || drop.isAllNamed()) && !account.has(Role.ADMIN)) {
            return "Only ADMIN may drop or clear all graphs; user " + account.name() + " may not.";
        }
        return null;
    }

    /** The role a request needs, none for reading. */
    Optional<Role> neededRole(String method, String path) {
        if (path.startsWith("/$/")) {
            boolean ping = path.equals("/$/ping") && READ_METHODS.contains(method);
            return ping ? Optional.empty() : Optional.of(Role.ADMIN);
        }
        if (path.equals(dataset + "/update")) {
            return Optional.of(Role.WRITER);
        }
        if (READ_METHODS.contains(method)) {
            return Optional.empty();
        }
        // POST to the query endpoints is a query: Fuseki serves no write operation there.
        if (path.equals(dataset) || path.equals(dataset + "/") || path.equals(dataset + "/sparql")
                || path.equals(dataset + "/query")) {
            return Optional.empty();
        }
        return Optional.of(Role.WRITER);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
