package org.dealgraph.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.dealgraph.support.SeedArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crawler over the running service (the seed articles and a handful of news articles in memory, the base IRI being
 * the service's own address, so that the graph's IRIs resolve). Breadth-first from the home page it follows every
 * same-origin link of every HTML page ({@code a href}, {@code link href}, {@code script src}, {@code img src}) and
 * redirect, every document a {@code Content-Location} or {@code Link} header names (in the type the link gives),
 * dereferences every IRI under the base that the dump names (subject, object or graph), as HTML and as
 * Turtle, and follows every IRI on the service's origins that an RDF answer names, as a linked-data client would (its
 * {@code Accept} preferring Turtle). {@code -Dcrawl.articles=data/articles} crawls the whole shipped corpus instead
 * (with {@code -Dcrawl.requests=N} and {@code -Dcrawl.seconds=N} to raise the bounds). Every answer must be a success or a redirect (but for the one documented kind of 404, {@link
 * #ONLY_IN_REFERENCE}), no page may be a framework's default page, every HTML page
 * has a title, every RDF answer parses in the type it declares and every JSON answer parses. The crawl is bounded in
 * requests and time, and must finish within both.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"dealgraph.fuseki.port=0", CrawlerTest.ARTICLES})
@ActiveProfiles("memory")
class CrawlerTest {
    /** The seed articles and a few news articles of different kinds of deal. */
    static final String ARTICLES = SeedArticles.LOCATION
            + ",data/articles/news/news-10-ibm-red-hat.md"
            + ",data/articles/news/news-116-huawei-ericsson-cross-licence.md"
            + ",data/articles/news/news-171-ftc-sues-amazon-monopoly.md"
            + ",data/articles/news/news-179-canva-40-billion-valuation.md"
            + ",data/articles/news/news-216-red-hat-cormier-ceo-ibm.md"
            + ",data/articles/news/news-218-lg-magna-e-powertrain-jv.md";
    static final int PORT = freePort();
    static final String ORIGIN = "http://localhost:" + PORT;
    static final int MAX_REQUESTS = Integer.getInteger("crawl.requests", 4000);
    static final Duration MAX_TIME = Duration.ofSeconds(Integer.getInteger("crawl.seconds", 240));
    /** What a browser sends when following a link. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** What a linked-data client sends when following an IRI it read in data. */
    static final String DATA_CLIENT = "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,*/*;q=0.1";
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern LINK = Pattern.compile(
            "<(a|link|script|img)\\b[^>]*?\\s(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE = Pattern.compile("<base\\b[^>]*?\\shref\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_HEADER = Pattern.compile("<([^>]*)>([^<]*)");
    private static final Pattern LINK_TYPE = Pattern.compile(";\\s*type=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*\\S[^<]*)</title>", Pattern.CASE_INSENSITIVE);
    /** Default error pages of the frameworks underneath: Spring Boot's, Tomcat's, Jetty's. */
    private static final List<String> DEFAULT_PAGES = List.of("whitelabel error page", "apache tomcat/",
            "<h1>http status", "powered by jetty", "there was an unexpected error");

    /**
     * The one kind of error answer the crawl may meet, with its reason. The reference graph states the Wikidata items
     * and websites of every entity of the reference list, also of those no article names yet; such an IRI is in the
     * dump (as the subject of those links) but the service has no page or description of it, and answers 404 until an
     * article names it (README, "Links out"). A 404 is allowed for an IRI that the dump names in the reference graph
     * and in no other graph, asked for because the dump names it, and for nothing else (a page linking to such an
     * IRI is a broken link); every other error answer is a problem.
     */
    static final String ONLY_IN_REFERENCE = "an entity of the reference list that no article names (404 by design)";

    @Autowired
    EmbeddedFuseki fuseki;

    @DynamicPropertySource
    static void ownAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("dealgraph.base-iri", () -> ORIGIN + "/");
        String articles = System.getProperty("crawl.articles");
        if (articles != null) {
            registry.add("dealgraph.articles.location", () -> articles);
        }
    }

    static final String FROM_DUMP = "the dump";

    record Request(String url, String accept, String from) {
    }

    @Test
    void everyLinkAndEveryIriOfTheGraphAnswersWellFormed() throws Exception {
        Crawl crawl = new Crawl();
        crawl.add(ORIGIN + "/", BROWSER, "start");
        crawl.headersOnlyNew = !Boolean.getBoolean("crawl.all-headers");
        crawl.run();
        assertTrue(crawl.dumpIris > 0, "the dump was crawled and named IRIs under the base");
        crawl.report();
        assertTrue(crawl.queue.isEmpty(), "the crawl did not finish within " + MAX_REQUESTS + " requests and "
                + MAX_TIME + "; " + crawl.queue.size() + " left");
        assertTrue(crawl.problems.isEmpty(), crawl.problems.size() + " problems:\n" + String.join("\n", crawl.problems));
        assertTrue(crawl.html > 10 && crawl.rdf > 10, "pages and data were crawled");
    }

