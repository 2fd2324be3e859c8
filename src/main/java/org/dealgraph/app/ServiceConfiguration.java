package org.dealgraph.app;

import org.dealgraph.extract.DealExtractor;
import org.dealgraph.extract.Extractor;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    Extractor extractor() {
        return DealExtractor.createDefault();
    }

    @Bean
    ArticleLoader articleLoader(Extractor extractor, Iris iris, GraphStore store) {
        return new ArticleLoader(extractor, iris, store);
    }

    /** Fuseki starts with the application and stops with it; the initial load runs before it starts. */
    @Bean(destroyMethod = "close")
    EmbeddedFuseki embeddedFuseki(GraphStore store, DealgraphProperties properties, InitialLoad initialLoad) {
        initialLoad.run();
        return EmbeddedFuseki.start(store, properties.fuseki().port(), properties.fuseki().dataset());
    }
}
