package org.dealgraph.load;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.util.IsoMatcher;
import org.dealgraph.DealgraphException;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.store.GraphStore;
import org.dealgraph.support.SeedArticles;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleLoaderTest {
    static final Path SEED = Path.of("data/articles/000_aeaaa436f013f926.txt");
    static final Iris IRIS = new Iris("http://localhost:8080/");

    GraphStore store;
    ArticleLoader loader;

    @BeforeEach
    void setUp() {
        store = GraphStore.inMemory();
        loader = new ArticleLoader(DealExtractor.createDefault(), IRIS, store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Dataset snapshot() {
        return store.read(ds -> {
            Dataset copy = DatasetFactory.create();
            ds.asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add);
            return copy;
        });
    }

    @Test
    void theSeedLoadsIntoItsOwnNamedGraph() {
        LoadReport.Loaded loaded = loader.load(SEED);
        assertEquals("000_aeaaa436f013f926", loaded.articleId());
        assertEquals(IRIS.article("000_aeaaa436f013f926"), loaded.graph());
        assertEquals(List.of(loaded.graph()), store.graphNames());
        assertTrue(loaded.facts() >= 10, "facts: " + loaded.facts());
        assertEquals(loaded.triples(), store.size());
    }

    @Test
    void loadingTheSeedTwiceLeavesTheStoreUnchanged() {
        loader.load(SEED);
        Dataset first = snapshot();
        loader.load(SEED);
        Dataset second = snapshot();
        assertEquals(first.asDatasetGraph().stream().count(), second.asDatasetGraph().stream().count());
        assertTrue(IsoMatcher.isomorphic(first.asDatasetGraph(), second.asDatasetGraph()),
                "reloading the seed changed the store");
    }

    @Test
    void theLoadedGraphConformsToTheShapes() {
        loader.load(SEED);
        for (ValidationReport report : ShapesValidator.packaged().validate(store).values()) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            ShLib.printReport(new PrintStream(text, true, StandardCharsets.UTF_8), report);
            assertTrue(report.conforms(), () -> text.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aMalformedArticleIsReportedAndLeavesTheStoreAsItWas(@TempDir Path folder) throws Exception {
        loader.load(SEED);
        Dataset before = snapshot();
        Path empty = Files.writeString(folder.resolve("empty.txt"), "\n\n");
        Path notUtf8 = Files.write(folder.resolve("latin1.txt"), new byte[] {'H', 'i', '\n', (byte) 0xE9, (byte) 0xFF});
        Path good = Files.copy(SEED, folder.resolve("copy.txt"));

        LoadReport report = loader.loadAll(List.of(folder));

        assertEquals(2, report.failures().size(), report.failures().toString());
        assertEquals(List.of("copy"), report.loaded().stream().map(LoadReport.Loaded::articleId).toList());
        assertThrows(DealgraphException.class, () -> loader.load(empty));
        assertThrows(DealgraphException.class, () -> loader.load(notUtf8));
        assertTrue(Files.exists(good));
        store.removeGraph(IRIS.article("copy"));
        assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), snapshot().asDatasetGraph()));
    }

    @Test
    void twoFilesWithTheSameIdentifierDoNotOverwriteEachOther(@TempDir Path folder) throws Exception {
        Path a = Files.createDirectories(folder.resolve("a"));
        Path b = Files.createDirectories(folder.resolve("b"));
        Files.copy(SEED, a.resolve("same.txt"));
        Files.writeString(b.resolve("same.txt"), "Another headline\n\nAcme Corp invested $5 million in Beta Labs.\n");

        LoadReport report = loader.loadAll(List.of(folder), 2, LoadProgress.NONE);

        assertEquals(1, report.loaded().size());
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).reason().contains("already taken"), report.failures().toString());
        assertEquals(b.resolve("same.txt"), report.failures().get(0).file());
    }

    @Test
    void parallelAndSequentialLoadsGiveTheSameStore() {
        loader.loadAll(SeedArticles.files(), 1, LoadProgress.NONE);
        Dataset sequential = snapshot();
        store.graphNames().forEach(store::removeGraph);
        loader.loadAll(SeedArticles.files(), 4, LoadProgress.NONE);
        assertTrue(IsoMatcher.isomorphic(sequential.asDatasetGraph(), snapshot().asDatasetGraph()));
    }

    @Test
    void aMissingFileIsAClearError() {
        DealgraphException e = assertThrows(DealgraphException.class,
                () -> loader.loadAll(List.of(Path.of("no/such/article.txt"))));
        assertTrue(e.getMessage().contains("no/such/article.txt"), e.getMessage());
    }
}
