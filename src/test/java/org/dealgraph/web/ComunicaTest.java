package org.dealgraph.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A linked-data client Dealgraph did not write: Comunica ({@code @comunica/query-sparql}, installed from
 * {@code src/test/comunica} with the machine's npm into {@code target/comunica}) asks the competency question
 * {@code 01-stakes} of the SPARQL endpoint, and again of dereferenced documents only (OpenAI's IRI, then the IRI of
 * every deal its document says points at it), negotiating the format itself or asking for Turtle. All three answers
 * are the same, and the expected one. The service's base IRI is its own address, so the IRIs in the graph resolve.
 */
@Tag("slow")
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.articles.location=" + ComunicaTest.SEED})
@ActiveProfiles("memory")
class ComunicaTest {
    static final String SEED = "data/articles/000_aeaaa436f013f926.txt";
    static final Path QUESTION = Path.of("ontology/cq/01-stakes.rq");
    static final int PORT = freePort();

    static Path client;

    @Autowired
    EmbeddedFuseki fuseki;

    @DynamicPropertySource
    static void ownAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("dealgraph.base-iri", () -> "http://localhost:" + PORT + "/");
    }

    @BeforeAll
    static void install() throws Exception {
        assumeTrue(onPath("node").isPresent() && onPath("npm").isPresent(), "no Node.js with npm on the PATH");
        client = Npm.install("comunica");
    }

    @Test
    void theEndpointAndTheDereferencedDocumentsGiveTheSameAnswer() throws Exception {
        String entity = "http://localhost:" + PORT + "/id/org/openai";

        JsonObject viaEndpoint = ask("sparql", fuseki.sparqlUrl());
        JsonObject viaDocuments = ask("documents", entity);
        JsonObject viaTurtle = ask("documents", entity, "text/turtle");

        Set<Map<String, String>> expected = Set.of(Map.of("holder", "Microsoft", "company", "OpenAI", "percent", "27",
                "approximate", "true"));
        assertEquals(expected, rows(viaEndpoint), "the endpoint's answer (" + QUESTION + ")");
        assertEquals(rows(viaEndpoint), rows(viaDocuments), "the answer from documents, format negotiated by Comunica");
        assertEquals(rows(viaEndpoint), rows(viaTurtle), "the answer from Turtle documents");

        for (JsonObject answer : List.of(viaDocuments, viaTurtle)) {
            List<JsonObject> documents = answer.get("documents").getAsArray().stream().map(JsonValue::getAsObject)
                    .toList();
            assertTrue(documents.stream().anyMatch(d -> string(d, "url").equals(entity)), "OpenAI was dereferenced");
            assertTrue(documents.stream().anyMatch(d -> string(d, "url").contains("/deal/000_aeaaa436f013f926/stake-")),
                    "the stake's document was dereferenced: " + documents);
            for (JsonObject d : documents) {
                String type = string(d, "contentType");
                assertEquals(200, d.get("status").getAsNumber().value().intValue(), d.toString());
                assertFalse(type.startsWith("text/html"), "Comunica got data, not a page: " + d);
                RdfFormat format = RdfFormat.DESCRIPTION.stream().filter(f -> type.startsWith(f.mediaType().toString()))
                        .findFirst().orElseThrow(() -> new AssertionError("not a format of the service: " + d));
                assertTrue(string(d, "contentLocation").endsWith("." + format.suffix()),
                        "Content-Location names the document served: " + d);
            }
        }
        assertTrue(viaTurtle.get("documents").getAsArray().stream()
                        .allMatch(d -> string(d.getAsObject(), "contentType").startsWith("text/turtle")),
                "asked for Turtle, got Turtle: " + viaTurtle.get("documents"));
    }

    /** Runs {@code node ask.js MODE TARGET QUESTION [ACCEPT]} and parses what it prints. */
    private JsonObject ask(String mode, String target, String... accept) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", client.resolve("ask.js").toString(), mode, target,
                QUESTION.toAbsolutePath().toString()));
        command.addAll(Arrays.asList(accept));
        Npm.Result result = Npm.run(client, command, 120);
        assertEquals(0, result.exit(), "Comunica failed: " + result.err() + result.out());
        String last = result.out().strip().lines().reduce((a, b) -> b).orElse("");
        return JSON.parse(last);
    }

    /** The answer's rows, numbers and booleans in their plain form. */
    private static Set<Map<String, String>> rows(JsonObject answer) {
        Set<Map<String, String>> rows = new HashSet<>();
        for (JsonValue row : answer.get("rows").getAsArray()) {
            Map<String, String> values = new TreeMap<>();
            row.getAsObject().entrySet().forEach(e -> values.put(e.getKey(), plain(e.getValue().getAsString().value())));
            rows.add(values);
        }
        return rows;
    }

    private static String plain(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == null || value.isNull() ? "" : value.getAsString().value();
    }

    static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Node packages for the tests: {@code src/test/NAME} (package.json, its lock file, .npmrc and scripts) copied to
     * {@code target/NAME} and installed there with {@code npm ci --ignore-scripts}, again only when the lock file
     * changed. A file lock keeps builds sharing {@code target/} from installing at the same time.
     */
    static final class Npm {
        record Result(int exit, String out, String err) {
        }

        private Npm() {
        }

        static Path install(String name) throws Exception {
            Path source = Path.of("src/test", name).toAbsolutePath();
            Path target = Path.of("target", name).toAbsolutePath();
            Files.createDirectories(target);
            try (FileChannel channel = FileChannel.open(Path.of("target", name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                try (Stream<Path> files = Files.list(source)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Path installed = target.resolve("node_modules/.installed-lock.json");
                String lock = Files.readString(source.resolve("package-lock.json"));
                if (!Files.exists(installed) || !Files.readString(installed).equals(lock)) {
                    Result result = run(target, List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), 600);
                    if (result.exit() != 0) {
                        throw new AssertionError("npm ci in " + target + " failed (" + result.exit() + "):\n"
                                + result.err() + result.out());
                    }
                    Files.writeString(installed, lock);
                }
            }
            return target;
        }

        static Result run(Path directory, List<String> command, int seconds) throws Exception {
            Path out = Files.createTempFile("dealgraph-node", ".out");
            Path err = Files.createTempFile("dealgraph-node", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + seconds + " s:\n"
                            + Files.readString(err) + Files.readString(out));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
    }
}
