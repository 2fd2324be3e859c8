package org.dealgraph.limits;

import org.apache.jena.atlas.json.JSON;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.security.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.dealgraph.security.Http.WRITER;
import static org.dealgraph.security.Http.WRITER_PASSWORD;
import static org.dealgraph.security.Http.basic;
import static org.dealgraph.security.Http.encode;
import static org.dealgraph.security.Http.post;
import static org.dealgraph.security.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits hold: query length, result rows, body and upload sizes, requests per client, the query timeout. */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.fuseki.query-timeout=2s",
                "dealgraph.articles.location=data/articles/000_aeaaa436f013f926.txt",
                "dealgraph.limits.max-query-length=2000", "dealgraph.limits.max-result-rows=5",
                "dealgraph.limits.max-request-body=64KB", "dealgraph.limits.max-article-size=16KB",
                "dealgraph.limits.max-concurrent-requests=3", "dealgraph.fuseki.max-concurrent-requests=3", "dealgraph.limits.max-result-size=256KB"})
@ActiveProfiles("memory")
class LimitsTest {
    /** Five-fold cross product of the seed article's triples: it runs for hours unless stopped. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        Http.addUser(registry, 0, WRITER, WRITER_PASSWORD, "WRITER");
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedFuseki fuseki;

    private HttpRequest query(String query) {
        return HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl() + "?query=" + encode(query)))
                .header("Accept", "application/sparql-results+json").GET().build();
    }

    @Test
    void aQueryLongerThanTheLimitIsRefusedWith413() throws Exception {
        String longQuery = "SELECT * { ?s ?p ?o } # " + "x".repeat(2100);
        HttpResponse<String> get = send(query(longQuery));
        assertEquals(413, get.statusCode(), get.body());
        assertTrue(get.body().contains("max-query-length"), get.body());
        HttpResponse<String> body = post(fuseki.sparqlUrl(), "application/sparql-query", longQuery, null);
        assertEquals(413, body.statusCode(), body.body());
        HttpResponse<String> form = post(fuseki.sparqlUrl(), "application/x-www-form-urlencoded",
                "query=" + encode(longQuery), null);
        assertEquals(413, form.statusCode(), form.body());
    }

    @Test
    void aSelectReturnsAtMostTheCappedNumberOfRows() throws Exception {
        HttpResponse<String> all = send(query("SELECT * { ?s ?p ?o }"));
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(5, JSON.parse(all.body()).getObj("results").get("bindings").getAsArray().size());
        assertEquals("5", all.headers().firstValue(SparqlQueryLimits.ROW_CAP_HEADER).orElse(""));
        HttpResponse<String> posted = send(post(fuseki.sparqlUrl(), "application/sparql-query",
                "SELECT * { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8), null)
                .header("Accept", "application/sparql-results+json").build());
        assertEquals(5, JSON.parse(posted.body()).getObj("results").get("bindings").getAsArray().size());
        HttpResponse<String> small = send(query("SELECT * { ?s ?p ?o } LIMIT 3"));
        assertEquals(3, JSON.parse(small.body()).getObj("results").get("bindings").getAsArray().size());
        assertTrue(small.headers().firstValue(SparqlQueryLimits.ROW_CAP_HEADER).isEmpty());
    }

    @Test
    void aSyntaxErrorIsA400WithTheParsersMessageAndPosition() throws Exception {
        for (HttpRequest request : List.of(query("SELECT ?x WHERE { ?x "),
                post(fuseki.sparqlUrl(), "application/sparql-query", "SELECT ?x WHERE { ?x ".getBytes(), null).build())) {
            HttpResponse<String> response = send(request);
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("line") && response.body().contains("column"), response.body());
        }
    }

    @Test
    void bodiesAndUploadsOverTheLimitAre413() throws Exception {
        String bigUpdate = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"" + "x".repeat(70_000) + "\" } }";
        HttpResponse<String> update = post(fuseki.datasetUrl() + "/update", "application/sparql-update", bigUpdate,
                basic(WRITER, WRITER_PASSWORD));
        assertEquals(413, update.statusCode());
        HttpResponse<String> article = post("http://localhost:" + port + "/api/articles?id=big", "text/plain",
                "Big\n\n" + "Acme invests in Beta. ".repeat(1000), basic(WRITER, WRITER_PASSWORD));
        assertEquals(413, article.statusCode(), article.body());
        HttpResponse<String> web = post("http://localhost:" + port + "/api/articles?id=big", "text/plain",
                "x".repeat(70_000), basic(WRITER, WRITER_PASSWORD));
        assertEquals(413, web.statusCode(), web.body());
        // A body of undeclared length is counted as it is read.
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic(WRITER, WRITER_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(bigUpdate.getBytes(StandardCharsets.UTF_8)))).build());
        assertTrue(chunked.statusCode() >= 400, "chunked: " + chunked.statusCode());
    }

    @Test
    void aClientWithTooManyRequestsInProgressGets429AndRetryAfter() throws Exception {
        Thread.sleep(2500); // any runaway query of another test has timed out
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(Http.CLIENT.sendAsync(query(RUNAWAY), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(700);
        HttpResponse<String> refused = send(query("ASK { ?s ?p ?o }"));
        HttpResponse<String> refusedWeb = Http.get("http://localhost:" + port + "/api/search?q=x");
        for (CompletableFuture<HttpResponse<String>> f : running) {
            f.join();
        }
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> afterwards = send(query("ASK { ?s ?p ?o }"));
        assertEquals(200, afterwards.statusCode(), "the limit is per request in progress, not per client forever");
        assertTrue(refusedWeb.statusCode() == 200 || refusedWeb.statusCode() == 429, "web: " + refusedWeb.statusCode());
    }

    /** CPU time of every live thread, in nanoseconds, by thread id. */
    private static Map<Long, Long> cpuByThread() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /**
     * Finds the thread that runs a runaway query (the one that gains the most CPU time while it runs), then checks
     * that once the timeout has answered, that thread does no more work. The machine may be shared, so the query
     * need not get a whole core; any work after the timeout fails the test.
     */
    @Test
    void theTimeoutStopsTheQueryItselfNotJustTheResponse() throws Exception {
        assertTheTimeoutStops(RUNAWAY);
    }

