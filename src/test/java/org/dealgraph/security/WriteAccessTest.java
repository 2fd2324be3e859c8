package org.dealgraph.security;

import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.dealgraph.security.Http.ADMIN;
import static org.dealgraph.security.Http.ADMIN_PASSWORD;
import static org.dealgraph.security.Http.WRITER;
import static org.dealgraph.security.Http.WRITER_PASSWORD;
import static org.dealgraph.security.Http.basic;
import static org.dealgraph.security.Http.encode;
import static org.dealgraph.security.Http.get;
import static org.dealgraph.security.Http.post;
import static org.dealgraph.security.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may write: reading is public on both servers; uploads, SPARQL Update and Graph Store writes need a
 * configured user with a bcrypt-hashed password; Fuseki administration needs ADMIN.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.articles.location=" + WriteAccessTest.SEED})
@ActiveProfiles("memory")
class WriteAccessTest {
    static final String SEED = "data/articles/000_aeaaa436f013f926.txt";
    static final String ARTICLE = """
            Acme invests $5 million in Beta Labs
            Published: 2026-03-02

            Acme Corp said on Monday it would invest $5 million in Beta Labs, a robotics start-up.

            Source: Test Wire
            """;

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        Http.addUser(registry, 0, WRITER, WRITER_PASSWORD, "WRITER");
        Http.addUser(registry, 1, ADMIN, ADMIN_PASSWORD, "ADMIN");
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedFuseki fuseki;
    @Autowired
    GraphStore store;
    @Autowired
    Iris iris;

