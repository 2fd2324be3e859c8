package org.dealgraph.security;

import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

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
 * Bad input of every kind gets a clear error and leaves the store exactly as it was: after each test the store's
 * graph names, quad count and union graph are compared with those before it.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.articles.location=" + WriteAccessTest.SEED,
                "dealgraph.limits.max-request-body=256KB", "dealgraph.limits.max-article-size=64KB"})
@ActiveProfiles("memory")
class BadInputTest {
    static final String AUTH = basic(WRITER, WRITER_PASSWORD);

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        Http.addUser(registry, 0, WRITER, WRITER_PASSWORD, "WRITER");
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedFuseki fuseki;
    @Autowired
    GraphStore store;

    private StoreSnapshot before;

    @BeforeEach
    void snapshot() {
        before = StoreSnapshot.of(store);
        assertFalse(before.graphs().isEmpty(), "the seed article is loaded");
    }

    @AfterEach
    void storeIsUnchanged(TestInfo test) {
        before.assertUnchanged(store, test.getDisplayName());
    }

    private String upload(String id) {
        return "http://localhost:" + port + "/api/articles?id=" + encode(id);
    }

    private HttpResponse<String> upload(String id, String contentType, byte[] body) throws Exception {
        return send(post(upload(id), contentType, body, AUTH).build());
    }

    private static void assertError(int status, HttpResponse<String> response, String... words) {
        assertEquals(status, response.statusCode(), response.body());
        for (String word : words) {
            assertTrue(response.body().toLowerCase().contains(word.toLowerCase()), "'" + word + "' in " + response.body());
        }
    }

    /** A form that cannot be decoded (bytes that are not UTF-8, a broken escape) is a 400 that says so. */
    @Test
    void undecodableForms() throws Exception {
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        for (String field : List.of("query=ASK {} ", "update=DROP GRAPH <urn:g> ", "a=", "SELECT ")) {
            for (String path : List.of("/sparql", "", "/", "/update")) {
                java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
                form.writeBytes(field.getBytes(StandardCharsets.UTF_8));
                form.writeBytes(notUtf8);
                form.writeBytes("x = 1".getBytes(StandardCharsets.UTF_8));
                for (String accept : List.of("*/*", "x/y")) {
                    HttpResponse<String> response = send(post(fuseki.datasetUrl() + path,
                            "application/x-www-form-urlencoded", form.toByteArray(), AUTH).header("Accept", accept).build());
                    assertEquals(400, response.statusCode(), path + " " + field + ": " + response.body());
                    assertFalse(response.body().isBlank(), path + " " + field + " " + accept + ": the refusal says why");
                }
            }
        }
    }

    /**
     * A Graph Store read of a graph name that is not an IRI is a 400 with a message, of one that names no graph a
     * 404; never a server error, also when the name (quoted in the message) is not ASCII.
     */
    @Test
    void graphStoreReadsOfNamesThatAreNotIris() throws Exception {
        for (String graph : List.of("urn:\uFFFD", "\uFFFD(\uFFFD", "urn:x y", "http://[bad", "urn:a\u0000b",
                "urn:caf\u00e9", "http://localhost/\u00e9t\u00e9")) {
            for (String path : List.of("/get", "/data", "")) {
                HttpResponse<String> response = get(fuseki.datasetUrl() + path + "?graph=" + encode(graph));
                assertTrue(response.statusCode() == 400 || response.statusCode() == 404,
                        path + " " + graph + ": " + response.statusCode() + " " + response.body());
                assertFalse(response.body().isBlank(), path + " " + graph + ": the refusal says why");
            }
        }
    }

    /** A refusal has a message whatever the client accepts. */
    @Test
    void refusalsHaveAMessageWhateverTheClientAccepts() throws Exception {
        for (String accept : List.of("application/sparql-results+json", "text/csv", "text/turtle", "x/y", "*/*;q=0",
                "text/html")) {
            for (String form : List.of("a=1", "query=SELECT", "query=ASK {}&query=ASK {}")) {
                HttpResponse<String> response = send(post(fuseki.datasetUrl() + "/", "application/x-www-form-urlencoded",
                        form.getBytes(StandardCharsets.UTF_8), null).header("Accept", accept).build());
                assertTrue(response.statusCode() >= 400, accept + " " + form + ": " + response.statusCode());
                assertFalse(response.body().isBlank(), accept + " " + form + ": " + response.statusCode()
                        + " without a message");
            }
        }
    }

    @Test
    void malformedSparql() throws Exception {
        assertError(400, get(fuseki.sparqlUrl() + "?query=" + encode("SELECT * WHERE { ?s ?p }")), "line", "column");
        assertError(400, get(fuseki.sparqlUrl() + "?query=" + encode("\u0000\u0001 binary")), "malformed");
        assertError(400, post(fuseki.datasetUrl() + "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> } }", AUTH), "malformed", "line");
    }