    private void assertTheTimeoutStops(String runaway) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadCpuTimeSupported());
        threads.setThreadCpuTimeEnabled(true);

        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> pending = Http.CLIENT.sendAsync(query(runaway),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(400);
        Map<Long, Long> before = cpuByThread();
        Thread.sleep(1000);
        Map<Long, Long> during = cpuByThread();
        long worker = -1;
        long most = 0;
        for (Map.Entry<Long, Long> e : during.entrySet()) {
            long gained = e.getValue() - before.getOrDefault(e.getKey(), e.getValue());
            if (gained > most) {
                most = gained;
                worker = e.getKey();
            }
        }
        assertTrue(most > 50_000_000L, "the probe sees the query's thread at work: " + most / 1_000_000 + " ms CPU");

        HttpResponse<String> response = pending.get(30, java.util.concurrent.TimeUnit.SECONDS);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(response.statusCode() >= 500, "status " + response.statusCode() + ": " + response.body());
        assertTrue(response.body().toLowerCase().contains("time"), "the error says what happened: " + response.body());
        assertTrue(seconds < 15, "answered after " + seconds + " s");

        Thread.sleep(200);
        long from = threads.getThreadCpuTime(worker);
        Thread.sleep(1500);
        long after = threads.getThreadCpuTime(worker) - from;
        assertTrue(after < 20_000_000L, "after the timeout the query's thread still works: "
                + after / 1_000_000 + " ms CPU in 1.5 s (it had " + most / 1_000_000 + " ms in 1 s while running)");
        long quick = System.nanoTime();
        assertEquals(200, send(query("ASK { ?s ?p ?o }")).statusCode());
        assertTrue(System.nanoTime() - quick < 2_000_000_000L, "the next query is answered at once");
    }

    /**
     * A query whose first answer (larger than the server's output buffer) is ready at once and whose rest runs into
     * the timeout: the client gets an error status, never a 200 with a truncated body.
     */
    @Test
    void aTimeoutAfterTheFirstRowsIsAnErrorNotAPartial200() throws Exception {
        // (the first row, some 120 KB on the seed article and the ontology, is larger than the output buffer and smaller than the limit on
        // held answers)
        String query = "SELECT ?x { { SELECT (GROUP_CONCAT(CONCAT(STR(?s), STR(?p)); separator=' ') AS ?x) { ?s ?p ?o } } UNION "
                + "{ SELECT (COUNT(*) AS ?x) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?q } } }";
        HttpResponse<String> response = send(query(query));
        assertTrue(response.statusCode() >= 500, "status " + response.statusCode() + ", "
                + response.body().length() + " characters: " + response.body().substring(0, Math.min(200, response.body().length())));
        assertTrue(response.body().toLowerCase().contains("time"), response.body());
        HttpResponse<String> first = send(query("SELECT (GROUP_CONCAT(CONCAT(STR(?s), STR(?p)); separator=' ') AS ?x) { ?s ?p ?o }"));
        assertEquals(200, first.statusCode());
        assertTrue(first.body().length() > 64 * 1024, "the first row alone fills the output buffer: " + first.body().length());
    }

    /**
     * An answer larger than the limit on held answers (a few rows of long values) is a 503 that says so, and the
     * query is stopped rather than run to its end; a smaller answer of the same query is served.
     */
    @Test
    void anAnswerLargerThanTheLimitIsA503WithAMessage() throws Exception {
        // Each of the five rows holds one object doubled twelve times: some 4,096 times its length.
        StringBuilder huge = new StringBuilder("SELECT ?x12 { ?s ?p ?o BIND(CONCAT(STR(?s), STR(?o)) AS ?x0) ");
        for (int i = 1; i <= 12; i++) {
            huge.append("BIND(CONCAT(?x").append(i - 1).append(", ?x").append(i - 1).append(") AS ?x").append(i).append(") ");
        }
        huge.append("}");
        long start = System.nanoTime();
        HttpResponse<String> response = send(query(huge.toString()));
        assertEquals(503, response.statusCode(), response.body().substring(0, Math.min(300, response.body().length())));
        assertTrue(response.body().contains("max-result-size"), response.body());
        assertTrue(response.body().length() < 1000, "none of the answer is sent: " + response.body().length());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        HttpResponse<String> small = send(query("SELECT (GROUP_CONCAT(STR(?s); separator=' ') AS ?x) "
                + "{ SELECT ?s { ?s ?p ?o } LIMIT 50 }"));
        assertEquals(200, small.statusCode(), small.body());
    }

    /**
     * A string doubled in a chain of BINDs would reach 40 million characters: CONCAT stops at its limit and leaves
     * the variable unbound, so the answer is small and quick, and no such string is built.
     */
    @Test
    void concatDoesNotBuildHugeStrings() throws Exception {
        StringBuilder q = new StringBuilder("SELECT ?x20 (STRLEN(?x14) AS ?n14) { BIND(\"" + "a".repeat(40) + "\" AS ?x0) ");
        for (int i = 1; i <= 20; i++) {
            q.append("BIND(CONCAT(?x").append(i - 1).append(", ?x").append(i - 1).append(") AS ?x").append(i).append(") ");
        }
        q.append("}");
        long start = System.nanoTime();
        HttpResponse<String> response = send(query(q.toString()));
        assertEquals(200, response.statusCode(), response.body().substring(0, Math.min(300, response.body().length())));
        var row = JSON.parse(response.body()).getObj("results").get("bindings").getAsArray().get(0).getAsObject();
        assertFalse(row.hasKey("x20"), "no 40-million-character string: " + response.body().length());
        assertEquals("655360", row.getObj("n14").getString("value"), "strings up to the limit are built");
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void anUpdateFieldBesideAQueryChangesNoLimit() throws Exception {
        for (String form : List.of("query=" + encode("SELECT * { ?s ?p ?o }") + "&update=x",
                "update=&query=" + encode("SELECT * { ?s ?p ?o }"))) {
            HttpResponse<String> response = send(post(fuseki.sparqlUrl(), "application/x-www-form-urlencoded",
                    form.getBytes(StandardCharsets.UTF_8), null).header("Accept", "application/sparql-results+json").build());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(5, JSON.parse(response.body()).getObj("results").get("bindings").getAsArray().size(), form);
            assertEquals("5", response.headers().firstValue(SparqlQueryLimits.ROW_CAP_HEADER).orElse(""));
        }
        HttpResponse<String> tooLong = send(post(fuseki.sparqlUrl(), "application/x-www-form-urlencoded",
                ("update=x&query=" + encode("SELECT * { ?s ?p ?o } # " + "x".repeat(2100))).getBytes(StandardCharsets.UTF_8),
                null).build());
        assertEquals(413, tooLong.statusCode(), tooLong.body());
    }

    /** A backtracking regular expression (the back-reference defeats the JDK's memoising): minutes on 40 characters. */
    static final String SLOW_REGEX = "ASK { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?s) "
            + "FILTER(REGEX(?s, \"^(a+)+\\\\1$\")) }";
    static final String SLOW_REPLACE = "SELECT ?r { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?s) "
            + "BIND(REPLACE(?s, \"^(a+)+\\\\1$\", \"b\") AS ?r) }";

    @Test
    void theTimeoutStopsARegularExpression() throws Exception {
        assertTheTimeoutStops(SLOW_REGEX);
    }

    @Test
    void theTimeoutStopsAReplace() throws Exception {
        assertTheTimeoutStops(SLOW_REPLACE);
    }

    /** An update's WHERE clause is held to the query timeout too: the update is refused and writes nothing. */
    @Test
    void aRegularExpressionInAnUpdateIsStopped() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = Http.CLIENT.sendAsync(post(fuseki.datasetUrl() + "/update",
                "application/sparql-update", ("INSERT { GRAPH <urn:test:regex> { <urn:test:s> <urn:test:p> ?s } } WHERE { "
                        + "BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?s) FILTER(REGEX(?s, \"^(a+)+\\\\1$\")) }")
                        .getBytes(StandardCharsets.UTF_8), basic(WRITER, WRITER_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString()).get(30, java.util.concurrent.TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("time"), response.body());
        assertTrue(millis < 10_000, "answered after " + millis + " ms");
        HttpResponse<String> ask = send(query("ASK { GRAPH <urn:test:regex> { ?s ?p ?o } }"));
        assertTrue(ask.body().contains("false"), "nothing was written: " + ask.body());
    }

    @Test
    void theTimeoutStopsARegularExpressionOfConstants() throws Exception {
        assertTheTimeoutStops("ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"^(a+)+\\\\1$\")) }");
    }
}