    @Test
    void theCrawlerFindsABrokenLink() throws Exception {
        Crawl crawl = new Crawl();
        crawl.add(ORIGIN + "/nothing/here", BROWSER, "a broken link");
        crawl.add(ORIGIN + "/id/org/openai", "text/turtle", "a good one");
        crawl.followLinks = false;
        crawl.run();
        assertEquals(1, crawl.problems.size(), String.join("\n", crawl.problems));
        assertTrue(crawl.problems.get(0).contains("404") && crawl.problems.get(0).contains("/nothing/here"),
                crawl.problems.get(0));
    }

    final class Crawl {
        final Deque<Request> queue = new ArrayDeque<>();
        final Set<String> seen = new LinkedHashSet<>();
        final Set<String> urls = new LinkedHashSet<>();
        /** Whether documents named by headers are asked for only when their URL was not asked for at all. */
        boolean headersOnlyNew = true;
        final List<String> problems = new ArrayList<>();
        final Set<String> offSite = new TreeSet<>();
        /** The service's own origins: the web server's and the SPARQL endpoint's. */
        final List<String> origins = List.of(ORIGIN + "/", "http://localhost:" + fuseki.port() + "/");
        /** The IRIs under the base that the dump names in the reference graph and in no other. */
        final Set<String> onlyInReference = new TreeSet<>();
        final List<String> expected = new ArrayList<>();
        final Map<String, Integer> types = new TreeMap<>();
        boolean followLinks = true;
        int requests;
        int html;
        int rdf;
        int json;
        int other;
        int redirects;
        int dumpIris;
        long started;
        long elapsed;

        void add(String url, String accept, String from) {
            String key = accept + " " + url;
            urls.add(url);
            if (seen.add(key)) {
                queue.add(new Request(url, accept, from));
            }
        }

        void run() throws Exception {
            started = System.nanoTime();
            long deadline = started + MAX_TIME.toNanos();
            while (!queue.isEmpty() && requests < MAX_REQUESTS && System.nanoTime() < deadline) {
                visit(queue.poll());
            }
            elapsed = System.nanoTime() - started;
        }

        void report() {
            System.out.printf(Locale.ROOT, "CRAWL requests=%d html=%d rdf=%d json=%d other=%d redirects=%d "
                            + "dump-iris=%d only-in-reference=%d expected-404=%d seconds=%.1f problems=%d types=%s off-site=%s%n",
                    requests, html, rdf, json, other, redirects, dumpIris, onlyInReference.size(), expected.size(),
                    elapsed / 1e9, problems.size(), types, offSite);
        }

        void visit(Request request) throws Exception {
            requests++;
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(request.url()))
                    .header("Accept", request.accept()).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            String where = status + " " + request.url() + " (Accept: " + request.accept() + ", from "
                    + request.from() + ")";
            if (status == 404 && onlyInReference.contains(request.url()) && request.from().equals(FROM_DUMP)) {
                expected.add(where + ": " + ONLY_IN_REFERENCE);
            } else if (status >= 400) {
                problems.add(where);
            }
            if (status >= 300 && status < 400) {
                redirects++;
                response.headers().firstValue("Location").ifPresentOrElse(
                        location -> follow(request.url(), location, request.accept(), request.url()),
                        () -> problems.add(where + ": a redirect without Location"));
                return;
            }
            String type = response.headers().firstValue("Content-Type").orElse("")
                    .split(";")[0].trim().toLowerCase(Locale.ROOT);
            types.merge(type + " " + status, 1, Integer::sum);
            if (followLinks) {
                headers(request, response);
            }
            byte[] body = response.body();
            if (request.accept().equals("text/turtle") && status < 300 && !type.equals("text/turtle")) {
                problems.add(where + ": answered " + type + " to a client that asked for Turtle only");
            }
            if (type.isEmpty() && body.length > 0) {
                problems.add(where + ": a body without Content-Type");
            }
            String text = textual(type) ? new String(body, StandardCharsets.UTF_8) : "";
            String lower = type.contains("javascript") || type.equals("text/css") ? ""
                    : text.toLowerCase(Locale.ROOT);
            for (String mark : DEFAULT_PAGES) {
                if (lower.contains(mark)) {
                    problems.add(where + ": a framework's default page (" + mark + ")");
                }
            }
            Lang lang = RDFLanguages.contentTypeToLang(type);
            if (type.equals("text/html")) {
                html++;
                if (!TITLE.matcher(text).find()) {
                    problems.add(where + ": a page without a title");
                }
                if (followLinks) {
                    links(request.url(), text);
                }
            } else if (type.equals("application/json") || type.endsWith("+json") && lang == null) {
                json++;
                try {
                    JSON.parseAny(text);
                } catch (RuntimeException e) {
                    problems.add(where + ": does not parse as JSON: " + e.getMessage());
                }
            } else if (lang != null && RDFLanguages.isQuads(lang) || lang != null && RDFLanguages.isTriples(lang)) {
                rdf++;
                try {
                    DatasetGraph data = RDFParser.fromString(text, lang).base(request.url()).toDatasetGraph();
                    if (followLinks && status < 300) {
                        iris(data, request.url());
                    }
                } catch (RuntimeException e) {
                    problems.add(where + ": does not parse as " + lang.getName() + ": " + e.getMessage());
                }
            } else if (type.equals("application/gzip") && request.url().endsWith(".nq.gz")) {
                rdf++;
                dump(where, body);
            } else {
                other++;
            }
        }

