package org.dealgraph.web;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.query.Deal;
import org.dealgraph.query.DealQueries;
import org.dealgraph.store.GraphStore;
import org.dealgraph.support.SeedArticles;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dereferenceable IRIs of the running service (the seed articles in memory): every data format of a resource parses
 * back to the same graph, content negotiation with Vary and Content-Location, 404 and 406.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION})
@ActiveProfiles("memory")
class LinkedDataTest {
    static final String SEED_ID = "000_aeaaa436f013f926";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Lang> DATA = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML, "application/n-triples", Lang.NTRIPLES);
    private static final Map<String, String> SUFFIX = Map.of("text/turtle", "ttl", "application/ld+json", "jsonld",
            "application/rdf+xml", "rdf", "application/n-triples", "nt");

    @LocalServerPort
    int port;

    @Autowired
    Iris iris;

    @Autowired
    DealQueries queries;

    @Autowired
    GraphStore store;

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private Model parse(HttpResponse<String> response, Lang lang, String base) {
        return RDFParser.fromString(response.body(), lang).base(base).toModel();
    }

    private String path(String iri) {
        return iri.substring(iris.base().length() - 1);
    }

    @Test
    void everyDataFormatOfAnEntityParsesBackToTheSameGraph() throws Exception {
        String iri = iris.base() + "id/org/openai";
        Model expected = queries.describe(iri);
        assertFalse(expected.isEmpty());
        for (Map.Entry<String, Lang> format : DATA.entrySet()) {
            for (HttpResponse<String> response : List.of(get("/id/org/openai", format.getKey()),
                    get("/id/org/openai." + SUFFIX.get(format.getKey()), null))) {
                assertEquals(200, response.statusCode(), format.getKey());
                assertTrue(contentType(response).startsWith(format.getKey()), contentType(response));
                Model model = parse(response, format.getValue(), iri);
                assertTrue(model.isIsomorphicWith(expected), format.getKey() + " differs:\n" + response.body());
            }
        }
        Resource openai = expected.getResource(iri);
        assertEquals("OpenAI", openai.getProperty(RDFS.label).getString());
        for (Deal deal : queries.dealsOf(iri)) {
            assertTrue(expected.contains(expected.getResource(deal.iri()), null, openai), deal.iri());
        }
    }

    @Test
    void aDealAndAnArticleServeTheirDataInEveryFormat() throws Exception {
        Deal licence = queries.dealsOf("microsoft").stream().filter(Deal.Licence.class::isInstance).findFirst()
                .orElseThrow();
        Model deal = queries.describe(licence.iri());
        assertTrue(deal.containsResource(deal.getResource(licence.iri() + "#evidence")));
        for (Map.Entry<String, Lang> format : DATA.entrySet()) {
            HttpResponse<String> response = get(path(licence.iri()), format.getKey());
            assertEquals(200, response.statusCode());
            assertTrue(parse(response, format.getValue(), licence.iri()).isIsomorphicWith(deal), format.getKey());
        }

        String article = iris.article(SEED_ID);
        Model graph = ModelFactory.createModelForGraph(store.copyOfGraph(article));
        for (Map.Entry<String, Lang> format : DATA.entrySet()) {
            HttpResponse<String> response = get(path(article) + "." + SUFFIX.get(format.getKey()), null);
            assertEquals(200, response.statusCode());
            assertTrue(parse(response, format.getValue(), article).isIsomorphicWith(graph), format.getKey());
        }
        for (HttpResponse<String> trig : List.of(get(path(article), "application/trig"), get(path(article) + ".trig", null))) {
            assertEquals(200, trig.statusCode());
            assertTrue(contentType(trig).startsWith("application/trig"), contentType(trig));
            DatasetGraph dataset = RDFParser.fromString(trig.body(), Lang.TRIG).toDatasetGraph();
            assertTrue(dataset.getGraph(NodeFactory.createURI(article)).isIsomorphicWith(graph.getGraph()),
                    "the article's graph, named by its IRI");
            assertTrue(dataset.getDefaultGraph().isEmpty());
        }
        assertEquals(406, get(path(licence.iri()), "application/trig").statusCode(), "TriG is for graphs");
    }

    @Test
    void contentNegotiationPicksTheFormatAndSaysWhichDocumentItServed() throws Exception {
        record Case(String accept, String type, String location) {
        }
        for (Case c : List.of(
                new Case("text/html", "text/html", "/id/org/openai.html"),
                new Case("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html", "/id/org/openai.html"),
                new Case("*/*", "text/html", "/id/org/openai.html"),
                new Case(null, "text/html", "/id/org/openai.html"),
                new Case("text/turtle", "text/turtle", "/id/org/openai.ttl"),
                new Case("text/turtle;q=0.5, application/ld+json", "application/ld+json", "/id/org/openai.jsonld"),
                new Case("application/*", "application/ld+json", "/id/org/openai.jsonld"),
                new Case("application/rdf+xml, text/html;q=0.1", "application/rdf+xml", "/id/org/openai.rdf"),
                new Case("application/n-triples", "application/n-triples", "/id/org/openai.nt"),
                new Case("application/json", "application/ld+json", "/id/org/openai.jsonld"),
                new Case("application/json;q=0.9, text/turtle;q=0.5", "application/ld+json", "/id/org/openai.jsonld"),
                new Case("application/json;q=0.4, text/turtle;q=0.5", "text/turtle", "/id/org/openai.ttl"))) {
            HttpResponse<String> response = get("/id/org/openai", c.accept());
            assertEquals(200, response.statusCode(), c.accept());
            assertTrue(contentType(response).startsWith(c.type()), c.accept() + " gave " + contentType(response));
            assertEquals(c.location(), response.headers().firstValue("Content-Location").orElse(null), c.accept());
            assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), c.accept());
        }
        HttpResponse<String> json = get("/id/org/openai", "application/json");
        assertTrue(parse(json, Lang.JSONLD, iris.base() + "id/org/openai").isIsomorphicWith(
                queries.describe(iris.base() + "id/org/openai")), "plain JSON clients get the description as JSON-LD");
        HttpResponse<String> suffixed = get("/id/org/openai.ttl", "text/html");
        assertTrue(contentType(suffixed).startsWith("text/turtle"), "a suffix names the format whatever Accept says");
        assertTrue(suffixed.headers().firstValue("Content-Location").isEmpty());
    }

    @Test
    void anUnacceptableTypeIsA406ThatListsTheFormats() throws Exception {
        HttpResponse<String> response = get("/id/org/openai", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertTrue(response.body().contains("text/turtle") && response.body().contains("/id/org/openai.jsonld"),
                response.body());
        assertEquals(406, get("/id/org/openai", "text/turtle;q=0, image/*").statusCode());
    }

    @Test
    void anUnknownIriIsAHelpfulNotFoundPage() throws Exception {
        for (String path : List.of("/id/org/openai-inc", "/id/org/openai-inc.ttl", "/deal/none/licence-0000000000",
                "/article/no-such-article", "/id/spaceship/openai")) {
            HttpResponse<String> response = get(path, "text/turtle");
            assertEquals(404, response.statusCode(), path);
            assertTrue(contentType(response).startsWith("text/html"), path);
            assertTrue(response.body().contains("Not found") && response.body().contains("name=\"q\""), path);
        }
        HttpResponse<String> suggested = get("/id/org/openai-inc", "text/html");
        assertTrue(suggested.body().contains("href=\"/id/org/openai\""), "suggests OpenAI:\n" + suggested.body());

        HttpResponse<String> hostile = get("/id/org/%3Cscript%3Ealert(1)", "text/html");
        assertEquals(404, hostile.statusCode());
        assertFalse(hostile.body().contains("<script"), hostile.body());
    }

    @Test
    void dataDocumentsAllowCrossOriginReads() throws Exception {
        for (String path : List.of("/id/org/openai.ttl", "/ontology", "/.well-known/void", "/api/search?q=open")) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Origin", "http://elsewhere.example").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/id/org/openai")).header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "accept")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
    }

    /** The href of every link of a page that points into the service. */
    static List<String> localLinks(String html) {
        Matcher m = Pattern.compile("href=\"(/[^\"#]*)").matcher(html);
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
