package org.dealgraph.app;

import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.support.SeedArticles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bounded load test over loopback: 32 clients, each sending the next request as soon as the last is answered,
 * for 60 seconds ({@code -Ddealgraph.load.seconds=N} to change), over a mix of pages, REST, SPARQL and health.
 * It must see no error; it writes throughput, p50/p99 latency and the heap to {@code target/load-report.txt}. The
 * clients stand for many users but share one address, so the SPARQL server's per-client limit is raised above their
 * number.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION,
                "dealgraph.fuseki.max-concurrent-requests=" + (LoadTest.CLIENTS + 8)})
@ActiveProfiles("memory")
class LoadTest {
    static final int CLIENTS = 32;

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedFuseki fuseki;

    private List<URI> mix() {
        String web = "http://localhost:" + port;
        String query = URLEncoder.encode("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g LIMIT 20",
                StandardCharsets.UTF_8);
        return List.of(URI.create(web + "/"), URI.create(web + "/search?q=Microsoft"),
                URI.create(web + "/api/search?q=OpenAI"), URI.create(web + "/api/entities/openai/deals"), URI.create(web + "/id/org/openai"),
                URI.create(web + "/ontology"), URI.create(web + "/actuator/health"),
                URI.create(fuseki.sparqlUrl() + "?query=" + query));
    }

    @Test
    void thirtyTwoClientsForAMinuteWithoutAnError() throws Exception {
        long seconds = Long.getLong("dealgraph.load.seconds", 60);
        List<URI> mix = mix();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (URI uri : mix) { // warm up, and check every request of the mix works at all
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, r.statusCode(), uri.toString());
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicLong maxHeap = new AtomicLong();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            Thread client = Thread.ofPlatform().start(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    URI uri = mix.get(i++ % mix.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.add(r.statusCode() + " " + uri);
                        }
                    } catch (Exception e) {
                        errors.add(e + " " + uri);
                    }
                    latencies.add(System.nanoTime() - start);
                    maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                }
            });
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        String report = String.format(Locale.ROOT, "load test: %d clients, %d s, %d requests, %.0f requests/s, "
                        + "p50 %.1f ms, p99 %.1f ms, %d errors, peak heap %d MiB (max %d MiB)%n",
                CLIENTS, seconds, sorted.size(), sorted.size() / (double) seconds, p50, p99, errors.size(),
                maxHeap.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-report.txt"), report);
        assertTrue(errors.isEmpty(), errors.size() + " errors, e.g. " + errors.subList(0, Math.min(5, errors.size())));
        assertTrue(sorted.size() > CLIENTS * seconds, "at least one request per client per second: " + report);

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("http_server_requests_seconds_count"), metrics.body());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "heap in the metrics");
    }
}