    private String web(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> ask(String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl() + "?query=" + encode(query)))
                .header("Accept", "application/sparql-results+json").GET().build());
    }

    @Test
    void readingNeedsNoCredentials() throws Exception {
        for (String path : List.of("/", "/sparql", "/ontology", "/api/search?q=OpenAI", "/actuator/health",
                "/.well-known/void")) {
            HttpResponse<String> response = get(web(path));
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        }
        assertEquals(200, ask("ASK { ?s ?p ?o }").statusCode());
        assertEquals(200, post(fuseki.sparqlUrl(), "application/sparql-query", "ASK { ?s ?p ?o }", null).statusCode());
        assertEquals(200, get(fuseki.datasetUrl() + "/get?graph=" + encode(store.graphNames().getFirst())).statusCode());
        assertEquals(200, get(fuseki.datasetUrl() + "/data?graph=" + encode(store.graphNames().getFirst())).statusCode());
    }

    @Test
    void uploadingAnArticleNeedsAWriter() throws Exception {
        String url = web("/api/articles?id=acme-beta-upload");
        HttpResponse<String> anonymous = post(url, "text/plain", ARTICLE, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, post(url, "text/plain", ARTICLE, basic(WRITER, "wrong")).statusCode());
        assertFalse(store.containsGraph(iris.article("acme-beta-upload")));

        HttpResponse<String> crossOrigin = send(post(url, "text/plain", ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                basic(WRITER, WRITER_PASSWORD)).header("Origin", "http://evil.example").build());
        assertEquals(403, crossOrigin.statusCode(), "a page elsewhere cannot upload with the browser's credentials");
        assertFalse(store.containsGraph(iris.article("acme-beta-upload")));

        HttpResponse<String> created = post(url, "text/plain", ARTICLE, basic(WRITER, WRITER_PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"facts\":[{"), created.body());
        assertTrue(created.body().contains("Beta Labs"), created.body());
        assertTrue(store.containsGraph(iris.article("acme-beta-upload")));

        HttpResponse<String> again = post(url, "text/plain", ARTICLE, basic(ADMIN, ADMIN_PASSWORD));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(201, post(url + "&replace=true", "text/plain", ARTICLE, basic(ADMIN, ADMIN_PASSWORD)).statusCode());
        store.removeGraph(iris.article("acme-beta-upload"));
    }

    @Test
    void otherWritesOnTheWebServerNeedAnAdministrator() throws Exception {
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(web("/api/articles?id=x")))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).header("Authorization", basic(WRITER, WRITER_PASSWORD))
                .build());
        assertEquals(403, put.statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(web("/api/search?q=x"))).DELETE().build()).statusCode());
    }

    @Test
    void sparqlUpdateNeedsAWriterAndStaysInNamedGraphs() throws Exception {
        String update = fuseki.datasetUrl() + "/update";
        String insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"o\" } }";
        long before = store.changeState().version();
        assertEquals(401, post(update, "application/sparql-update", insert, null).statusCode());
        assertEquals(401, post(update, "application/sparql-update", insert, basic(WRITER, "nope")).statusCode());
        assertEquals(401, post(update, "application/sparql-update", insert, basic("nobody", WRITER_PASSWORD)).statusCode());
        assertTrue(ask("ASK { <urn:test:s> ?p ?o }").body().contains("false"));
        assertEquals(before, store.changeState().version(), "a refused write leaves the change state as it was");

        HttpResponse<String> done = post(update, "application/sparql-update", insert, basic(WRITER, WRITER_PASSWORD));
        assertTrue(done.statusCode() == 200 || done.statusCode() == 204, done.statusCode() + " " + done.body());
        assertTrue(store.changeState().version() > before, "an update renews the change state (ETags)");
        assertTrue(ask("ASK { <urn:test:s> ?p ?o }").body().contains("true"));
        HttpResponse<String> form = post(update, "application/x-www-form-urlencoded",
                "update=" + encode("DELETE DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"o\" } }"),
                basic(WRITER, WRITER_PASSWORD));
        assertTrue(form.statusCode() < 300, form.statusCode() + " " + form.body());
        assertTrue(ask("ASK { <urn:test:s> ?p ?o }").body().contains("false"));

        for (String refused : List.of("INSERT DATA { <urn:test:s> <urn:test:p> \"o\" }",
                "LOAD <file:///etc/passwd> INTO GRAPH <urn:test:g>",
                "INSERT { ?s <urn:test:p> 1 } WHERE { ?s ?p ?o }",
                "COPY GRAPH <urn:test:g> TO DEFAULT")) {
            HttpResponse<String> response = post(update, "application/sparql-update", refused, basic(WRITER, WRITER_PASSWORD));
            assertEquals(400, response.statusCode(), refused + ": " + response.body());
        }
        HttpResponse<String> crossOrigin = send(post(update, "application/sparql-update",
                insert.getBytes(java.nio.charset.StandardCharsets.UTF_8), basic(WRITER, WRITER_PASSWORD))
                .header("Origin", "http://evil.example").build());
        assertEquals(403, crossOrigin.statusCode(), "a page elsewhere cannot write with the browser's credentials");
        assertTrue(ask("ASK { <urn:test:s> ?p ?o }").body().contains("false"));
        HttpResponse<String> dropAll = post(update, "application/sparql-update", "DROP ALL", basic(WRITER, WRITER_PASSWORD));
        assertEquals(403, dropAll.statusCode(), dropAll.body());
        assertFalse(store.isEmpty());
    }

    @Test
    void theQueryEndpointsAcceptNoUpdates() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:test:q> { <urn:test:q> <urn:test:p> 1 } }";
        for (String endpoint : List.of(fuseki.sparqlUrl(), fuseki.datasetUrl(), fuseki.datasetUrl() + "/query")) {
            HttpResponse<String> response = post(endpoint, "application/sparql-update", insert, basic(ADMIN, ADMIN_PASSWORD));
            assertTrue(response.statusCode() >= 400, endpoint + " answered " + response.statusCode());
        }
        assertTrue(ask("ASK { <urn:test:q> ?p ?o }").body().contains("false"));
    }

    @Test
    void graphStoreWritesNeedAWriterAndANamedGraph() throws Exception {
        String graph = fuseki.datasetUrl() + "/data?graph=" + encode("urn:test:gsp");
        String turtle = "<urn:test:gsp> <urn:test:p> <urn:test:o> .";
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(graph)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
        assertEquals(401, send(put.build()).statusCode());
        long before = store.changeState().version();
        HttpResponse<String> written = send(put.header("Authorization", basic(WRITER, WRITER_PASSWORD)).build());
        assertTrue(store.changeState().version() > before, "a Graph Store write renews the change state (ETags)");
        assertTrue(written.statusCode() == 200 || written.statusCode() == 201 || written.statusCode() == 204,
                written.statusCode() + " " + written.body());
        assertTrue(store.containsGraph("urn:test:gsp"));

        HttpResponse<String> deleteAnonymous = send(HttpRequest.newBuilder(URI.create(graph)).DELETE().build());
        assertEquals(401, deleteAnonymous.statusCode());
        HttpResponse<String> deleted = send(HttpRequest.newBuilder(URI.create(graph)).DELETE()
                .header("Authorization", basic(WRITER, WRITER_PASSWORD)).build());
        assertTrue(deleted.statusCode() < 300, deleted.statusCode() + " " + deleted.body());
        assertFalse(store.containsGraph("urn:test:gsp"));

        HttpResponse<String> toDefault = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/data?default"))
                .header("Content-Type", "text/turtle").header("Authorization", basic(WRITER, WRITER_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build());
        assertEquals(400, toDefault.statusCode(), toDefault.body());
        HttpResponse<String> readOnly = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/get?graph="
                        + encode("urn:test:gsp"))).header("Content-Type", "text/turtle")
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build());
        assertTrue(readOnly.statusCode() >= 400, "the read-only endpoint answered " + readOnly.statusCode());
        assertFalse(store.containsGraph("urn:test:gsp"));
    }

    @Test
    void fusekiAdministrationNeedsAnAdministrator() throws Exception {
        String base = "http://localhost:" + fuseki.port();
        assertEquals(200, get(base + "/$/ping").statusCode());
        assertEquals(401, get(base + "/$/stats").statusCode());
        HttpResponse<String> writer = send(HttpRequest.newBuilder(URI.create(base + "/$/stats"))
                .header("Authorization", basic(WRITER, WRITER_PASSWORD)).GET().build());
        assertEquals(403, writer.statusCode());
        HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create(base + "/$/stats"))
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).GET().build());
        assertTrue(admin.statusCode() != 401 && admin.statusCode() != 403, "admin got " + admin.statusCode());
    }

    /** An update is checked from its parsed operations whatever the method it comes with. */
    @Test
    void anUpdateIsCheckedWhateverItsMethod() throws Exception {
        StoreSnapshot before = StoreSnapshot.of(store);
        String update = fuseki.datasetUrl() + "/update";
        for (String method : List.of("PATCH", "PUT", "DELETE")) {
            for (String refused : List.of("LOAD <file:///etc/passwd> INTO GRAPH <urn:test:leak>",
                    "INSERT DATA { <urn:test:hidden> <urn:test:p> \"o\" }", "DROP ALL")) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(update))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", basic(WRITER, WRITER_PASSWORD))
                        .method(method, HttpRequest.BodyPublishers.ofString(refused)).build());
                assertTrue(response.statusCode() >= 400, method + " " + refused + ": " + response.statusCode());
                assertFalse(response.body().contains("root:"), response.body());
                before.assertUnchanged(store, method + " " + refused);
            }
        }
        // A form field beside a body, or a second field, changes nothing: what runs is what was checked.
        HttpResponse<String> twoFields = post(update, "application/x-www-form-urlencoded",
                "update=" + encode("INSERT DATA { GRAPH <urn:test:two> { <urn:test:s> <urn:test:p> 1 } }")
                        + "&request=" + encode("DROP ALL"), basic(WRITER, WRITER_PASSWORD));
        assertEquals(400, twoFields.statusCode(), twoFields.body());
        HttpResponse<String> bodyAndField = post(update + "?update=" + encode("DROP ALL"), "application/sparql-update",
                "INSERT DATA { GRAPH <urn:test:bf> { <urn:test:s> <urn:test:p> 1 } }", basic(WRITER, WRITER_PASSWORD));
        assertTrue(bodyAndField.statusCode() < 300, bodyAndField.statusCode() + " " + bodyAndField.body());
        assertTrue(store.containsGraph("urn:test:bf"));
        store.removeGraph("urn:test:bf");
        before.assertUnchanged(store, "the update in the body ran, not the one in the URL");
    }

    /**
     * A WRITER writes named graphs one at a time; a pattern over all graphs needs ADMIN; nobody writes the default
     * graph under any of its names, or an ill-typed literal, however it is made.
     */
    @Test
    void aWriterWritesNamedGraphsOneAtATime() throws Exception {
        String update = fuseki.datasetUrl() + "/update";
        String writer = basic(WRITER, WRITER_PASSWORD);
        String xsd = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
        HttpResponse<String> seeded = post(update, "application/sparql-update",
                "INSERT DATA { GRAPH <urn:test:scope> { <urn:test:x> <urn:test:p> 1 } }", writer);
        assertTrue(seeded.statusCode() < 300, seeded.statusCode() + " " + seeded.body());
        StoreSnapshot before = StoreSnapshot.of(store);

        HttpResponse<String> everything = post(update, "application/sparql-update",
                "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", writer);
        assertEquals(403, everything.statusCode(), everything.body());
        assertTrue(everything.body().contains("ADMIN"), everything.body());
        before.assertUnchanged(store, "DELETE WHERE over every graph by a WRITER");
        for (String refused : List.of("COPY <urn:test:scope> TO <urn:x-arq:DefaultGraph>",
                "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <urn:test:s> <urn:test:p> 1 } }",
                "ADD <urn:test:scope> TO <urn:x-arq:UnionGraph>",
                xsd + "INSERT { GRAPH <urn:test:d> { <urn:test:s> <urn:test:d> ?d } } "
                        + "WHERE { BIND(STRDT(\"2026-02-30\", xsd:date) AS ?d) }")) {
            HttpResponse<String> response = post(update, "application/sparql-update", refused, writer);
            assertEquals(400, response.statusCode(), refused + ": " + response.body());
            before.assertUnchanged(store, refused);
        }
        HttpResponse<String> validDate = post(update, "application/sparql-update", xsd
                + "INSERT { GRAPH <urn:test:d> { <urn:test:s> <urn:test:d> ?d } } "
                + "WHERE { BIND(STRDT(\"2026-02-28\", xsd:date) AS ?d) }", writer);
        assertTrue(validDate.statusCode() < 300, validDate.statusCode() + " " + validDate.body());
        assertTrue(store.containsGraph("urn:test:d"));
        store.removeGraph("urn:test:d");

        // The ontology's graph is written from the packaged ontology only, never by a client, ADMIN included.
        String ontology = org.dealgraph.store.GraphStore.ONTOLOGY_GRAPH;
        org.apache.jena.graph.Graph ontologyBefore = store.copyOfGraph(ontology);
        assertFalse(ontologyBefore.isEmpty(), "the service put the ontology into the store at start");
        for (String refused : List.of("DROP GRAPH <" + ontology + ">",
                "INSERT DATA { GRAPH <" + ontology + "> { <urn:test:s> <urn:test:p> 1 } }",
                "COPY <urn:test:scope> TO <" + ontology + ">")) {
            for (String who : List.of(writer, basic(ADMIN, ADMIN_PASSWORD))) {
                HttpResponse<String> response = post(update, "application/sparql-update", refused, who);
                assertEquals(400, response.statusCode(), refused + ": " + response.body());
                assertTrue(response.body().contains("ontology"), response.body());
            }
        }
        HttpResponse<String> putOntology = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/data?graph="
                        + encode(ontology))).header("Content-Type", "text/turtle")
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> 1 .")).build());
        assertEquals(400, putOntology.statusCode(), putOntology.body());
        assertTrue(store.copyOfGraph(ontology).isIsomorphicWith(ontologyBefore), "the ontology graph is unchanged");
        before.assertUnchanged(store, "writes to the ontology's graph");

        String turtle = "<urn:test:s> <urn:test:d> \"2026-02-30\"^^<http://www.w3.org/2001/XMLSchema#date> .";
        for (String graph : List.of("urn:test:gsp-date", "urn:x-arq:DefaultGraph")) {
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/data?graph="
                            + encode(graph))).header("Content-Type", "text/turtle").header("Authorization", writer)
                    .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build());
            assertEquals(400, put.statusCode(), graph + ": " + put.body());
            before.assertUnchanged(store, "Graph Store PUT of " + graph);
        }

        // JSON-LD may name remote contexts the parser would fetch; quads do not belong in one graph.
        for (String type : List.of("application/ld+json", "application/trig", "multipart/form-data; boundary=x")) {
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/data?graph="
                            + encode("urn:test:gsp-type"))).header("Content-Type", type).header("Authorization", writer)
                    .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertEquals(415, put.statusCode(), type + ": " + put.body());
        }
        before.assertUnchanged(store, "Graph Store writes of other types");

        HttpResponse<String> admin = post(update, "application/sparql-update",
                "DELETE WHERE { GRAPH ?g { <urn:test:x> ?p ?o } }", basic(ADMIN, ADMIN_PASSWORD));
        assertTrue(admin.statusCode() < 300, admin.statusCode() + " " + admin.body());
        assertFalse(store.containsGraph("urn:test:scope"));
    }

    /**
     * A graph holding a triple that RDF/XML cannot write (a predicate such as {@code <http://example.org/p/1>}, whose
     * end is no XML name)
     * is served, in each format a client may ask for, or refused with a message.
     */
    @Test
    void aGraphRdfXmlCannotWriteIsServedOrRefusedWithAMessage() throws Exception {
        String graph = "urn:test:no-local-name";
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/data?graph=" + encode(graph)))
                .header("Content-Type", "text/turtle").header("Authorization", basic(WRITER, WRITER_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p/1> \"o\" .")).build());
        assertTrue(put.statusCode() < 300, put.statusCode() + " " + put.body());
        try {
            for (String accept : new String[] {null, "application/rdf+xml", "text/turtle", "*/*"}) {
                for (String path : List.of("/data", "/get", "")) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + path + "?graph=" + encode(graph)));
                    if (accept != null) {
                        b.header("Accept", accept);
                    }
                    HttpResponse<String> response = send(b.GET().build());
                    assertFalse(response.body().isBlank(), path + " " + accept + ": " + response.statusCode()
                            + " without a body");
                    assertTrue(response.statusCode() == 200 || response.statusCode() == 406,
                            path + " " + accept + ": " + response.statusCode() + " " + response.body());
                }
            }
        } finally {
            store.removeGraph(graph);
        }
    }

    /** Of several uploads of the same new article at once, one creates it and the others are told it exists. */
    @Test
    void concurrentUploadsOfOneNewArticleCreateItOnce() throws Exception {
        String id = "acme-beta-race";
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> uploads = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            uploads.add(Http.CLIENT.sendAsync(post(web("/api/articles?id=" + id), "text/plain",
                    ARTICLE.replace("$5 million", "$" + (i + 5) + " million").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    basic(WRITER, WRITER_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = uploads.stream().map(f -> f.join().statusCode()).sorted().toList();
        assertEquals(List.of(201, 409, 409, 409), statuses);
        assertTrue(store.containsGraph(iris.article(id)));
        store.removeGraph(iris.article(id));
    }
}
