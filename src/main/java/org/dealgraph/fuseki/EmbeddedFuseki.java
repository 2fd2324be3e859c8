package org.dealgraph.fuseki;

import org.apache.jena.fuseki.main.FusekiServer;
import org.dealgraph.DealgraphException;
import org.dealgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Fuseki serving the store, read-only: SPARQL query (GET and POST, every standard result format) and
 * Graph Store Protocol reads, with CORS for browser clients on other origins. There is no update or write endpoint.
 */
public final class EmbeddedFuseki implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFuseki.class);

    private final FusekiServer server;
    private final String datasetName;

    private EmbeddedFuseki(FusekiServer server, String datasetName) {
        this.server = server;
        this.datasetName = datasetName;
    }

    /**
     * Starts Fuseki.
     *
     * @param store       the store to serve
     * @param port        the HTTP port, 0 for any free port
     * @param datasetName the dataset path, e.g. {@code /dealgraph}
     */
    public static EmbeddedFuseki start(GraphStore store, int port, String datasetName) {
        Objects.requireNonNull(store, "store");
        if (!datasetName.matches("/[A-Za-z0-9_-]+")) {
            throw new DealgraphException("The Fuseki dataset name must look like /name, got: " + datasetName);
        }
        if (port < 0 || port > 65535) {
            throw new DealgraphException("The Fuseki port must be within 0..65535, got: " + port);
        }
        FusekiServer server = FusekiServer.create()
                .port(port)
                .add(datasetName, store.datasetGraph(), false)
                .enablePing(true)
                // CORS with Fuseki's defaults (any origin, the SPARQL protocol's methods and headers), so that
                // browser clients on other origins (the /sparql console, Comunica) can query the endpoint.
                .enableCors(true, null)
                .build();
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
