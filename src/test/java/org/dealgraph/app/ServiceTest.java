package org.dealgraph.app;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.support.CompetencyQuestions;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running service on random ports, with the seed article loaded into an in-memory store: the competency
 * questions over HTTP, the SPARQL protocol, no write without credentials, health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.fuseki.query-timeout=3s",
                "dealgraph.articles.location=" + ServiceTest.SEED})
@ActiveProfiles("memory")
class ServiceTest {
    static final String SEED_ID = "000_aeaaa436f013f926";
    /** The competency questions' expected answers are those of the seed article alone. */
    static final String SEED = "data/articles/" + SEED_ID + ".txt";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int webPort;

    @Autowired
    EmbeddedFuseki fuseki;

    @Autowired
    Iris iris;

    static Stream<Path> competencyQuestions() {
        return CompetencyQuestions.queries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("competencyQuestions")
    void everyCompetencyQuestionIsAnsweredOverHttp(Path rq) throws Exception {
        String query = Files.readString(rq);
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(fuseki.sparqlUrl()).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<String> differences = CompetencyQuestions.compare(rq, rs);
            assertTrue(differences.isEmpty(), rq + ":\n" + String.join("\n", differences));
        }
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String queryUrl(String query) {
        return fuseki.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void theSparqlEndpointSpeaksEveryStandardResultFormat() throws Exception {
        String url = queryUrl("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
        for (String type : List.of("application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values")) {
            HttpResponse<String> response = get(url, type);
            assertEquals(200, response.statusCode(), type);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type), type);
            assertTrue(response.body().contains(iris.article(SEED_ID)), type + ": " + response.body());
        }
    }

    @Test
    void queriesCanBePosted() throws Exception {
        String form = "query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("true"), response.body());

        HttpResponse<String> direct = HTTP.send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, direct.statusCode());
    }

    @Test
    void anArticleGraphCanBeReadThroughTheGraphStoreProtocol() throws Exception {
        String graph = iris.article(SEED_ID);
        HttpResponse<String> response = get(fuseki.datasetUrl() + "/get?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = RDFParser.fromString(response.body(), Lang.TURTLE).toModel();
        assertTrue(model.size() > 50, "triples: " + model.size());
    }

    @Test
    void thereIsNoWayToWrite() throws Exception {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        for (String endpoint : List.of("/update", "", "/sparql")) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() >= 400, endpoint + " answered " + response.statusCode());
        }
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "PUT answered " + put.statusCode());
        HttpResponse<String> ask = get(queryUrl("ASK { <urn:x:s> ?p ?o }"), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    /**
     * A refused write must leave its connection usable or say it closes it: a client that keeps connections
     * alive (as this one does) sends its next request on the same connection, and a POST is not retried.
     */
    @Test
    void refusedWritesLeaveTheConnectionUsable() throws Exception {
        String padding = "# " + "x".repeat(200_000) + "\n";
        String update = padding + "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        for (int i = 0; i < 40; i++) {
            for (String endpoint : List.of("/update", "", "/sparql", "/data?graph=urn:x:g")) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + endpoint))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(response.statusCode() >= 400, endpoint + " answered " + response.statusCode());
            }
        }
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeout() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        QueryFactory.create(query);
        long start = System.nanoTime();
        HttpResponse<String> response = get(queryUrl(query), "application/sparql-results+json");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(response.statusCode() >= 500, "status " + response.statusCode() + ": " + response.body());
        assertTrue(seconds < 60, "took " + seconds + " s");
    }

    @Test
    void aMalformedQueryIsABadRequestWithTheParsersMessage() throws Exception {
        HttpResponse<String> response = get(queryUrl("SELECT ?x WHERE { ?x "), "application/sparql-results+json");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().toLowerCase().contains("line"), response.body());
    }

    @Test
    void healthReportsTheStoreAndTheEndpoint() throws Exception {
        HttpResponse<String> response = get("http://localhost:" + webPort + "/actuator/health", "application/json");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains(fuseki.sparqlUrl()), response.body());
    }
}
