package org.dealgraph.query;

import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's Java example is {@link ReadmeExample}, word for word, and it runs against a real endpoint. */
class ReadmeExampleTest {
    private static final Path README = Path.of("README.md");
    private static final Path EXAMPLE = Path.of("src/test/java/org/dealgraph/query/ReadmeExample.java");

    @Test
    void theReadmeShowsTheExampleClass() throws Exception {
        String readme = Files.readString(README);
        int section = readme.indexOf("## Java query API");
        assertTrue(section >= 0, "README has a Java query API section");
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(section), "a java code block in the section");
        String source = Files.readString(EXAMPLE);
        String withoutPackage = source.substring(source.indexOf('\n', source.indexOf("package ")) + 1).stripLeading();
        assertEquals(withoutPackage, block.group(1));
    }

    @Test
    void theExampleRunsAgainstTheServiceEndpoint() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (GraphStore store = TestGraphs.load(new Iris())) {
            EmbeddedFuseki fuseki = EmbeddedFuseki.start(store, 0, "/dealgraph");
            try {
                System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                ReadmeExample.main(new String[] {fuseki.sparqlUrl()});
            } finally {
                System.setOut(original);
                fuseki.close();
            }
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("2026-03-01: OpenAI licenses intellectual property to Microsoft, exclusive: true"), out);
        assertTrue(out.contains("2026-05-01: OpenAI licenses intellectual property to Microsoft, exclusive: false, ends: 2032"),
                out);
        assertTrue(out.contains("OVERLAPPING_EXCLUSIVE_RIGHTS: ") && out.contains("Frontier"), out);
    }
}
