package org.dealgraph.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dealgraph.DealgraphException;
import org.dealgraph.limits.StoppableRegex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The RDF store: one named graph per article, and two more: {@link #ONTOLOGY_GRAPH}, holding the ontology, so that
 * queries can follow the class and property hierarchy ({@code rdfs:subClassOf*}, {@code skos:notation}), and
 * {@link #REFERENCE_GRAPH}, holding what the reference list of entities states about them (their identifiers
 * elsewhere); the union of all of them is the default graph. Neither is an article graph: {@link #graphNames()},
 * {@link #size()}, {@link #unionCopy()} and {@link #isEmpty()} speak of the article graphs only.
 * This is the only class that opens transactions; everything else hands it a function or a graph.
 * Backed by TDB2, on disk or in memory (same engine, same semantics).
 */
public final class GraphStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphStore.class);
    /** Below this much free space on the store's disk the store reports itself unable to write. */
    public static final long MIN_FREE_BYTES = 64L * 1024 * 1024;
    /** The name of the graph that holds the ontology: the ontology's own IRI. */
    public static final String ONTOLOGY_GRAPH = org.dealgraph.vocab.DG.ONTOLOGY_IRI;
    private static final Node ONTOLOGY_NODE = NodeFactory.createURI(ONTOLOGY_GRAPH);
    /**
     * The name of the graph holding what the reference list states about its entities: their Wikidata items and
     * websites.
     */
    public static final String REFERENCE_GRAPH = "https://w3id.org/dealgraph/reference";
    private static final Node REFERENCE_NODE = NodeFactory.createURI(REFERENCE_GRAPH);

    private final DatasetGraph dsg;
    private final String description;
    private final boolean onDisk;
    private final Path folder;
    /** Why the last write failed, until a write succeeds again. */
    private volatile String writeFailure;
    /** The store's change state: how many writes it has had since this object was made, and when the last was. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private volatile long lastChange = System.currentTimeMillis();

    private GraphStore(DatasetGraph dsg, String description, boolean onDisk, Path folder) {
        this.dsg = dsg;
        this.description = description;
        this.onDisk = onDisk;
        this.folder = folder;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        // Regular expressions stop with their query (its timeout, or its client leaving), not only between rows.
        StoppableRegex.install(dsg.getContext());
    }

    /** Opens (creating if needed) a TDB2 store in {@code folder}. */
    public static GraphStore onDisk(Path folder) {
        Objects.requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new DealgraphException("Cannot create the store folder " + folder.toAbsolutePath()
                    + ": " + e.getMessage() + ". Choose another location with --store or dealgraph.store.location.", e);
        }
        try {
            return new GraphStore(DatabaseMgr.connectDatasetGraph(Location.create(folder.toAbsolutePath().toString())),
                    "TDB2 at " + folder.toAbsolutePath(), true, folder.toAbsolutePath());
        } catch (RuntimeException e) {
            throw new DealgraphException("Cannot open the TDB2 store at " + folder.toAbsolutePath() + ": " + e.getMessage()
                    + ". Is another Dealgraph process using it?", e);
        }
    }

    /** A TDB2 store held in memory, for tests and throw-away runs. */
    public static GraphStore inMemory() {
        return new GraphStore(DatabaseMgr.createDatasetGraph(), "TDB2 in memory", false, null);
    }

    /** A store over a dataset the caller provides (closed with the store), described as {@code description}. */
    public static GraphStore over(DatasetGraph dsg, String description) {
        return new GraphStore(Objects.requireNonNull(dsg, "dsg"), description, false, null);
    }

    /** The dataset, for serving (Fuseki manages its own transactions on it). */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    public String description() {
        return description;
    }

    /**
     * Sets the time limit for SPARQL queries run against this store, including through Fuseki.
     */
    public void setQueryTimeout(long millis) {
        if (millis <= 0) {
            throw new DealgraphException("The query timeout must be positive, got " + millis + " ms");
        }
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(millis));
    }

    /**
     * Replaces the named graph {@code graphIri} with {@code content} in one write transaction:
     * readers see either the old graph or the new one, never a mixture; on any failure nothing changes.
     */
    public void replaceGraph(String graphIri, Graph content) {
        replaceGraphs(Map.of(graphIri, content));
    }

    /**
     * Replaces several named graphs in one write transaction: all of them change, or none does.
     * Loading many small articles this way costs one commit instead of one each.
     */
    public void replaceGraphs(Map<String, Graph> contents) {
        write(() -> {
            contents.forEach((graphIri, content) -> {
                Node name = NodeFactory.createURI(graphIri);
                dsg.removeGraph(name);
                content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            return null;
        });
    }

    /**
     * Adds the named graph {@code graphIri} with {@code content} in one write transaction, unless a graph of that
     * name exists: the test and the write are one step, so of two writers of the same new graph only one adds it.
     *
     * @return whether the graph was added
     */
    public boolean addGraph(String graphIri, Graph content) {
        Node name = NodeFactory.createURI(graphIri);
        return write(() -> {
            if (dsg.containsGraph(name)) {
                return false;
            }
            content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            return true;
        });
    }

    /** Removes a named graph; returns whether it was there. */
    public boolean removeGraph(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        return write(() -> {
            boolean present = dsg.containsGraph(name);
            dsg.removeGraph(name);
            return present;
        });
    }

    /**
     * Puts {@code ontology} into the graph {@link #ONTOLOGY_GRAPH}, replacing what it held, unless it already holds
     * the same triples (then nothing is written and the change state stays as it was).
     *
     * @return whether the graph was written
     */
    public boolean refreshOntology(Graph ontology) {
        return putUnlessSame(ONTOLOGY_GRAPH, ONTOLOGY_NODE, ontology);
    }

    /**
     * Makes the reference graph hold exactly {@code content}: writes it when it differs from what the store holds
     * (a store that already has it is not written, so its change state stays as it was).
     *
     * @return whether the store was written
     */
    public boolean putReferenceGraph(Graph content) {
        return putUnlessSame(REFERENCE_GRAPH, REFERENCE_NODE, content);
    }

    /** Replaces a graph of the service's own with {@code content} unless it holds the same triples already. */
    private boolean putUnlessSame(String graphIri, Node graphName, Graph content) {
        boolean same = Txn.calculateRead(dsg, () -> dsg.containsGraph(graphName)
                && dsg.getGraph(graphName).isIsomorphicWith(content));
        if (same) {
            return false;
        }
        replaceGraph(graphIri, content);
        return true;
    }

    /** Whether a graph name is that of an article graph, not the ontology's or the reference graph. */
    public static boolean isArticleGraph(Node graphName) {
        return graphName.isURI() && !graphName.equals(ONTOLOGY_NODE) && !graphName.equals(REFERENCE_NODE);
    }

    /**
     * Runs {@code work} in one write transaction. A failure of the store itself (TDB2 reports a full disk as an
     * {@link InternalError} from its memory-mapped files, or as an I/O exception) aborts the transaction and is
     * reported as a {@link StoreWriteException}; until a write succeeds again, {@link #writeProblem()} says why.
     */
    private <T> T write(java.util.function.Supplier<T> work) {
        T result;
        try {
            result = Txn.calculateWrite(dsg, work);
        } catch (RuntimeException | InternalError e) {
            if (!storeFailure(e)) {
                // The caller's own error (a graph that cannot be read, say): aborted, and passed on as it is.
                throw e;
            }
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            writeFailure = "the last write failed: " + reason;
            LOG.error("The store ({}) could not be written", description, e);
            throw new StoreWriteException(e);
        }
        writeFailure = null;
        changed();
        return result;
    }

    /**
     * The store's change state, to validate what is derived from it (HTTP {@code ETag} and {@code Last-Modified}):
     * it changes with every write through this object and every write reported with {@link #changed()}.
     *
     * @param version      a number that grows with every write
     * @param lastModified when the last write ended (or this object was made), in epoch milliseconds
     */
    public record ChangeState(long version, long lastModified) {
    }

    /** The current change state. */
    public ChangeState changeState() {
        long version;
        long modified;
        do {
            version = changes.get();
            modified = lastChange;
        } while (version != changes.get());
        return new ChangeState(version, modified);
    }

    /** Reports a write made on {@link #datasetGraph()} directly (SPARQL Update, Graph Store writes). */
    public void changed() {
        lastChange = System.currentTimeMillis();
        changes.incrementAndGet();
    }

    /** A failure of the store or its files, not of the work given to it: I/O, memory-mapped files, TDB2 itself. */
    private static boolean storeFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InternalError || t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException
                    || t instanceof org.apache.jena.dboe.base.file.FileException
                    || t instanceof org.apache.jena.tdb2.TDBException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the store cannot be written now, if it cannot: the last write failed (until one succeeds again), or
     * the disk of a store on disk has less than {@value #MIN_FREE_BYTES} bytes free.
     */
    public java.util.Optional<String> writeProblem() {
        String failure = writeFailure;
        if (failure != null) {
            return java.util.Optional.of(failure);
        }
        if (folder != null) {
            try {
                long free = Files.getFileStore(folder).getUsableSpace();
                if (free < MIN_FREE_BYTES) {
                    return java.util.Optional.of("only " + free / (1024 * 1024) + " MB free on the store's disk");
                }
            } catch (java.io.IOException | RuntimeException e) {
                return java.util.Optional.of("the store's folder cannot be examined: " + e.getMessage());
            }
        }
        return java.util.Optional.empty();
    }

    public boolean containsGraph(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(name));
    }

    /** A copy of one named graph (empty when absent). */
    public Graph copyOfGraph(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** The names of the article graphs, sorted (the ontology's graph and the reference graph are not among them). */
    public List<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            Iterator<Node> it = dsg.listGraphNodes();
            it.forEachRemaining(n -> {
                if (isArticleGraph(n)) {
                    names.add(n.getURI());
                }
            });
            names.sort(null);
            return names;
        });
    }

    /** Number of quads in the article graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                if (isArticleGraph(it.next().getGraph())) {
                    n++;
                }
            }
            return n;
        });
    }

    /** Whether the store holds no article graph (it may hold the ontology's and the reference graph). */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) {
                if (isArticleGraph(it.next())) {
                    return false;
                }
            }
            return true;
        });
    }

    /** A copy of the union of all article graphs, as one in-memory model (without the ontology). */
    public Model unionCopy() {
        return Txn.calculateRead(dsg, () -> {
            Model model = ModelFactory.createDefaultModel();
            dsg.find().forEachRemaining(q -> {
                if (isArticleGraph(q.getGraph())) {
                    model.getGraph().add(q.asTriple());
                }
            });
            return model;
        });
    }

    /** Runs a function over the dataset in a read transaction. */
    public <T> T read(Function<Dataset, T> work) {
        Dataset ds = org.apache.jena.query.DatasetFactory.wrap(dsg);
        return Txn.calculateRead(dsg, () -> work.apply(ds));
    }

    /** Runs a SELECT query over the union of all graphs (the articles' and the ontology's) and returns a detached, rewindable result. */
    public ResultSetRewindable select(Query query, long timeoutMillis) {
        if (!query.isSelectType()) {
            throw new DealgraphException("Only SELECT queries can be run here, got: " + query.queryType());
        }
        return read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                ResultSet rs = qe.execSelect();
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    @Override
    public void close() {
        if (onDisk) {
            // Release the files so that the same folder can be opened again in this JVM.
            TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }

    @Override
    public String toString() {
        return "GraphStore[" + description + "]";
    }
}
