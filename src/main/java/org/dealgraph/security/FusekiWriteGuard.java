package org.dealgraph.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.dealgraph.limits.Parsing;
import org.dealgraph.limits.ReplayedRequest;
import org.dealgraph.limits.Utf8;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fuseki's gate: reading is public; the update and read-write Graph Store endpoints need a user with the role
 * WRITER or ADMIN, and the administration paths ({@code /$/...}, except the ping) need ADMIN. Users are the
 * service's {@link Accounts}, checked against their bcrypt hashes over HTTP Basic.
 * <p>
 * What a write may touch is decided from the parsed operation ({@link WriteScope}), whatever the method or
 * encoding it came with. SPARQL Update is served here, not by Fuseki: an update is accepted only as a POST
 * of {@code application/sparql-update} (UTF-8) or of a form with one field {@code update}; it is parsed, checked
 * and then run exactly as checked ({@link CheckedUpdate}), so that nothing but the checked text can ever reach the
 * store. A Graph Store write must name one graph ({@code ?graph=IRI}) and send RDF triples, which are parsed and
 * checked (no ill-typed literal) before Fuseki stores them.
 */
public final class FusekiWriteGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(FusekiWriteGuard.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> GRAPH_STORE_WRITES = Set.of("PUT", "POST", "DELETE");
    /** The syntaxes a Graph Store write may use: plain triples that never make the parser fetch anything. */
    private static final Set<Lang> GRAPH_STORE_LANGS = Set.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML);
    static final String REALM = "dealgraph";

    private final Accounts accounts;
    private final String dataset;
    private final DatasetGraph store;
    private final Runnable changed;

    /**
     * @param dataset the dataset path, e.g. {@code /dealgraph}; its endpoints {@code update} and {@code data}
     *                are the writing ones
     * @param store   the dataset updates run on
     */
    public FusekiWriteGuard(Accounts accounts, String dataset, DatasetGraph store) {
        this(accounts, dataset, store, () -> { });
    }

    /**
     * @param changed told of every write: after an update that ran, around a Graph Store write that was let
     *                through, so that what is derived from the store can be renewed
     */
    public FusekiWriteGuard(Accounts accounts, String dataset, DatasetGraph store, Runnable changed) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.store = Objects.requireNonNull(store, "store");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = path(request);
        Optional<Role> needed = neededRole(request.getMethod(), path);
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
        if (path.equals(dataset + "/update")) {
            update(request, response, account.get());
            return;
        }
        if (path.equals(dataset + "/data") && !READ_METHODS.contains(request.getMethod())) {
            graphStoreWrite(request, response, chain);
            return;
        }
        chain.doFilter(req, res);
    }

    /**
     * Runs a Graph Store write that was checked. The change state is renewed before it (Fuseki may have answered
     * the client by the time it returns, and a client that reads right after must not be told its copy is
     * current) and again after it, so that nothing read while it ran keeps a validator.
     */
    private void write(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        changed.run();
        try {
            chain.doFilter(request, response);
        } finally {
            changed.run();
        }
    }

    /** Serves SPARQL Update: parses the update, checks every operation, runs it as checked. */
    private void update(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Allow", "OPTIONS, POST");
            response.setStatus(200);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "OPTIONS, POST");
            send(response, 405, "SPARQL Update is sent with POST, not " + request.getMethod() + ".");
            return;
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().strip().toLowerCase(Locale.ROOT);
        String text;
        boolean form = false;
        if (contentType.isEmpty()) {
            send(response, 400, "An update needs a Content-Type: application/sparql-update for the update as the body, "
                    + "or application/x-www-form-urlencoded with the field 'update'.");
            return;
        } else if (contentType.startsWith("application/sparql-update")) {
            String charset = request.getCharacterEncoding();
            if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
                send(response, 400, "An update is sent as UTF-8, not " + charset + ".");
                return;
            }
            text = Utf8.decode(request.getInputStream().readAllBytes());
            if (text == null) {
                send(response, 400, "The update is not valid UTF-8; send it encoded as UTF-8.");
                return;
            }
        } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
            String[] updates = request.getParameterValues("update");
            String[] requests = request.getParameterValues("request");
            int count = (updates == null ? 0 : updates.length) + (requests == null ? 0 : requests.length);
            if (count != 1) {
                send(response, 400, count == 0 ? "No update: the form needs the field 'update'."
                        : "The form has " + count + " updates; send one field 'update'.");
                return;
            }
            text = updates != null ? updates[0] : requests[0];
            form = true;
        } else {
            send(response, 415, "An update is sent as application/sparql-update or as a form "
                    + "(application/x-www-form-urlencoded) with the field 'update', not " + request.getContentType() + ".");
            return;
        }
        if (request.getParameter("using-graph-uri") != null || request.getParameter("using-named-graph-uri") != null) {
            send(response, 400, "The parameters using-graph-uri and using-named-graph-uri are not supported; write "
                    + "USING <IRI> in the update.");
            return;
        }
        UpdateRequest update;
        try {
            update = UpdateFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryException e) {
            send(response, 400, "The SPARQL update is malformed: " + Parsing.describe(e));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            send(response, 400, "The SPARQL update cannot be read: " + Parsing.describe(e));
            return;
        }
        for (Update u : update.getOperations()) {
            WriteScope.Refusal refusal = WriteScope.refusal(u, account.has(Role.ADMIN));
            if (refusal != null) {
                send(response, refusal.status(), refusal.message());
                return;
            }
        }
        try {
            CheckedUpdate.run(update, store);
            changed.run();
        } catch (CheckedUpdate.Refused e) {
            send(response, 400, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            send(response, 503, "The update ran out of time (dealgraph.fuseki.query-timeout) while evaluating its "
                    + "WHERE clause; nothing was written.");
            return;
        } catch (QueryException | org.apache.jena.update.UpdateException e) {
            send(response, 400, "The update failed, nothing was written: " + Parsing.describe(e));
            return;
        } catch (RuntimeException e) {
            LOG.error("An update by {} could not be stored", account.name(), e);
            send(response, 503, "The update could not be stored; nothing was written. Try again later.");
            return;
        }
        if (form) {
            send(response, 200, "Update succeeded.");
        } else {
            response.setStatus(204);
        }
    }

    /**
     * Checks a Graph Store write: one named graph that may be written; for PUT and POST, RDF triples in a
     * syntax the server reads, without an ill-typed literal. Lets it through to Fuseki with the body as checked.
     */
    private void graphStoreWrite(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!GRAPH_STORE_WRITES.contains(method)) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS, PUT, POST, DELETE");
            send(response, 405, "The Graph Store is written with PUT, POST or DELETE, not " + method + ".");
            return;
        }
        Lang lang = null;
        if (!"DELETE".equals(method)) {
            // The body's type first: reading the parameters of a body of another type (multipart) would fail.
            String encoding = request.getHeader("Content-Encoding");
            if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
                send(response, 415, "Send the triples uncompressed (no Content-Encoding " + encoding + ").");
                return;
            }
            lang = request.getContentType() == null ? null : RDFLanguages.contentTypeToLang(request.getContentType());
            if (lang == null || !GRAPH_STORE_LANGS.contains(lang)) {
                send(response, 415, "A Graph Store write sends RDF triples as Turtle (text/turtle), N-Triples "
                        + "(application/n-triples) or RDF/XML (application/rdf+xml), not " + request.getContentType() + ".");
                return;
            }
        }
        String graph = request.getParameter("graph");
        if (graph == null || request.getParameter("default") != null
                || request.getParameterValues("graph").length != 1) {
            send(response, 400, "Graph Store writes must name one graph with ?graph=IRI; the default graph is the "
                    + "union of the article graphs and cannot be written.");
            return;
        }
        String iri;
        try {
            iri = IRIx.create(graph).isAbsolute() ? graph : null;
        } catch (IRIException e) {
            iri = null;
        }
        if (iri == null) {
            send(response, 400, "The graph must be an absolute IRI, got '" + abbreviate(graph) + "'.");
            return;
        }
        WriteScope.Refusal refusal = WriteScope.graphRefusal(iri);
        if (refusal != null) {
            send(response, refusal.status(), refusal.message());
            return;
        }
        if ("DELETE".equals(method)) {
            write(request, response, chain);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String invalid;
        try {
            invalid = invalidTriples(body, lang, iri);
        } catch (RiotException e) {
            send(response, 400, "The " + lang.getLabel() + " is malformed: " + e.getMessage());
            return;
        } catch (RuntimeException | StackOverflowError e) {
            send(response, 400, "The " + lang.getLabel() + " cannot be read: " + Parsing.describe(e));
            return;
        }
        if (invalid != null) {
            send(response, 400, invalid);
            return;
        }
        write(new ReplayedRequest(request, body), response, chain);
    }

    /** Why these triples may not be stored, or null. */
    private static String invalidTriples(byte[] body, Lang lang, String base) {
        String[] invalid = {null};
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(base)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        if (invalid[0] == null) {
                            invalid[0] = WriteScope.invalidLiteral(triple.getObject());
                        }
                    }

                    @Override
                    public void quad(Quad quad) {
                        if (invalid[0] == null) {
                            invalid[0] = "A Graph Store write to one graph sends triples, not quads.";
                        }
                    }
                });
        return invalid[0];
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
        if (org.dealgraph.fuseki.EmbeddedFuseki.queryPaths(dataset).contains(path)) {
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

    private static String abbreviate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
