package org.dealgraph.app;

import org.dealgraph.load.ArticleLoader;
import org.dealgraph.store.GraphStore;
import org.dealgraph.support.SeedArticles;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first load: which articles {@code dealgraph.articles.location} names, and when nothing is loaded. */
class InitialLoadTest {
    static final Iris IRIS = new Iris("http://localhost:8080/");

    private final GraphStore store = GraphStore.inMemory();
    /** Reads no facts: these tests are about which articles are loaded, not what is read from them. */
    private final ArticleLoader loader = new ArticleLoader(article -> List.of(), IRIS, store);

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static DealgraphProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("dealgraph", DealgraphProperties.class);
    }

    private static DealgraphProperties location(String value) {
        return bind(Map.of("dealgraph.articles.location", value));
    }

    private void run(DealgraphProperties properties) {
        new InitialLoad(store, loader, properties).run();
    }

    private static String graph(String file) {
        String name = Path.of(file).getFileName().toString();
        return IRIS.article(name.substring(0, name.lastIndexOf('.')));
    }

    @Test
    void theDefaultIsTheArticlesFolder() {
        assertEquals(List.of(Path.of("data/articles")), bind(Map.of()).articles().location());
    }

    @Test
    void aCommaSeparatedSettingNamesSeveralFilesOrFolders() {
        String setting = SeedArticles.LOCATION.substring(SeedArticles.LOCATION.indexOf('=') + 1);
        assertEquals(SeedArticles.files(), location(setting).articles().location());
        assertEquals(List.of(Path.of("a"), Path.of("b/c.txt")), location("a, b/c.txt").articles().location());
    }

    @Test
    void everyNamedFileIsLoaded() {
        run(location(SeedArticles.FIRST + "," + SeedArticles.SECOND));
        assertEquals(Set.of(graph(SeedArticles.FIRST), graph(SeedArticles.SECOND)), Set.copyOf(store.graphNames()));
    }

    @Test
    void foldersAndFilesMix(@TempDir Path folder) throws Exception {
        Path nested = Files.createDirectories(folder.resolve("more"));
        Files.copy(Path.of(SeedArticles.SECOND), nested.resolve("copied.txt"));
        run(location(folder + "," + SeedArticles.FIRST));
        assertEquals(Set.of(IRIS.article("copied"), graph(SeedArticles.FIRST)), Set.copyOf(store.graphNames()));
    }

    @Test
    void aMissingLocationLoadsNothingSoThatACorrectedSettingLoadsEverythingLater() {
        run(location(SeedArticles.FIRST + ",no/such/folder"));
        assertTrue(store.isEmpty(), store.graphNames().toString());
    }

    @Test
    void anEmptySettingLoadsNothing() {
        run(location(""));
        assertTrue(store.isEmpty(), store.graphNames().toString());
    }

    @Test
    void nothingIsLoadedIntoAStoreThatHoldsArticles() {
        run(location(SeedArticles.FIRST));
        run(location(SeedArticles.SECOND));
        assertEquals(List.of(graph(SeedArticles.FIRST)), store.graphNames());
    }

    @Test
    void nothingIsLoadedWhenLoadingOnStartIsOff() {
        run(bind(Map.of("dealgraph.articles.location", SeedArticles.FIRST,
                "dealgraph.articles.load-on-start", "false")));
        assertTrue(store.isEmpty());
    }
}
