package org.dealgraph.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The service's settings, under the prefix {@code dealgraph}. Paths are relative to the working folder.
 *
 * @param baseIri  the base under which instance IRIs are minted; ends with '/'
 * @param store    where the graph is kept
 * @param articles the articles loaded on first start
 * @param fuseki   the embedded SPARQL server
 */
@ConfigurationProperties("dealgraph")
public record DealgraphProperties(
        @DefaultValue("http://localhost:8080/") String baseIri,
        @DefaultValue Store store,
        @DefaultValue Articles articles,
        @DefaultValue Fuseki fuseki) {

    /**
     * @param location the TDB2 folder
     * @param inMemory keep the graph in memory instead (lost at exit)
     */
    public record Store(@DefaultValue("store") Path location, @DefaultValue("false") boolean inMemory) {
    }

    /**
     * @param location    the folder of article files
     * @param loadOnStart load them when the service starts with an empty store
     */
    public record Articles(@DefaultValue("data/articles") Path location, @DefaultValue("true") boolean loadOnStart) {
    }

    /**
     * @param port         the HTTP port (0 picks a free one)
     * @param dataset      the dataset path
     * @param queryTimeout the longest a SPARQL query may run
     */
    public record Fuseki(@DefaultValue("3030") int port, @DefaultValue("/dealgraph") String dataset,
                         @DefaultValue("30s") Duration queryTimeout) {
    }
}
