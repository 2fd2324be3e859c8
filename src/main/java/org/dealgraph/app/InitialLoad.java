package org.dealgraph.app;

import org.dealgraph.load.ArticleLoader;
import org.dealgraph.load.LoadReport;
import org.dealgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** On a first start with an empty store, loads the articles (a folder, or one file). */
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
        Path folder = properties.articles().location();
        if (!properties.articles().loadOnStart()) {
            return;
        }
        if (!store.isEmpty()) {
            LOG.info("The store holds {} article graphs; nothing loaded at start", store.graphNames().size());
            return;
        }
        if (!Files.exists(folder)) {
            LOG.warn("The store is empty and there are no articles at {}; set dealgraph.articles.location",
                    folder.toAbsolutePath());
            return;
        }
        LoadReport report = loader.loadAll(List.of(folder));
        LOG.info("Initial load from {}: {}", folder.toAbsolutePath(), report.summary());
    }
}
