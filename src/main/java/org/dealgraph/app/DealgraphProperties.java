package org.dealgraph.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/**
 * The service's settings, under the prefix {@code dealgraph}. Paths are relative to the working folder.
 *
 * @param baseIri  the base under which instance IRIs are minted; ends with '/'
 * @param store    where the graph is kept
 * @param articles the articles loaded on first start
 * @param fuseki   the embedded SPARQL server
 * @param security who may write
 * @param limits   what one request may cost
 */
@ConfigurationProperties("dealgraph")
public record DealgraphProperties(
        @DefaultValue("http://localhost:8080/") String baseIri,
        @DefaultValue Store store,
        @DefaultValue Articles articles,
        @DefaultValue Fuseki fuseki,
        @DefaultValue Security security,
        @DefaultValue Limits limits) {

    /**
     * @param location the TDB2 folder
     * @param inMemory keep the graph in memory instead (lost at exit)
     */
    public record Store(@DefaultValue("store") Path location, @DefaultValue("false") boolean inMemory) {
    }

    /**
     * @param location    the article files and folders (folders searched recursively for article files); as a
     *                    property, a comma-separated list
     * @param loadOnStart load them when the service starts with an empty store
     */
    public record Articles(@DefaultValue("data/articles") List<Path> location,
                           @DefaultValue("true") boolean loadOnStart) {
        public Articles {
            location = location == null ? List.of() : List.copyOf(location);
        }
    }

    /**
     * @param port         the HTTP port (0 picks a free one)
     * @param dataset      the dataset path
     * @param queryTimeout the longest a SPARQL query may run
     * @param maxThreads   the most threads the SPARQL server runs
     * @param maxConcurrentRequests the most requests one client may have in progress or waiting for a thread on
     *                     the SPARQL server
     */
    public record Fuseki(@DefaultValue("3030") int port, @DefaultValue("/dealgraph") String dataset,
                         @DefaultValue("30s") Duration queryTimeout,
                         @DefaultValue("100") int maxThreads,
                         @DefaultValue("8") int maxConcurrentRequests) {
    }

    /**
     * @param users                 the accounts; when there are none, an administrator with a random password
     *                              is generated at first start
     * @param generatedCredentials  where the generated administrator's name and password hash are kept (empty:
     *                              nowhere, a new password at every start)
     */
    public record Security(@DefaultValue List<User> users,
                           @DefaultValue("dealgraph-credentials") String generatedCredentials) {
    }

    /**
     * @param name         the user name
     * @param passwordHash the password's hash, e.g. {@code {bcrypt}$2a$10$...} (see {@code dealgraph hash-password})
     * @param roles        WRITER (may upload articles and update the graph) or ADMIN (may do everything)
     */
    public record User(String name, String passwordHash, @DefaultValue List<String> roles) {
    }

    /**
     * @param maxQueryLength       the longest SPARQL query text, in characters
     * @param maxResultRows        the most rows a SELECT query returns
     * @param maxRequestBody       the largest request body
     * @param maxArticleSize       the largest uploaded article
     * @param maxConcurrentRequests the most requests one client may have in progress at once on the web server
     *                             (the SPARQL server has its own, {@code fuseki.maxConcurrentRequests})
     * @param extractionTime       the time reading one article may take before it is refused
     * @param bodyReadTime         the longest a request body may take to arrive, and a connection may stay silent
     * @param maxResultSize        the largest query answer (answers are held whole until complete)
     */
    public record Limits(@DefaultValue("20000") int maxQueryLength,
                         @DefaultValue("10000") int maxResultRows,
                         @DefaultValue("10MB") DataSize maxRequestBody,
                         @DefaultValue("256KB") DataSize maxArticleSize,
                         @DefaultValue("64") int maxConcurrentRequests,
                         @DefaultValue("20s") java.time.Duration extractionTime,
                         @DefaultValue("20s") java.time.Duration bodyReadTime,
                         @DefaultValue("16MB") DataSize maxResultSize) {
    }
}
