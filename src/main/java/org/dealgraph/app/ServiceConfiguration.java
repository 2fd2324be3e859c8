package org.dealgraph.app;

import org.dealgraph.extract.DealExtractor;
import org.dealgraph.extract.Extractor;
import jakarta.servlet.Filter;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.limits.RequestLimits;
import org.dealgraph.limits.SparqlQueryLimits;
import org.dealgraph.security.Accounts;
import org.dealgraph.security.FusekiWriteGuard;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.dealgraph.web.SparqlEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.List;

/** Wires the store, the extraction pipeline and Fuseki. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean(destroyMethod = "close")
    GraphStore graphStore(DealgraphProperties properties) {
        GraphStore store = properties.store().inMemory()
                ? GraphStore.inMemory()
                : GraphStore.onDisk(properties.store().location());
        store.setQueryTimeout(properties.fuseki().queryTimeout().toMillis());
        return store;
    }

    @Bean
    Iris iris(DealgraphProperties properties) {
        return new Iris(properties.baseIri());
    }

    @Bean
    Extractor extractor(DealgraphProperties properties) {
        return DealExtractor.createDefault().withTimeBudget(properties.limits().extractionTime());
    }

    @Bean
    ArticleLoader articleLoader(Extractor extractor, Iris iris, GraphStore store) {
        return new ArticleLoader(extractor, iris, store);
    }

    /** Fuseki starts with the application and stops with it; the initial load and the reference graph are written before it starts. */
    @Bean(destroyMethod = "close")
    EmbeddedFuseki embeddedFuseki(GraphStore store, DealgraphProperties properties, InitialLoad initialLoad,
                                  ReferenceGraph referenceGraph, Accounts accounts, Environment environment) {
        initialLoad.run();
        referenceGraph.install();
        String dataset = properties.fuseki().dataset();
        DealgraphProperties.Limits limits = properties.limits();
        // In order: the per-client limits, then who may write, then the endpoint's description and protocol
        // checks, then the limits on queries.
        List<Filter> filters = List.of(
                // Requests in progress are counted by the server itself, from their arrival (JettyGate).
                RequestLimits.bodyOnly(limits.maxRequestBody().toBytes()),
                new FusekiWriteGuard(accounts, dataset, store.datasetGraph(), store::changed),
                // The web server's port is known once it has started (it may be chosen at random).
                new SparqlEndpoint(dataset, () -> environment.getProperty("local.server.port", Integer.class,
                        environment.getProperty("server.port", Integer.class, 8080))),
                new SparqlQueryLimits(dataset, limits.maxQueryLength(), limits.maxResultRows(),
                        limits.maxResultSize().toBytes()));
        return EmbeddedFuseki.start(store, properties.fuseki().port(), dataset, true, filters,
                new EmbeddedFuseki.Limits(properties.fuseki().maxThreads(), properties.fuseki().maxConcurrentRequests(),
                        limits.bodyReadTime()));
    }
}
