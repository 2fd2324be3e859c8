package org.dealgraph.cli;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.dealgraph.support.SeedArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    static final String SEED = SeedArticles.FIRST;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void extractPrintsOneDealFactPerLine() {
        assertEquals(0, run("extract", "--facts", SEED), err());
        List<String> lines = out().lines().toList();
        assertTrue(lines.size() >= 10, out());
        for (String line : lines) {
            JsonObject fact = JSON.parse(line);
            assertTrue(fact.hasKey("type"), line);
        }
    }

    @Test
    void extractWritesOneFilePerArticle(@TempDir Path outDir) throws Exception {
        assertEquals(0, run("extract", "--facts", "--out", outDir.toString(), SEED), err());
        Path written = outDir.resolve("000_aeaaa436f013f926.jsonl");
        assertTrue(Files.exists(written));
        assertFalse(Files.readString(written).isBlank());
        assertEquals("", out());
    }

    @Test
    void loadThenValidate(@TempDir Path folder) {
        String store = folder.resolve("store").toString();
        assertEquals(0, run("load", "--store", store, SeedArticles.FIRST, SeedArticles.SECOND), err());
        assertTrue(out().contains("articles loaded"), out());
        try (org.dealgraph.store.GraphStore opened = org.dealgraph.store.GraphStore.onDisk(Path.of(store))) {
            var reference = opened.copyOfGraph(org.dealgraph.store.GraphStore.REFERENCE_GRAPH);
            assertTrue(reference.contains(org.apache.jena.graph.NodeFactory.createURI("http://localhost:8080/id/org/openai"),
                    org.apache.jena.vocabulary.OWL.sameAs.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI("http://www.wikidata.org/entity/Q21708200")),
                    "load writes the reference entities' links too");
            assertEquals(2, opened.graphNames().size(), "two article graphs");
        }
        out.reset();
        assertEquals(0, run("validate", "--store", store), out() + err());
        assertTrue(out().contains("Conforms"), out());
    }

    @Test
    void loadReportsABadFileAndLoadsTheRest(@TempDir Path folder) throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.copy(Path.of(SEED), articles.resolve("good.txt"));
        Files.writeString(articles.resolve("bad.txt"), "   \n");
        assertEquals(1, run("load", "--store", folder.resolve("store").toString(), articles.toString()));
        assertTrue(out().contains("1 articles loaded"), out());
        assertTrue(err().contains("bad.txt"), err());
    }

    @Test
    void usageErrorsExplainThemselves() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("Unknown command: frobnicate"), err());
        err.reset();
        assertEquals(2, run("extract", SEED));
        assertTrue(err().contains("--facts"), err());
        err.reset();
        assertEquals(2, run("load", "--store"));
        assertTrue(err().contains("--store needs a value"), err());
        err.reset();
        assertEquals(1, run("extract", "--facts", "no/such/file.txt"));
        assertTrue(err().contains("no/such/file.txt"), err());
    }

    @Test
    void articlesInOtherFormatsAndMetadataFromTheCommandLine(@TempDir Path folder) {
        assertEquals(0, run("extract", "--facts", "--publisher", "Elsewhere",
                "src/test/resources/articles/quorvia-page.html", "src/test/resources/articles/quorvia-note.md"), err());
        assertTrue(out().contains("\"type\":\"Investment\""), out());
        out.reset();
        assertEquals(2, run("extract", "--facts", "--headline", "One title for two",
                "src/test/resources/articles/quorvia-page.html", "src/test/resources/articles/quorvia-note.md"));
        assertTrue(err().contains("one article file"), err());
        err.reset();
        assertEquals(2, run("load", "--store", folder.resolve("store").toString(), "--published", "May 4",
                "src/test/resources/articles/quorvia-note.md"));
        assertTrue(err().contains("YYYY-MM-DD"), err());
    }

    @Test
    void evalScoresTheSeedAgainstItsGold() {
        assertEquals(0, run("eval", "--gold", "src/test/resources/gold", SEED), err());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("facts: P=")), out());
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("help"));
        for (String command : List.of("serve", "extract", "load", "validate", "eval")) {
            assertTrue(out().contains(command), command);
        }
    }
}
