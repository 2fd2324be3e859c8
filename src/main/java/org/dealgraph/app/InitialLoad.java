package org.dealgraph.app;

import org.dealgraph.load.ArticleLoader;
import org.dealgraph.load.LoadReport;
import org.dealgraph.store.GraphStore;
import org.dealgraph.store.StoreWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * At every start, puts the packaged ontology into the store's ontology graph (when it differs from what is there).
 * On a first start with an empty store, loads the articles: every file and folder of
 * {@code dealgraph.articles.location}. When one of them does not exist nothing is loaded, so that the store stays
 * empty and the next start, with the setting corrected, loads them all.
 */
@Component
class InitialLoad {
    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

    private final GraphStore store;
    private final ArticleLoader loader;
    private final DealgraphProperties properties;

    InitialLoad(GraphStore store, ArticleLoader loader, DealgraphProperties properties) {
        this.store = store;
        this.loader = loader;
        this.properties = properties;
    }

    void run() {
        try {
            loader.refreshOntology();
        } catch (StoreWriteException e) {
            // A store that cannot be written (a full disk) is still served; its ontology graph stays as it was.
            LOG.warn("The ontology graph could not be written ({}); the store is served as it is", e.getMessage());
        }
        if (!properties.articles().loadOnStart()) {
            return;
        }
        if (!store.isEmpty()) {
            LOG.info("The store holds {} article graphs; nothing loaded at start", store.graphNames().size());
            return;
        }
        List<Path> locations = properties.articles().location();
        if (locations.isEmpty()) {
            LOG.warn("The store is empty and no articles are named; set dealgraph.articles.location");
            return;
        }
        List<Path> missing = locations.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            LOG.warn("The store is empty and there are no articles at {}; nothing loaded; set dealgraph.articles.location",
                    describe(missing));
            return;
        }
        LoadReport report = loader.loadAll(locations);
        LOG.info("Initial load from {}: {}", describe(locations), report.summary());
    }

    private static String describe(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(", "));
    }
}
