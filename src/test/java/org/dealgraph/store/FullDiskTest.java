package org.dealgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.dealgraph.DealgraphException;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store whose disk fills up: TDB2 then fails inside a write with an {@link InternalError} from its memory-mapped
 * files. The write is aborted and reported as such, the store says it cannot be written until a write succeeds,
 * and a bulk load stops at the article it could not write and says how far it got.
 */
public class FullDiskTest {

    /** A TDB2 dataset in memory whose adds fail, as on a full disk, while {@link #full} is set. */
    public static final class FillingDisk extends DatasetGraphWrapper {
        public volatile boolean full;

        public FillingDisk() {
            super(DatabaseMgr.createDatasetGraph());
        }

        private void check() {
            if (full) {
                throw new InternalError("a fault occurred in an unsafe memory access operation");
            }
        }

        @Override
        public void add(Quad quad) {
            check();
            super.add(quad);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            check();
            super.add(g, s, p, o);
        }
    }

    private static Graph graph(String object) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:test:s"), NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString(object));
        return g;
    }

    @Test
    void aWriteToAFullDiskFailsWholeAndIsReported() {
        FillingDisk disk = new FillingDisk();
        try (GraphStore store = GraphStore.over(disk, "a filling disk")) {
            store.replaceGraph("urn:test:a", graph("first"));
            assertTrue(store.writeProblem().isEmpty());

            disk.full = true;
            StoreWriteException e = assertThrows(StoreWriteException.class,
                    () -> store.replaceGraph("urn:test:a", graph("second")));
            assertTrue(e.getMessage().contains("disk full"), e.getMessage());
            assertTrue(store.copyOfGraph("urn:test:a").isIsomorphicWith(graph("first")), "the old graph is kept whole");
            assertThrows(StoreWriteException.class, () -> store.addGraph("urn:test:b", graph("b")));
            assertFalse(store.containsGraph("urn:test:b"));
            assertTrue(store.writeProblem().orElse("").contains("failed"), store.writeProblem().toString());

            disk.full = false;
            store.replaceGraph("urn:test:a", graph("third"));
            assertTrue(store.writeProblem().isEmpty(), "a write that succeeds clears the problem");
        }
    }

    @Test
    void aLoadStopsAtTheArticleItCannotWriteAndSaysHowFarItGot(@TempDir Path dir) throws Exception {
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.writeString(dir.resolve(name), "Acme invests in Beta\nPublished: 2026-03-02\n\n"
                    + "Acme Corp said on Monday it would invest $5 million in Beta Labs.\n");
        }
        FillingDisk disk = new FillingDisk();
        disk.full = true;
        try (GraphStore store = GraphStore.over(disk, "a full disk")) {
            ArticleLoader loader = new ArticleLoader(DealExtractor.createDefault(), new Iris("http://localhost:8080/"), store);
            DealgraphException e = assertThrows(DealgraphException.class,
                    () -> loader.loadAll(List.of(dir), 1, org.dealgraph.load.LoadProgress.NONE));
            assertTrue(e.getMessage().contains("a.txt"), "names the article: " + e.getMessage());
            assertTrue(e.getMessage().contains("disk full"), e.getMessage());
            assertTrue(e.getMessage().contains("Loaded before it: 0"), "a summary: " + e.getMessage());
            assertTrue(e.getMessage().contains("not loaded: 3"), "a summary: " + e.getMessage());
            assertEquals(0, store.graphNames().size());
        }
    }
}
