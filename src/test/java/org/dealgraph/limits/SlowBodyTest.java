package org.dealgraph.limits;

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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.dealgraph.security.Http.WRITER;
import static org.dealgraph.security.Http.WRITER_PASSWORD;
import static org.dealgraph.security.Http.basic;
import static org.dealgraph.security.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request body sent a byte at a time gets 408 once the body read time has passed, on both servers and whoever
 * reads the body (a filter, the form parser, the multipart parser); and clients trickling bodies do not keep the
 * SPARQL server from answering others.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.fuseki.max-threads=20",
                "dealgraph.fuseki.query-timeout=5s",
                "dealgraph.articles.location=data/articles/000_aeaaa436f013f926.txt",
                "dealgraph.fuseki.max-concurrent-requests=8", "dealgraph.limits.body-read-time=2s"})
@ActiveProfiles("memory")
class SlowBodyTest {
    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        Http.addUser(registry, 0, WRITER, WRITER_PASSWORD, "WRITER");
    }

    @LocalServerPort
    int webPort;
    @Autowired
    EmbeddedFuseki fuseki;

    private int fusekiPort() {
        return URI.create(fuseki.datasetUrl()).getPort();
    }

    private String dataset() {
        return URI.create(fuseki.datasetUrl()).getPath();
    }

    /**
     * Sends the head of a request whose body is {@code length} bytes, then one byte of {@code body} every
     * {@code everyMillis}, until the server answers; returns the answer.
     */
    private static RawHttp.Reply trickle(String local, int port, String method, String target, String contentType,
                                         String body, long everyMillis, String... headers) throws Exception {
        return trickle(local, port, method, target, contentType, body, body.getBytes(StandardCharsets.UTF_8).length,
                everyMillis, headers);
    }

    /** The same, declaring a body of {@code declared} bytes. */
    private static RawHttp.Reply trickle(String local, int port, String method, String target, String contentType,
                                         String body, long declared, long everyMillis, String... headers) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (RawHttp http = new RawHttp(local, port)) {
            http.head(method, target, contentType, declared, headers);
            for (int i = 0; i < bytes.length - 1 && !http.answered(); i++) {
                if (!http.send(new byte[] {bytes[i]})) {
                    break;
                }
                Thread.sleep(everyMillis);
            }
            return http.reply(15_000);
        }
    }

    private static void assertTimedOut(RawHttp.Reply reply, String what) {
        assertEquals(408, reply.status(), what + ": " + reply.head() + "\n" + reply.body());
        assertTrue(reply.body().contains("body-read-time"), what + ": the answer says why: " + reply.head() + "\n" + reply.body());
        assertTrue(reply.millis() < 6_000, what + ": answered after " + reply.millis() + " ms, the limit is 2 s");
    }

    private static String padded(String text) {
        return text + " ".repeat(400);
    }

    @Test
    void aTricklingQueryBodyGets408OnTheSparqlServer() throws Exception {
        assertTimedOut(trickle("127.0.0.1", fusekiPort(), "POST", dataset() + "/sparql", "application/sparql-query",
                padded("ASK {}"), 300), "a query body");
        assertTimedOut(trickle("127.0.0.1", fusekiPort(), "POST", dataset() + "/sparql",
                "application/x-www-form-urlencoded", padded("query=" + encode("ASK {}") + "&x="), 300),
                "a query form");
        assertTimedOut(trickle("127.0.0.1", fusekiPort(), "POST", dataset() + "/update", "application/sparql-update",
                padded("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 1 } }"), 300,
                "Authorization: " + basic(WRITER, WRITER_PASSWORD)), "an update");
        // Declared a little over the body limit: read to be refused with 413, but it does not arrive in time either.
        assertTimedOut(trickle("127.0.0.1", fusekiPort(), "POST", dataset() + "/update", "application/sparql-update",
                padded("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 1 } }"), 11L * 1024 * 1024, 300,
                "Authorization: " + basic(WRITER, WRITER_PASSWORD)), "an update over the body limit");
    }

    @Test
    void aTricklingUploadGets408OnTheWebServer() throws Exception {
        String auth = "Authorization: " + basic(WRITER, WRITER_PASSWORD);
        assertTimedOut(trickle("127.0.0.1", webPort, "POST", "/api/articles?id=slow", "text/plain",
                padded("Slow\n\nAcme invests in Beta."), 300, auth), "a plain-text upload");
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + padded("Slow\n\nAcme invests in Beta.") + "\r\n--b--\r\n";
        assertTimedOut(trickle("127.0.0.1", webPort, "POST", "/api/articles?id=slow", "multipart/form-data; boundary=b",
                multipart, 300, auth), "a multipart upload");
    }

    /**
     * The body read time is also how long a connection may stay silent; a query that runs longer than that (to its
     * own timeout here) is not cut off by it: its client gets the timeout's answer.
     */
    @Test
    void aQueryLongerThanTheBodyReadTimeIsAnsweredByItsOwnTimeout() throws Exception {
        RawHttp.Reply reply = RawHttp.get("127.0.0.1", fusekiPort(),
                dataset() + "/sparql?query=" + encode(LimitsTest.RUNAWAY), 20_000);
        assertEquals(503, reply.status(), reply.head() + reply.body());
        assertTrue(reply.body().contains("time"), reply.body());
        assertTrue(reply.millis() >= 4_500, "answered after " + reply.millis() + " ms, by the query timeout of 5 s");
    }

    /** A body that arrives in time is served as usual, also when it comes in pieces. */
    @Test
    void aBodyInPiecesWithinTheTimeIsServed() throws Exception {
        byte[] query = "ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8);
        try (RawHttp http = new RawHttp("127.0.0.1", fusekiPort())) {
            http.head("POST", dataset() + "/sparql", "application/sparql-query", query.length,
                    "Accept: application/sparql-results+json");
            http.send(java.util.Arrays.copyOf(query, 5));
            Thread.sleep(500);
            http.send(java.util.Arrays.copyOfRange(query, 5, query.length));
            RawHttp.Reply reply = http.reply(10_000);
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.body().contains("true"), reply.body());
        }
    }

    /**
     * Twenty connections trickle query bodies, more than the SPARQL server's threads could hold; meanwhile another
     * client's queries are answered at once, and every trickling connection gets an answer with a body: 429 for
     * those over the client's limit, 408 for the others once their time is up.
     */
    @Test
    void tricklingClientsDoNotStarveOthers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<RawHttp.Reply>> slow = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                slow.add(pool.submit(() -> trickle("127.0.0.1", fusekiPort(), "POST", dataset() + "/sparql",
                        "application/sparql-query", padded("ASK {}"), 700)));
            }
            Thread.sleep(500);
            for (int i = 0; i < 5; i++) {
                RawHttp.Reply ask = RawHttp.get("127.0.0.2", fusekiPort(),
                        dataset() + "/sparql?query=" + encode("ASK {}"), 5_000);
                assertEquals(200, ask.status(), ask.head() + ask.body());
                assertTrue(ask.millis() < 2_000, "another client waited " + ask.millis() + " ms");
                Thread.sleep(200);
            }
            int timedOut = 0;
            for (Future<RawHttp.Reply> f : slow) {
                RawHttp.Reply reply = f.get(30, TimeUnit.SECONDS);
                assertTrue(reply.status() == 408 || reply.status() == 429, reply.head() + "\n" + reply.body());
                assertFalse(reply.body().isBlank(), "an answer with a body: " + reply.head());
                timedOut += reply.status() == 408 ? 1 : 0;
            }
            assertTrue(timedOut >= 1 && timedOut <= 8, "at most the client's limit were admitted: " + timedOut);
        } finally {
            pool.shutdownNow();
        }
    }
}
