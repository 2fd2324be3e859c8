package org.dealgraph.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Tdb2GraphStoreTest extends AbstractGraphStoreTest {
    @TempDir
    Path folder;

    @Override
    GraphStore createStore() {
        return GraphStore.onDisk(folder.resolve("store"));
    }

    @Test
    void graphsSurviveAReopen() {
        store.replaceGraph(G1, graph("a", "b"));
        store.close();
        store = GraphStore.onDisk(folder.resolve("store"));
        assertEquals(2, store.size());
        assertTrue(store.copyOfGraph(G1).isIsomorphicWith(graph("a", "b")));
    }
}
