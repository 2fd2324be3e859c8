package org.dealgraph.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dealgraph.limits.RequestLimits;
import org.dealgraph.vocab.VOID;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * The SPARQL endpoint as clients meet it, in front of Fuseki's query endpoints ({@code DATASET/sparql} and
 * {@code DATASET/query}, and the dataset itself for queries):
 * <ul>
 *   <li>a GET or HEAD without a query answers the SPARQL 1.1 Service Description of the endpoint, as Turtle,
 *   RDF/XML, JSON-LD or N-Triples by content negotiation (Turtle when any type will do), or as a page for browsers
 *   that shows it and links to the console;</li>
 *   <li>HEAD with a query answers as GET would, without the body;</li>
 *   <li>the protocol's bad requests are refused with 400: more than one query in a request, a query body in
 *   another charset than UTF-8;</li>
 *   <li>the {@code format} (or {@code output}) parameter that clients such as SPARQLWrapper send
 *   ({@code json}, {@code xml}, {@code csv}, {@code tsv}, {@code turtle}, {@code rdf+xml}, {@code json-ld} ...)
 *   chooses the answer's type in place of the Accept header; a name it does not know is a 400 listing them.</li>
 * </ul>
 */
public final class SparqlEndpoint implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The types a description is offered in; Turtle first, for clients that take anything. */
    private static final List<RdfFormat> DESCRIPTION = List.of(RdfFormat.TURTLE, RdfFormat.RDFXML, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.HTML);
    /** The parameters that name the answer's type. */
    private static final Set<String> FORMAT_PARAMETERS = Set.of("format", "output");

    /**
     * What each value of {@code format} asks for: the types in order of preference, a result set's first, a
     * graph's next; the last resort lets a query whose kind has no such form get the endpoint's default.
     */
    private static final Map<String, String> FORMAT_TYPES = formatTypes();

    private static Map<String, String> formatTypes() {
        String json = "application/sparql-results+json, application/ld+json";
        String xml = "application/sparql-results+xml, application/rdf+xml";
        String rdfXml = "application/rdf+xml, application/sparql-results+xml";
        String turtle = "text/turtle";
        String ntriples = "application/n-triples";
        String jsonld = "application/ld+json, application/sparql-results+json";
        Map<String, String> types = new LinkedHashMap<>();
        types.put("json", json);
        types.put("xml", xml);
        types.put("csv", "text/csv");
        types.put("tsv", "text/tab-separated-values");
        types.put("text", "text/plain");
        types.put("turtle", turtle);
        types.put("ttl", turtle);
        types.put("n3", turtle);
        types.put("rdf+xml", rdfXml);
        types.put("rdf", rdfXml);
        types.put("rdfxml", rdfXml);
        types.put("json-ld", jsonld);
        types.put("jsonld", jsonld);
        types.put("nt", ntriples);
        types.put("ntriples", ntriples);
        types.put("n-triples", ntriples);
        return Collections.unmodifiableMap(types);
    }

    private final Set<String> queryPaths;
    private final Set<String> describedPaths;
    private final IntSupplier webPort;

    /**
     * @param dataset the dataset path, e.g. {@code /dealgraph}; its query endpoints are the dataset itself,
     *                {@code sparql} and {@code query} (the dataset's own address without a query is the Graph
     *                Store's, and is left to it)
     * @param webPort the port of the web server, where the console, VoID and pages are
     */
    public SparqlEndpoint(String dataset, IntSupplier webPort) {
        this.queryPaths = org.dealgraph.fuseki.EmbeddedFuseki.queryPaths(dataset);
        this.describedPaths = Set.of(dataset + "/sparql", dataset + "/query");
        this.webPort = webPort;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!queryPaths.contains(request.getRequestURI()) || !(head || "GET".equals(method) || "POST".equals(method))) {
            chain.doFilter(req, res);
            return;
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean direct = "POST".equals(method) && contentType.startsWith("application/sparql-query");
        boolean form = "POST".equals(method) && contentType.startsWith("application/x-www-form-urlencoded");
        if ((direct || form) && !isUtf8(request.getCharacterEncoding())) {
            RequestLimits.send(response, 400, "A query is sent as UTF-8, not " + request.getCharacterEncoding()
                    + "; encode it as UTF-8 and say charset=utf-8, or leave the charset out.");
            return;
        }
        if ("POST".equals(method) && !direct && !form) {
            chain.doFilter(req, res);
            return;
        }
        String[] queries = request.getParameterValues("query");
        int count = (queries == null ? 0 : queries.length) + (direct ? 1 : 0);
        if (count > 1) {
            RequestLimits.send(response, 400, "The request carries " + count + " queries"
                    + (direct ? " (one in the body, others in the URL)" : "") + "; send one query per request.");
            return;
        }
        String formatName = null;
        for (String parameter : FORMAT_PARAMETERS) {
            String[] values = request.getParameterValues(parameter);
            if (values != null && values.length > 0) {
                formatName = values[0].strip();
            }
        }
        String formatTypes = null;
        if (formatName != null && !formatName.isEmpty()) {
            formatTypes = FORMAT_TYPES.get(formatName.toLowerCase(Locale.ROOT));
            if (formatTypes == null && formatName.contains("/")) {
                formatTypes = formatName;
            }
            if (formatTypes == null) {
                RequestLimits.send(response, 400, "The format '" + formatName + "' is not known; use one of "
                        + String.join(", ", FORMAT_TYPES.keySet()) + ", a media type, or the Accept header.");
                return;
            }
        }
        if (count == 0 && !"POST".equals(method) && describedPaths.contains(request.getRequestURI())) {
            describe(request, response, formatTypes, head);
            return;
        }
        HttpServletRequest forward = formatTypes == null && !head ? request
                : new Rewritten(request, formatTypes == null ? null : formatTypes + ", */*;q=0.1", head);
        chain.doFilter(forward, head ? new WithoutBody(response) : response);
    }

    private static boolean isUtf8(String charset) {
        return charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8")
                || charset.equalsIgnoreCase("us-ascii");
    }

    /** Answers the service description in the negotiated form. */
    private void describe(HttpServletRequest request, HttpServletResponse response, String formatTypes, boolean head)
            throws IOException {
        response.setHeader("Vary", "Accept");
        String accept = formatTypes != null ? formatTypes : request.getHeader("Accept");
        Optional<RdfFormat> chosen = Negotiation.choose(accept, DESCRIPTION);
        if (chosen.isEmpty()) {
            RequestLimits.send(response, 406, "The description of this endpoint is available as "
                    + DESCRIPTION.stream().map(f -> f.mediaType().toString()).collect(Collectors.joining(", "))
                    + "; ask for one of these types, or send a query.");
            return;
        }
        String endpoint = request.getRequestURL().toString();
        String web = request.getScheme() + "://" + host(request.getServerName()) + ":" + webPort.getAsInt() + "/";
        Model description = description(endpoint, web);
        byte[] body;
        if (chosen.get() == RdfFormat.HTML) {
            body = page(endpoint, web, description).getBytes(StandardCharsets.UTF_8);
        } else {
            body = chosen.get().write(description, null);
        }
        response.setStatus(200);
        response.setContentType(chosen.get().contentType().toString());
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    private static String host(String name) {
        return name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
    }

    /** The SPARQL 1.1 Service Description of the endpoint at {@code endpoint}. */
    static Model description(String endpoint, String web) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        Property sd = m.createProperty(SD, "endpoint");
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd, m.createResource(endpoint))
                .addProperty(DCTerms.title, "Dealgraph SPARQL endpoint")
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "defaultEntailmentRegime"),
                        m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(RDFS.seeAlso, m.createResource(web + "sparql"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "RDF_XML", "JSON-LD", "N-Triples")) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource dataset = m.createResource(web + ".well-known/void#dataset")
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addProperty(DCTerms.description, "The union of the article graphs."))
                .addProperty(DCTerms.description, "One named graph per article, named by the article's IRI; "
                        + "VoID describes the dataset further.")
                .addProperty(RDFS.seeAlso, m.createResource(web + ".well-known/void"));
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }

    /** The description as a page: what the endpoint is, where the console is, and the description itself. */
    private static String page(String endpoint, String web, Model description) {
        String turtle = new String(RdfFormat.TURTLE.write(description, null), StandardCharsets.UTF_8);
        String console = web + "sparql";
        String body = "<h1>SPARQL endpoint</h1>\n<p>This is the address of Dealgraph's SPARQL 1.1 query endpoint, <code>"
                + Layout.esc(endpoint) + "</code>: send it a query with <code>?query=</code> (GET) or a POST, and "
                + "the answer comes as JSON, XML, CSV or TSV (or Turtle, RDF/XML, JSON-LD for a graph) by "
                + "<code>Accept</code> or <code>format=</code>. The default graph is the union of the article graphs; "
                + "each article's graph is named by its IRI.</p>\n<p><a href=\"" + Layout.esc(console)
                + "\">Open the SPARQL console</a> to write queries here, with examples. The dataset is described "
                + "in <a href=\"" + Layout.esc(web + ".well-known/void") + "\">VoID</a>.</p>\n"
                + "<h2>Service description</h2>\n<pre class=\"text\">" + Layout.esc(turtle) + "</pre>\n";
        return Layout.page("SPARQL endpoint", body, Map.of(), web);
    }

    /** The request with the Accept header a {@code format} parameter asked for, and GET in place of HEAD. */
    private static final class Rewritten extends HttpServletRequestWrapper {
        private final String accept;
        private final boolean head;

        Rewritten(HttpServletRequest request, String accept, boolean head) {
            super(request);
            this.accept = accept;
            this.head = head;
        }

        @Override
        public String getMethod() {
            return head ? "GET" : super.getMethod();
        }

        @Override
        public String getHeader(String name) {
            return accept != null && "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return accept != null && "Accept".equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }

        private boolean hidden(String name) {
            return accept != null && FORMAT_PARAMETERS.contains(name);
        }

        @Override
        public String getParameter(String name) {
            return hidden(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return hidden(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.keySet().removeIf(this::hidden);
            return map;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /** A response whose body is dropped: the answer to a HEAD. */
    private static final class WithoutBody extends HttpServletResponseWrapper {
        private final ServletOutputStream nothing = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking writes only");
            }

            @Override
            public void write(int b) {
            }

            @Override
            public void write(byte[] b, int off, int len) {
            }
        };

        WithoutBody(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return nothing;
        }

        @Override
        public PrintWriter getWriter() {
            return new PrintWriter(nothing, false, StandardCharsets.UTF_8);
        }
    }
}