        /** Every IRI under the base that the dump names, as a subject, an object or a graph, as HTML and as Turtle. */
        void dump(String where, byte[] body) {
            DatasetGraph dataset;
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                dataset = RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph();
            } catch (IOException | RuntimeException e) {
                problems.add(where + ": does not parse as gzipped N-Quads: " + e);
                return;
            }
            Map<String, Set<String>> graphs = new TreeMap<>();
            for (Iterator<Quad> quads = dataset.find(); quads.hasNext(); ) {
                Quad quad = quads.next();
                for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getObject())) {
                    if (node.isURI() && node.getURI().startsWith(ORIGIN + "/")) {
                        String iri = node.getURI();
                        graphs.computeIfAbsent(iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri,
                                k -> new TreeSet<>()).add(quad.getGraph().getURI());
                    }
                }
            }
            graphs.forEach((iri, in) -> {
                if (in.equals(Set.of(GraphStore.REFERENCE_GRAPH))) {
                    onlyInReference.add(iri);
                }
            });
            Set<String> iris = graphs.keySet();
            dumpIris = Math.max(dumpIris, iris.size());
            for (String iri : iris) {
                add(iri, "text/html", FROM_DUMP);
                add(iri, "text/turtle", FROM_DUMP);
            }
        }

        /**
         * The documents a response's headers name: its {@code Content-Location}, asked for as the request was, and
         * each {@code Link} target, asked for in the type the link gives; to keep the crawl short, only those whose
         * URL the crawl has not asked for otherwise (the pages' alternate links name the same documents).
         */
        void headers(Request request, HttpResponse<?> response) {
            response.headers().firstValue("Content-Location").ifPresent(location -> {
                if (!headersOnlyNew || !urls.contains(URI.create(request.url()).resolve(location).toString())) {
                    follow(request.url(), location, request.accept(), request.url() + " (Content-Location)");
                }
            });
            for (String value : response.headers().allValues("Link")) {
                Matcher link = LINK_HEADER.matcher(value);
                while (link.find()) {
                    Matcher type = LINK_TYPE.matcher(link.group(2));
                    if (!headersOnlyNew || !urls.contains(URI.create(request.url()).resolve(link.group(1)).toString())) {
                        follow(request.url(), link.group(1), type.find() ? type.group(1) : BROWSER,
                                request.url() + " (Link)");
                    }
                }
            }
        }

        /** Every IRI on the service's origins that an RDF answer names, as a linked-data client follows it. */
        void iris(DatasetGraph data, String url) {
            for (Iterator<Quad> quads = data.find(); quads.hasNext(); ) {
                Quad quad = quads.next();
                for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject())) {
                    if (node.isURI()) {
                        follow(url, node.getURI(), DATA_CLIENT, url);
                    }
                }
            }
        }

        void links(String url, String page) {
            Matcher base = BASE.matcher(page);
            URI against = URI.create(url);
            if (base.find()) {
                against = against.resolve(HtmlUtils.htmlUnescape(base.group(1)));
            }
            Matcher link = LINK.matcher(page);
            while (link.find()) {
                String href = HtmlUtils.htmlUnescape(link.group(3) != null ? link.group(3) : link.group(4)).trim();
                follow(against.toString(), href, BROWSER, url);
            }
        }

        void follow(String from, String href, String accept, String page) {
            if (href.isEmpty() || href.startsWith("#") || href.matches("(?i)(data|javascript|mailto|tel):.*")) {
                return;
            }
            URI target;
            try {
                target = URI.create(from).resolve(href.replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                problems.add("a link that is not a URI on " + page + ": " + href);
                return;
            }
            String url = target.toString();
            if (url.contains("#")) {
                url = url.substring(0, url.indexOf('#'));
            }
            if (origins.stream().anyMatch(url::startsWith)) {
                add(url, accept, page);
            } else if (target.getHost() != null) {
                offSite.add(target.getScheme() + "://" + target.getAuthority());
            }
        }
    }

    private static boolean textual(String type) {
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("turtle")
                || type.contains("n-triples") || type.contains("n-quads") || type.contains("trig")
                || type.contains("javascript");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
