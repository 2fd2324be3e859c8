package org.dealgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The behaviour every kind of store must have; subclassed once per kind. */
abstract class AbstractGraphStoreTest {
    static final String G1 = "http://example.org/article/a1";
    static final String G2 = "http://example.org/article/a2";

    GraphStore store;

    abstract GraphStore createStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = createStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Graph graph(String... subjects) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String s : subjects) {
            g.add(Triple.create(NodeFactory.createURI("http://example.org/" + s),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(s)));
        }
        return g;
    }

    @Test
    void startsEmpty() {
        assertTrue(store.isEmpty());
        assertEquals(0, store.size());
        assertEquals(List.of(), store.graphNames());
    }

    @Test
    void replacingAGraphDropsItsOldTriplesAndKeepsOthers() {
        store.replaceGraph(G1, graph("a", "b"));
        store.replaceGraph(G2, graph("x"));
        store.replaceGraph(G1, graph("c"));
        assertEquals(2, store.size());
        assertTrue(store.copyOfGraph(G1).isIsomorphicWith(graph("c")));
        assertTrue(store.copyOfGraph(G2).isIsomorphicWith(graph("x")));
        assertEquals(List.of(G1, G2), store.graphNames());
    }

    @Test
    void theOntologyGraphIsInTheDatasetButNotAnArticleGraph() {
        Graph ontology = graph("Fact", "Deal");
        assertTrue(store.refreshOntology(ontology), "a new store gets the ontology");
        assertTrue(store.containsGraph(GraphStore.ONTOLOGY_GRAPH));
        assertTrue(store.isEmpty(), "no article graph yet");
        assertEquals(List.of(), store.graphNames());
        assertEquals(0, store.size());
        assertTrue(store.unionCopy().isEmpty());

        store.replaceGraph(G1, graph("a"));
        assertEquals(List.of(G1), store.graphNames());
        assertEquals(1, store.size());
        ResultSetRewindable rows = store.select(QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o }"), 5_000);
        assertEquals(3, rows.size(), "queries without GRAPH see the articles and the ontology");

        GraphStore.ChangeState before = store.changeState();
        assertFalse(store.refreshOntology(graph("Deal", "Fact")), "the same ontology is not written again");
        assertEquals(before.version(), store.changeState().version());
        assertTrue(store.refreshOntology(graph("Fact")), "a changed ontology replaces the old one");
        assertTrue(store.copyOfGraph(GraphStore.ONTOLOGY_GRAPH).isIsomorphicWith(graph("Fact")));
        assertEquals(List.of(G1), store.graphNames());
    }

    @Test
    void replacingWithTheSameContentChangesNothing() {
        store.replaceGraph(G1, graph("a", "b"));
        long before = store.size();
        store.replaceGraph(G1, graph("a", "b"));
        assertEquals(before, store.size());
    }

    @Test
    void queriesWithoutGraphSeeTheUnionOfArticleGraphs() {
        store.replaceGraph(G1, graph("a"));
        store.replaceGraph(G2, graph("b"));
        ResultSetRewindable rs = store.select(QueryFactory.create(
                "SELECT ?o { ?s <http://example.org/p> ?o } ORDER BY ?o"), 10_000);
        assertEquals(2, rs.size());
        assertEquals("a", rs.next().getLiteral("o").getString());
    }

    @Test
    void aFailedReplacementLeavesTheOldGraph() {
        store.replaceGraph(G1, graph("a"));
        Graph broken = new org.apache.jena.graph.impl.GraphBase() {
            @Override
            protected org.apache.jena.util.iterator.ExtendedIterator<Triple> graphBaseFind(Triple t) {
                throw new IllegalStateException("disk on fire");
            }
        };
        assertThrows(IllegalStateException.class, () -> store.replaceGraph(G1, broken));
        assertTrue(store.copyOfGraph(G1).isIsomorphicWith(graph("a")));
    }

    @Test
    void severalGraphsAreReplacedAllOrNothing() {
        store.replaceGraph(G1, graph("a"));
        Graph broken = new org.apache.jena.graph.impl.GraphBase() {
            @Override
            protected org.apache.jena.util.iterator.ExtendedIterator<Triple> graphBaseFind(Triple t) {
                throw new IllegalStateException("disk on fire");
            }
        };
        java.util.Map<String, Graph> batch = new java.util.LinkedHashMap<>();
        batch.put(G1, graph("b"));
        batch.put(G2, broken);
        assertThrows(IllegalStateException.class, () -> store.replaceGraphs(batch));
        assertTrue(store.copyOfGraph(G1).isIsomorphicWith(graph("a")));
        assertFalse(store.containsGraph(G2));

        store.replaceGraphs(java.util.Map.of(G1, graph("b"), G2, graph("c")));
        assertTrue(store.copyOfGraph(G1).isIsomorphicWith(graph("b")));
        assertTrue(store.copyOfGraph(G2).isIsomorphicWith(graph("c")));
    }

    @Test
    void removeGraph() {
        store.replaceGraph(G1, graph("a"));
        assertTrue(store.removeGraph(G1));
        assertFalse(store.removeGraph(G1));
        assertTrue(store.isEmpty());
    }

    @Test
    void onlySelectQueriesAreRun() {
        assertThrows(org.dealgraph.DealgraphException.class,
                () -> store.select(QueryFactory.create("ASK {}"), 1000));
    }
}
