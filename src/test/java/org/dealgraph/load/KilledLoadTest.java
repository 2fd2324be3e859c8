package org.dealgraph.load;

import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.extract.Extractor;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bulk load in a child JVM killed with SIGKILL part-way: the store opens, every article in it is complete,
 * and loading again completes it with nothing twice.
 */
@Tag("slow")
class KilledLoadTest {
    static final int ARTICLES = 3000;
    static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @Test
    void aKilledLoadLeavesWholeArticlesAndResumes(@TempDir Path folder) throws Exception {
        new CorpusGenerator(42).write(folder, ARTICLES);
        Path articles = folder.resolve("articles");
        Path store = folder.resolve("store");

        Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "org.dealgraph.Dealgraph", "load", "--store", store.toString(), articles.toString())
                .redirectErrorStream(true).start();
        // Kill it once it has written for a while: the first progress line after the start says it is under way.
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith("[") && line.contains("/" + ARTICLES)) {
                    break;
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM ended");
        }
        assertEquals(137, child.exitValue(), "killed, not finished: " + output);

        Extractor extractor = DealExtractor.createDefault();
        try (GraphStore reference = GraphStore.inMemory(); GraphStore reopened = GraphStore.onDisk(store)) {
            // What each article's graph is when nothing goes wrong (the same engine, so literals read back alike).
            new ArticleLoader(extractor, IRIS, reference).loadAll(List.of(articles));
            List<String> graphs = reopened.graphNames();
            int present = graphs.size();
            assertTrue(present > 0 && present < ARTICLES, "killed part-way: " + present + " articles in the store");
            for (String name : graphs) {
                assertTrue(reference.copyOfGraph(name).isIsomorphicWith(reopened.copyOfGraph(name)), name + " is incomplete");
            }
            LoadReport resumed = new ArticleLoader(extractor, IRIS, reopened).loadAll(List.of(articles));
            assertEquals(ARTICLES, resumed.loaded().size());
            assertEquals(ARTICLES, reopened.graphNames().size());
            long triples = resumed.triples();
            assertEquals(triples, reopened.size(), "no triple twice after the second load");
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
