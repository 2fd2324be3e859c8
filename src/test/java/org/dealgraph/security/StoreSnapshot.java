package org.dealgraph.security;

import org.apache.jena.rdf.model.Model;
import org.dealgraph.store.GraphStore;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the store holds at one moment: its graph names, its quad count and a copy of the union. */
public record StoreSnapshot(List<String> graphs, long quads, Model union) {

    public static StoreSnapshot of(GraphStore store) {
        return new StoreSnapshot(store.graphNames(), store.size(), store.unionCopy());
    }

    /** Fails unless {@code store} holds exactly what it held when this snapshot was taken. */
    public void assertUnchanged(GraphStore store, String after) {
        StoreSnapshot now = of(store);
        assertEquals(graphs, now.graphs, after + ": the graphs changed");
        assertEquals(quads, now.quads, after + ": the number of quads changed");
        assertTrue(union.isIsomorphicWith(now.union), after + ": the union graph changed");
    }
}
