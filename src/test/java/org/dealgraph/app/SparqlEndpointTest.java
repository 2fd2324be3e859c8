package org.dealgraph.app;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SPARQL endpoint as clients meet it: its service description at its address (by content negotiation, and as
 * a page for browsers), HEAD, the SPARQL 1.1 protocol's bad requests, and the {@code format} parameter clients
 * such as SPARQLWrapper send. Same service as {@link ServiceTest}, so that both share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.fuseki.query-timeout=3s",
                "dealgraph.articles.location=" + ServiceTest.SEED})
@ActiveProfiles("memory")
class SparqlEndpointTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String SELECT = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    static final String CONSTRUCT = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3";

    @LocalServerPort
    int webPort;

    @Autowired
    EmbeddedFuseki fuseki;

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Resource service(Model description) {
        List<Resource> services = description.listResourcesWithProperty(RDF.type, description.createResource(SD + "Service"))
                .toList();
        assertEquals(1, services.size(), "one sd:Service");
        return services.getFirst();
    }

    @Test
    void theEndpointDescribesItselfByContentNegotiation() throws Exception {
        Map<String, Lang> formats = Map.of("text/turtle", Lang.TURTLE, "application/rdf+xml", Lang.RDFXML,
                "application/ld+json", Lang.JSONLD, "application/n-triples", Lang.NTRIPLES);
        Model turtle = null;
        for (String url : List.of(fuseki.sparqlUrl(), fuseki.datasetUrl() + "/query")) {
            for (Map.Entry<String, Lang> format : formats.entrySet()) {
                HttpResponse<String> response = get(url, format.getKey());
                assertEquals(200, response.statusCode(), url + " " + format.getKey() + ": " + response.body());
                assertTrue(contentType(response).startsWith(format.getKey()), contentType(response));
                assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
                Model model = RDFParser.fromString(response.body(), format.getValue()).base(url).toModel();
                Resource service = service(model);
                assertEquals(url, service.getPropertyResourceValue(model.createProperty(SD, "endpoint")).getURI());
                assertTrue(service.hasProperty(model.createProperty(SD, "supportedLanguage"),
                        model.createResource(SD + "SPARQL11Query")));
                for (String result : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                        "SPARQL_Results_TSV", "Turtle", "RDF_XML", "JSON-LD")) {
                    assertTrue(service.hasProperty(model.createProperty(SD, "resultFormat"),
                            model.createResource(FORMATS + result)), result);
                }
                assertTrue(service.hasProperty(model.createProperty(SD, "feature"),
                        model.createResource(SD + "UnionDefaultGraph")));
                if (url.equals(fuseki.sparqlUrl()) && format.getValue() == Lang.TURTLE) {
                    turtle = model;
                }
            }
        }
        // Machines that ask for anything get Turtle.
        for (String accept : new String[] {null, "*/*"}) {
            HttpResponse<String> any = get(fuseki.sparqlUrl(), accept);
            assertEquals(200, any.statusCode());
            assertTrue(contentType(any).startsWith("text/turtle"), contentType(any));
            assertTrue(RDFParser.fromString(any.body(), Lang.TURTLE).toModel().isIsomorphicWith(turtle));
        }
        assertEquals(406, get(fuseki.sparqlUrl(), "image/png").statusCode());
    }

    @Test
    void aBrowserGetsAPageLinkingToTheConsole() throws Exception {
        HttpResponse<String> page = get(fuseki.sparqlUrl(),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"), contentType(page));
        String console = "http://localhost:" + webPort + "/sparql";
        assertTrue(page.body().contains("href=\"" + console + "\""), page.body());
        assertTrue(page.body().contains("sd:SPARQL11Query"), "shows the description:\n" + page.body());
        HttpResponse<String> linked = get(console, "text/html");
        assertEquals(200, linked.statusCode());
        assertTrue(linked.body().contains("SPARQL console"));
    }

    @Test
    void headAnswersLikeGet() throws Exception {
        for (String url : List.of(fuseki.sparqlUrl(), fuseki.sparqlUrl() + "?query=" + encode("ASK {}"))) {
            HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(url))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, head.statusCode(), url);
            assertTrue(head.body().isEmpty());
            assertTrue(!contentType(head).isEmpty(), url);
        }
    }

    @Test
    void theProtocolsBadRequestsAreRefused() throws Exception {
        // Two queries in one request (W3C protocol test bad_multiple_queries).
        HttpResponse<String> two = get(fuseki.sparqlUrl() + "?query=" + encode("ASK {}") + "&query="
                + encode("SELECT * {}"), "application/sparql-results+json");
        assertEquals(400, two.statusCode(), two.body());
        HttpResponse<String> twoInForm = send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode("ASK {}") + "&query=" + encode("ASK {}")))
                .build());
        assertEquals(400, twoInForm.statusCode(), twoInForm.body());
        HttpResponse<String> urlAndBody = send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl() + "?query="
                        + encode("ASK {}"))).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * {}")).build());
        assertEquals(400, urlAndBody.statusCode(), urlAndBody.body());

        // A query sent directly in another charset than UTF-8 (W3C protocol test bad_query_non_utf8).
        for (String charset : List.of("UTF-16", "ISO-8859-1")) {
            HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query; charset=" + charset)
                    .POST(HttpRequest.BodyPublishers.ofByteArray("ASK {}".getBytes(charset))).build());
            assertEquals(400, other.statusCode(), charset + ": " + other.body());
            assertTrue(other.body().contains("UTF-8"), other.body());
        }
        HttpResponse<String> utf8 = send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl()))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertEquals(200, utf8.statusCode(), utf8.body());
    }

    @Test
    void theFormatParameterOfPopularClientsIsHonoured() throws Exception {
        record Case(String query, String format, String type) {
        }
        // What SPARQLWrapper sends for its return formats (with an Accept header of its own, which format overrides).
        for (Case c : List.of(
                new Case(SELECT, "json", "application/sparql-results+json"),
                new Case(SELECT, "xml", "application/sparql-results+xml"),
                new Case(SELECT, "csv", "text/csv"),
                new Case(SELECT, "tsv", "text/tab-separated-values"),
                new Case(CONSTRUCT, "turtle", "text/turtle"),
                new Case(CONSTRUCT, "xml", "application/rdf+xml"),
                new Case(CONSTRUCT, "rdf+xml", "application/rdf+xml"),
                new Case(CONSTRUCT, "json-ld", "application/ld+json"),
                new Case(CONSTRUCT, "n3", "text/turtle"),
                new Case(CONSTRUCT, "nt", "application/n-triples"))) {
            HttpResponse<String> response = get(fuseki.sparqlUrl() + "?query=" + encode(c.query()) + "&format="
                    + encode(c.format()), "application/sparql-results+xml, application/rdf+xml, */*;q=0.1");
            assertEquals(200, response.statusCode(), c + ": " + response.body());
            assertTrue(contentType(response).startsWith(c.type()), c + " gave " + contentType(response));
        }
        HttpResponse<String> unknown = get(fuseki.sparqlUrl() + "?query=" + encode(SELECT) + "&format=png", null);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("json"), "lists the formats: " + unknown.body());
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(CONSTRUCT) + "&format=rdf%2Bxml")).build());
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(contentType(posted).startsWith("application/rdf+xml"), contentType(posted));
    }
}
