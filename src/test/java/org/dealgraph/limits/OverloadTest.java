package org.dealgraph.limits;

import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.dealgraph.security.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many clients at one address send heavy queries as fast as they are answered (a 429 is retried at once): every
 * answer is a 200, a 429 or a 503, each with a body; meanwhile a client at another address asks {@code ASK {}}
 * twice a second and is answered within 2 s each time; and once the load is over, the heap in use comes back to
 * within 256 MiB of what it was before.
 * <p>
 * In the suite it runs scaled down (24 clients for 8 s, a 3 s query timeout). The full-size run (see README,
 * Performance) is
 * {@code ./mvnw -o test -Dtest=OverloadTest -Doverload.clients=100 -Doverload.seconds=30 -Doverload.settle=60
 * -Doverload.query-timeout=30s -Doverload.articles=data/articles}; it prints its figures on a line starting with
 * {@code OVERLOAD}.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0"})
@ActiveProfiles("memory")
class OverloadTest {
    static final int CLIENTS = Integer.getInteger("overload.clients", 24);
    static final int SECONDS = Integer.getInteger("overload.seconds", 8);
    static final int SETTLE = Integer.getInteger("overload.settle", 3);
    static final long MIB = 1024 * 1024;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("dealgraph.fuseki.query-timeout", () -> System.getProperty("overload.query-timeout", "3s"));
        registry.add("dealgraph.articles.location",
                () -> System.getProperty("overload.articles", "data/articles/000_aeaaa436f013f926.txt"));
    }

    @Autowired
    EmbeddedFuseki fuseki;

    /** Heavy queries of several kinds: runs to its timeout, answers too large, large answers, backtracking. */
    static List<String> heavyQueries() {
        StringBuilder doubled = new StringBuilder("SELECT ?x5 { ?s ?p ?o . ?a ?b ?c BIND(CONCAT(STR(?s), STR(?o)) AS ?x0) ");
        for (int i = 1; i <= 5; i++) {
            doubled.append("BIND(CONCAT(?x").append(i - 1).append(", ?x").append(i - 1).append(") AS ?x").append(i).append(") ");
        }
        doubled.append("}");
        return List.of(LimitsTest.RUNAWAY, doubled.toString(),
                "SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 10000", LimitsTest.SLOW_REGEX,
                "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f } GROUP BY ?s ORDER BY DESC(?n)");
    }

    private static long heapUsedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void heavyLoadFromOneAddressLeavesOthersServedAndGivesMemoryBack() throws Exception {
        URI sparql = URI.create(fuseki.sparqlUrl());
        int port = sparql.getPort();
        List<String> queries = heavyQueries();
        // Warm up, then measure the heap at rest.
        for (String q : List.of("ASK {}", "SELECT * { ?s ?p ?o } LIMIT 10")) {
            assertEquals(200, RawHttp.get("127.0.0.2", port, sparql.getPath() + "?query=" + encode(q), 10_000).status());
        }
        long heapBefore = heapUsedAfterGc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong heapPeak = new AtomicLong();

        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
        List<Long> askMillis = new CopyOnWriteArrayList<>();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int index = c;
            threads.add(Thread.ofPlatform().name("heavy-" + c).start(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    String q = queries.get((index + i) % queries.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(sparql + "?query=" + encode(q)))
                            .header("Accept", "application/sparql-results+json")
                            .timeout(Duration.ofSeconds(120)).GET().build();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                        int s = response.statusCode();
                        if ((s != 200 && s != 429 && s != 503) || response.body().isBlank()) {
                            bad.add(s + " with " + response.body().length() + " characters: "
                                    + response.body().substring(0, Math.min(200, response.body().length())));
                        }
                    } catch (IOException e) {
                        statuses.computeIfAbsent(0, s -> new AtomicLong()).incrementAndGet();
                        bad.add("no reply: " + e);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        Thread probe = Thread.ofPlatform().name("probe").start(() -> {
            while (System.nanoTime() < end) {
                try {
                    long t = System.nanoTime();
                    RawHttp.Reply ask = RawHttp.get("127.0.0.2", port, sparql.getPath() + "?query=" + encode("ASK {}"), 30_000);
                    long millis = (System.nanoTime() - t) / 1_000_000;
                    askMillis.add(millis);
                    if (ask.status() != 200 || !ask.body().contains("true")) {
                        bad.add("ASK from another client: " + ask.status() + " " + ask.body());
                    }
                    heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    Thread.sleep(500);
                } catch (IOException e) {
                    bad.add("ASK from another client: no reply: " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        for (Thread t : threads) {
            t.join();
        }
        probe.join();
        Thread.sleep(SETTLE * 1000L);
        long heapAfter = heapUsedAfterGc();

        if (Boolean.getBoolean("overload.histogram")) {
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(new java.io.File("target/overload-histogram.txt")).start().waitFor();
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "Thread.print")
                    .redirectOutput(new java.io.File("target/overload-threads.txt")).start().waitFor();
        }
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((s, n) -> byStatus.put(s, n.get()));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long askMax = askMillis.stream().mapToLong(Long::longValue).max().orElse(-1);
        List<Long> sorted = askMillis.stream().sorted().toList();
        long askMedian = sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        System.out.printf("OVERLOAD clients=%d seconds=%d answers=%d by status %s; ASK from another client: %d asked, "
                        + "median %d ms, max %d ms; heap in use: %d MiB before, %d MiB at most while loaded, %d MiB %d s after%n",
                CLIENTS, SECONDS, total, byStatus, askMillis.size(), askMedian, askMax, heapBefore / MIB,
                heapPeak.get() / MIB, heapAfter / MIB, SETTLE);

        assertTrue(bad.isEmpty(), bad.size() + " bad answers, e.g. " + bad.stream().limit(5).toList());
        assertTrue(byStatus.getOrDefault(429, 0L) > 0, "one address over its limit is refused: " + byStatus);
        assertTrue(askMillis.size() >= Math.max(2, SECONDS / 3), "the other client was answered: " + askMillis);
        assertTrue(askMax < 2_000, "the other client waited up to " + askMax + " ms: " + askMillis);
        assertTrue(heapAfter < heapBefore + 256 * MIB, "heap in use " + heapAfter / MIB + " MiB after, "
                + heapBefore / MIB + " MiB before");
    }
}
