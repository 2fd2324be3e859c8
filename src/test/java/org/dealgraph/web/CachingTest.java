package org.dealgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.Triple;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.store.GraphStore;
import org.dealgraph.support.SeedArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP as caches expect it: validators from the store's change state on every document and page, 304 for a
 * conditional request while the store is unchanged, Cache-Control, and gzip for text when the client accepts it.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION})
@ActiveProfiles("memory")
class CachingTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final List<String> DOCUMENTS = List.of("/", "/id/org/openai", "/id/org/openai.ttl", "/id/org/openai.jsonld",
            "/article/" + LinkedDataTest.SEED_ID, "/ontology", "/ontology.ttl", "/.well-known/void", "/dump.nq.gz",
            "/search?q=open", "/api/entities/openai", "/sparql");

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Waits until the store's last change is more than a second old: its date is given from then on. */
    private void letTheSecondOfTheLastChangePass() throws InterruptedException {
        long age = System.currentTimeMillis() - store.changeState().lastModified();
        if (age < 1100) {
            Thread.sleep(1100 - age);
        }
    }

    @Test
    void everyDocumentAnswersAConditionalGetWith304() throws Exception {
        letTheSecondOfTheLastChangePass();
        for (String path : DOCUMENTS) {
            HttpResponse<byte[]> first = get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = header(first, "ETag");
            String lastModified = header(first, "Last-Modified");
            assertTrue(etag != null && etag.startsWith("\""), path + ": a strong ETag, got " + etag);
            assertTrue(lastModified != null, path + ": Last-Modified");
            assertTrue(header(first, "Cache-Control") != null, path + ": Cache-Control");

            HttpResponse<byte[]> again = get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length, path);
            assertEquals(etag, header(again, "ETag"), path);
            assertEquals(304, get(path, "If-Modified-Since", lastModified).statusCode(), path);
            assertEquals(200, get(path, "If-None-Match", "\"something-else\"").statusCode(), path);
        }
    }

    @Test
    void eachFormatHasItsOwnValidatorAndAChangeOfTheStoreRenewsIt() throws Exception {
        String html = header(get("/id/org/openai", "Accept", "text/html"), "ETag");
        String turtle = header(get("/id/org/openai", "Accept", "text/turtle"), "ETag");
        assertNotEquals(html, turtle, "two representations, two validators");
        assertEquals(304, get("/id/org/openai", "Accept", "text/turtle", "If-None-Match", turtle).statusCode());

        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                NodeFactory.createURI("urn:x:o")));
        assertTrue(store.addGraph("urn:x:caching-test", graph));
        assertTrue(store.removeGraph("urn:x:caching-test"));
        HttpResponse<byte[]> changed = get("/id/org/openai", "Accept", "text/turtle", "If-None-Match", turtle);
        assertEquals(200, changed.statusCode(), "the store changed since");
        assertNotEquals(turtle, header(changed, "ETag"));
    }

    /**
     * HTTP dates have whole seconds: a date given during the second of a change could be shared by a later change in
     * that second, and a client revalidating by date alone would then keep a stale copy. So no date is given until
     * the second is over, and a date-only revalidation in the meantime is answered in full.
     */
    @Test
    void aChangeIsNeverHiddenByTheSecondItShares() throws Exception {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                NodeFactory.createURI("urn:x:o")));
        assertTrue(store.addGraph("urn:x:caching-second", graph));
        HttpResponse<byte[]> fresh = get("/ontology.ttl");
        assertEquals(200, fresh.statusCode());
        assertEquals(null, header(fresh, "Last-Modified"), "no date while the second of the change lasts");
        String now = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC));
        assertEquals(200, get("/ontology.ttl", "If-Modified-Since", now).statusCode());
        assertTrue(store.removeGraph("urn:x:caching-second"));
        letTheSecondOfTheLastChangePass();
        assertTrue(header(get("/ontology.ttl"), "Last-Modified") != null, "a date once the second is over");
    }

    @Test
    void textIsCompressedWhenTheClientAcceptsIt() throws Exception {
        for (String path : List.of("/article/" + LinkedDataTest.SEED_ID, "/id/org/openai.ttl", "/ontology.ttl",
                "/api/entities")) {
            HttpResponse<byte[]> plain = get(path);
            HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip");
            assertEquals(200, gzipped.statusCode(), path);
            assertEquals("gzip", header(gzipped, "Content-Encoding"), path);
            assertTrue(gzipped.body().length < plain.body().length, path);
            byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
            assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(unpacked, StandardCharsets.UTF_8),
                    path);
            assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), path);
            HttpResponse<byte[]> revalidated = get(path, "Accept-Encoding", "gzip", "If-None-Match",
                    header(gzipped, "ETag"));
            assertEquals(304, revalidated.statusCode(), path);
        }
    }
}
