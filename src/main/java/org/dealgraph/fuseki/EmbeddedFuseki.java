package org.dealgraph.fuseki;

import jakarta.servlet.Filter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.dealgraph.DealgraphException;
import org.dealgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dealgraph.limits.JettyGate;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Fuseki serving the store: SPARQL query (GET and POST, every standard result format) at the dataset,
 * {@code sparql} and {@code query}, and Graph Store Protocol reads at the dataset and {@code get}, with CORS for
 * browser clients on other origins. When started writable it also serves Graph Store writes at {@code data};
 * who may use them is for the filters it is given to decide. Fuseki itself runs no SPARQL Update: the path
 * {@code update} is left to a filter that parses, checks and runs each update itself, so that no method or
 * encoding can bring an unchecked update to the store.
 */
public final class EmbeddedFuseki implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFuseki.class);

    /** Jetty's output buffer per response, in bytes. */
    static final int OUTPUT_BUFFER = 64 * 1024;

    private final FusekiServer server;
    private final String datasetName;

    private EmbeddedFuseki(FusekiServer server, String datasetName) {
        this.server = server;
        this.datasetName = datasetName;
    }

    /**
     * The paths at which the dataset {@code datasetName} answers SPARQL queries (the dataset itself, with or
     * without a slash, and its {@code sparql} and {@code query} endpoints): a POST there is a query, never a write.
     */
    public static java.util.Set<String> queryPaths(String datasetName) {
        return java.util.Set.of(datasetName, datasetName + "/", datasetName + "/sparql", datasetName + "/query");
    }

    /**
     * Starts Fuseki.
     *
     * @param store       the store to serve
     * @param port        the HTTP port, 0 for any free port
     * @param datasetName the dataset path, e.g. {@code /dealgraph}
     */
    public static EmbeddedFuseki start(GraphStore store, int port, String datasetName) {
        return start(store, port, datasetName, false, List.of(), Limits.DEFAULT);
    }

    /**
     * What the server itself allows.
     *
     * @param maxThreads   the most worker threads (Jetty's own acceptor and selector threads included)
     * @param maxPerClient the most requests one client (IP address) may have in progress or waiting for a thread;
     *                     more are answered 429 at once (see {@link JettyGate})
     * @param bodyTime     the longest a request body may take to arrive (408 after it), and the longest a
     *                     connection may stay silent (its idle timeout)
     */
    public record Limits(int maxThreads, int maxPerClient, Duration bodyTime) {
        public static final Limits DEFAULT = new Limits(100, 8, Duration.ofSeconds(20));

        public Limits {
            if (maxPerClient < 1 || maxThreads < 8) {
                throw new DealgraphException("Fuseki needs at least 8 threads and a per-client limit of at least 1, got "
                        + maxThreads + " and " + maxPerClient + ".");
            }
            if (maxPerClient > maxThreads - RESERVED_THREADS) {
                throw new DealgraphException("The per-client limit (" + maxPerClient
                        + ", dealgraph.fuseki.max-concurrent-requests) must leave threads for other clients: at most "
                        + (maxThreads - RESERVED_THREADS) + " with " + maxThreads
                        + " threads (dealgraph.fuseki.max-threads).");
            }
            if (bodyTime.isNegative() || bodyTime.isZero()) {
                throw new DealgraphException("The body read time must be positive, got " + bodyTime + ".");
            }
        }
    }

    /** Threads a client at its limit leaves for others (Jetty's acceptor and selectors take some of them). */
    static final int RESERVED_THREADS = 6;

    /**
     * Starts Fuseki.
     *
     * @param store       the store to serve
     * @param port        the HTTP port, 0 for any free port
     * @param datasetName the dataset path, e.g. {@code /dealgraph}
     * @param writable    also serve Graph Store writes at {@code DATASET/data}; only with a filter that
     *                    authenticates them (and serves SPARQL Update at {@code DATASET/update})
     * @param filters     servlet filters run, in this order, before every request
     * @param limits      threads, requests per client, body read time
     */
    public static EmbeddedFuseki start(GraphStore store, int port, String datasetName, boolean writable,
                                       List<Filter> filters, Limits limits) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(filters, "filters");
        if (writable && filters.isEmpty()) {
            throw new DealgraphException("A writable Fuseki needs a filter that authenticates its writes.");
        }
        if (!datasetName.matches("/[A-Za-z0-9_-]+")) {
            throw new DealgraphException("The Fuseki dataset name must look like /name, got: " + datasetName);
        }
        if (port < 0 || port > 65535) {
            throw new DealgraphException("The Fuseki port must be within 0..65535, got: " + port);
        }
        // No SERVICE: a public query must not make the server call other hosts.
        store.datasetGraph().getContext().set(ARQ.httpServiceAllowed, false);
        DataService.Builder service = DataService.newBuilder(store.datasetGraph())
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (writable) {
            service.addEndpoint(Operation.GSP_RW, "data");
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .numServerThreads(Math.min(8, limits.maxThreads()), limits.maxThreads())
                .add(datasetName, service.build())
                .enablePing(true)
                // CORS with Fuseki's defaults (any origin, the SPARQL protocol's methods and headers), so that
                // browser clients on other origins (the /sparql console, Comunica) can query the endpoint.
                .enableCors(true, null);
        // Errors as plain text whatever the client accepts, and with a length in bytes (FusekiMessages).
        builder.addFilter("/*", new FusekiMessages());
        filters.forEach(f -> builder.addFilter("/*", f));
        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        // Clients are counted before their requests wait for a thread, and bodies are held to their time.
        jetty.setHandler(new JettyGate(jetty.getHandler(), limits.maxPerClient(), limits.bodyTime()));
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                // A connection silent for this long (mid-body or between requests) is closed.
                c.setIdleTimeout(limits.bodyTime().toMillis());
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                // Fuseki's default is 5 MB per response; answers are buffered whole by SparqlQueryLimits anyway.
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new DealgraphException("Cannot start Fuseki on port " + port + ": " + e.getMessage()
                    + ". Is the port in use? Choose another with dealgraph.fuseki.port.", e);
        }
        LOG.info("Fuseki serves {} at {}", store.description(), server.datasetURL(datasetName));
        return new EmbeddedFuseki(server, datasetName);
    }

    /** The port Fuseki listens on (the real one when started on port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The dataset URL, e.g. {@code http://localhost:3030/dealgraph}. */
    public String datasetUrl() {
        return server.datasetURL(datasetName);
    }

    /** The SPARQL query endpoint URL. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