    @Test
    void oversizedSparql() throws Exception {
        assertError(413, get(fuseki.sparqlUrl() + "?query=" + encode("ASK {} #" + "x".repeat(25_000))),
                "max-query-length");
        String update = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"" + "x".repeat(300_000) + "\" } }";
        assertError(413, post(fuseki.datasetUrl() + "/update", "application/sparql-update", update, AUTH),
                "max-request-body");
    }

    @Test
    void unsupportedMediaTypes() throws Exception {
        assertError(415, upload("a-pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertError(415, upload("json", "application/json", "{}".getBytes(StandardCharsets.US_ASCII)));
        String boundary = "b0undary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n--" + boundary + "--\r\n";
        assertError(415, upload("a-png", "multipart/form-data; boundary=" + boundary,
                multipart.getBytes(StandardCharsets.ISO_8859_1)), "text/plain");
        assertError(415, send(post(fuseki.sparqlUrl() + "?query=" + encode("ASK {}"), "multipart/form-data; boundary="
                + boundary, multipart.getBytes(StandardCharsets.ISO_8859_1), null).build()), "application/sparql-query");
        assertError(415, send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/data?graph=urn:g"))
                .header("Content-Type", "application/x-nonsense").header("Authorization", AUTH)
                .PUT(HttpRequest.BodyPublishers.ofString("nonsense")).build()), "Turtle");
    }

    @Test
    void emptyBinaryAndNonUtf8Articles() throws Exception {
        assertError(400, upload("empty", "text/plain", new byte[0]), "empty");
        assertError(400, upload("blank", "text/plain", "  \n\n  ".getBytes(StandardCharsets.UTF_8)), "empty");
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        assertTrue(upload("binary", "text/plain", binary).statusCode() == 400);
        byte[] zeros = "Headline\n\nBody\u0000\u0000\u0000".getBytes(StandardCharsets.UTF_8);
        assertError(400, upload("nul", "text/plain", zeros), "binary");
        assertError(400, upload("latin1", "text/plain",
                "Caf\u00e9 Corp invests in Beta\n\nCaf\u00e9 Corp invests $5 million in Beta.".getBytes(StandardCharsets.ISO_8859_1)),
                "UTF-8");
    }

    @Test
    void enormousArticles() throws Exception {
        byte[] big = ("Acme invests in Beta\n\n" + "Acme Corp invests $5 million in Beta Labs. ".repeat(2000))
                .getBytes(StandardCharsets.UTF_8);
        assertError(413, upload("big", "text/plain", big), "max-article-size");
        byte[] huge = new byte[400_000];
        java.util.Arrays.fill(huge, (byte) 'x');
        assertError(413, upload("huge", "text/plain", huge));
    }

    @Test
    void htmlWithOnlyScriptsHasNoArticle() throws Exception {
        String html = "<html><head><script>alert(1)</script></head><body><script>document.write('x')</script></body></html>";
        assertEquals(400, upload("scripts", "text/html", html.getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void pathTraversalInIdsIrisAndFiles() throws Exception {
        for (String id : new String[] {"../../etc/passwd", "..", ".hidden", "a/b", "a\\b", "<script>x</script>", ""}) {
            HttpResponse<String> response = upload(id, "text/plain", "Headline\n\nAcme invests in Beta.".getBytes());
            assertEquals(400, response.statusCode(), id + ": " + response.body());
            assertFalse(response.body().contains("<script>"), response.body());
        }
        for (String path : new String[] {"/article/..%2F..%2Fetc%2Fpasswd", "/article/../../etc/passwd",
                "/id/company/..%2F..%2F..%2Fetc%2Fpasswd", "/dump.nq.gz/../../etc/passwd"}) {
            HttpResponse<String> response = get("http://localhost:" + port + path);
            assertTrue(response.statusCode() >= 400 || !response.body().contains("root:"), path);
            assertFalse(response.body().contains("root:x:0:0"), path);
        }
        assertError(400, post(fuseki.datasetUrl() + "/update", "application/sparql-update",
                "LOAD <file:///etc/passwd> INTO GRAPH <urn:g>", AUTH), "LOAD");
        HttpResponse<String> service = get(fuseki.sparqlUrl() + "?query="
                + encode("SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"));
        assertTrue(service.statusCode() >= 400 && !service.body().contains("root:"), service.body());
    }

    @Test
    void impossibleDatesAndAmounts() throws Exception {
        assertError(400, upload("feb30", "text/plain",
                "Acme invests in Beta\nPublished: 2026-02-30\n\nAcme Corp invests $5 million in Beta Labs.".getBytes()),
                "2026-02-30");
        assertError(400, upload("month13", "text/markdown",
                "---\ntitle: Acme invests in Beta\ndate: 2026-13-01\n---\n\nAcme Corp invests $5 million in Beta Labs.".getBytes()));
        assertError(400, get("http://localhost:" + port + "/api/changes?from=2026-02-30"), "YYYY-MM-DD");
        assertError(400, post(fuseki.datasetUrl() + "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:d> \"2026-02-30\"^^<http://www.w3.org/2001/XMLSchema#date> } }",
                AUTH), "not a valid");
        assertError(400, post(fuseki.datasetUrl() + "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:amount> \"five million\"^^<http://www.w3.org/2001/XMLSchema#decimal> } }",
                AUTH), "not a valid");
    }

    @Test
    void writesWithoutCredentialsChangeNothing() throws Exception {
        assertEquals(401, post(upload("anon"), "text/plain", "Acme invests in Beta\n\nAcme Corp invests.", null).statusCode());
        assertEquals(401, post(fuseki.datasetUrl() + "/update", "application/sparql-update", "DROP ALL", null).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/data?graph="
                + encode(before.graphs().getFirst()))).DELETE().build()).statusCode());
    }

    @Test
    void unterminatedFrontMatterIsRefused() throws Exception {
        assertError(400, upload("open-front", "text/markdown",
                "---\ntitle: Acme invests in Beta\ndate: 2026-03-02\n\nAcme Corp invests $5 million in Beta Labs.".getBytes()),
                "front matter", "'---'");
    }

    @Test
    void deepOrLongQueriesGetAMessage() throws Exception {
        String path = "<urn:p>" + "/<urn:p>".repeat(2399);
        HttpResponse<String> longPath = post(fuseki.sparqlUrl(), "application/sparql-query",
                "SELECT * { ?s " + path + " ?o }", null);
        assertTrue(longPath.statusCode() == 400 || longPath.statusCode() == 413, longPath.statusCode() + ": " + longPath.body());
        assertFalse(longPath.body().isBlank(), "a message says why");
        String nested = "SELECT * { " + "{ ".repeat(3000) + "?s ?p ?o" + " }".repeat(3000) + " }";
        HttpResponse<String> deep = post(fuseki.sparqlUrl(), "application/sparql-query", nested, null);
        assertEquals(400, deep.statusCode(), deep.body());
        assertFalse(deep.body().contains("null"), deep.body());
        String expression = "ASK { FILTER(" + "(".repeat(3000) + "1" + ")".repeat(3000) + ") }";
        HttpResponse<String> deepUpdate = post(fuseki.datasetUrl() + "/update", "application/sparql-update",
                "INSERT { GRAPH <urn:g> { <urn:s> <urn:p> 1 } } WHERE { FILTER(" + "(".repeat(3000) + "true"
                        + ")".repeat(3000) + ") }", AUTH);
        assertEquals(400, deepUpdate.statusCode(), deepUpdate.body());
        assertFalse(deepUpdate.body().contains("null"), deepUpdate.body());
        HttpResponse<String> deepExpression = get(fuseki.sparqlUrl() + "?query=" + encode(expression));
        assertEquals(400, deepExpression.statusCode(), deepExpression.body());
        assertFalse(deepExpression.body().contains("null"), deepExpression.body());
    }

    @Test
    void serviceIsABadRequestThatSaysSo() throws Exception {
        assertError(400, get(fuseki.sparqlUrl() + "?query="
                + encode("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")), "SERVICE");
        assertError(400, post(fuseki.datasetUrl() + "/update", "application/sparql-update",
                "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", AUTH),
                "SERVICE");
    }

    @Test
    void anUpdateWithoutContentTypeIsRefusedAndWritesNothing() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/update"))
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g:nct> { <urn:s> <urn:p> 1 } }"))
                .build());
        assertError(400, response, "Content-Type");
    }

    @Test
    void invalidUtf8InAQueryOrUpdateBodyIsRefused() throws Exception {
        byte[] query = "SELECT * { ?s ?p \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1);
        assertError(400, send(post(fuseki.sparqlUrl(), "application/sparql-query", query, null).build()), "UTF-8");
        byte[] update = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"caf\u00e9\" } }".getBytes(StandardCharsets.ISO_8859_1);
        assertError(400, send(post(fuseki.datasetUrl() + "/update", "application/sparql-update", update, AUTH).build()),
                "UTF-8");
    }

    @Test
    void anIdEndingInADocumentSuffixIsRefused() throws Exception {
        for (String id : new String[] {"report.ttl", "report.TTL", "report.html", "report.trig"}) {
            assertError(400, upload(id, "text/plain", "Acme invests in Beta\n\nAcme Corp invests $5 million in Beta Labs."
                    .getBytes(StandardCharsets.UTF_8)), "id");
        }
    }
}
