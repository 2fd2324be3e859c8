package org.dealgraph.app;

import org.dealgraph.article.ArticleReader;
import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.security.Accounts;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service in a child JVM on a TDB2 store, killed with SIGKILL while clients upload articles: the store opens,
 * every article it holds is whole, and every upload that was answered 201 is there.
 */
@Tag("slow")
class KilledUploadTest {
    static final int ARTICLES = 400;
    static final int CLIENTS = 4;
    static final String PASSWORD = "upload-password-for-the-kill-test";
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (?:\\(s\\): )?(\\d+)");

    @Test
    void aKilledUploadLeavesWholeArticlesAndKeepsTheAnsweredOnes(@TempDir Path folder) throws Exception {
        CorpusGenerator corpus = new CorpusGenerator(7);
        List<CorpusGenerator.GeneratedArticle> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(corpus.next(i));
        }
        Path store = folder.resolve("store");
        Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "org.dealgraph.Dealgraph", "serve", "--server.port=0", "--dealgraph.fuseki.port=0",
                "--dealgraph.store.location=" + store, "--dealgraph.articles.load-on-start=false",
                "--dealgraph.security.users[0].name=loader",
                "--dealgraph.security.users[0].password-hash=" + Accounts.hash(PASSWORD),
                "--dealgraph.security.users[0].roles=WRITER")
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Thread drain = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    log.add(line);
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (Exception e) {
                port.completeExceptionally(e);
            }
        });
        drain.setDaemon(true);
        drain.start();

        Set<String> answered = ConcurrentHashMap.newKeySet();
        try {
            int web = port.get(120, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString(("loader:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            AtomicInteger next = new AtomicInteger();
            CountDownLatch enough = new CountDownLatch(30);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread client = new Thread(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < ARTICLES) {
                        CorpusGenerator.GeneratedArticle a = articles.get(i);
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + web + "/api/articles?id=" + a.id()))
                                    .header("Content-Type", "text/plain").header("Authorization", auth)
                                    .POST(HttpRequest.BodyPublishers.ofString(a.text())).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                answered.add(a.id());
                                enough.countDown();
                            }
                        } catch (Exception e) {
                            return; // the server is gone
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            assertTrue(enough.await(120, TimeUnit.SECONDS), "uploads under way: " + answered.size());
            child.destroyForcibly(); // SIGKILL on Linux, with uploads in flight
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM ended");
            for (Thread client : clients) {
                client.join(30_000);
            }
        } finally {
            child.destroyForcibly();
        }
        assertEquals(137, child.exitValue(), "killed, not finished");

        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (GraphStore reference = GraphStore.inMemory(); GraphStore reopened = GraphStore.onDisk(store)) {
            ArticleLoader referenceLoader = new ArticleLoader(DealExtractor.createDefault(), iris, reference);
            for (CorpusGenerator.GeneratedArticle a : articles) {
                referenceLoader.load(ArticleReader.parse(a.id(), a.text()));
            }
            List<String> graphs = reopened.graphNames();
            assertTrue(graphs.size() < ARTICLES, "killed part-way: " + graphs.size() + " articles");
            for (String id : answered) {
                assertTrue(graphs.contains(iris.article(id)), "the answered upload " + id + " survived");
            }
            for (String name : graphs) {
                assertTrue(reference.copyOfGraph(name).isIsomorphicWith(reopened.copyOfGraph(name)), name + " is incomplete");
            }
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
