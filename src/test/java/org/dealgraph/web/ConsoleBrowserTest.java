package org.dealgraph.web;

import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.support.SeedArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end in a real browser: headless Chromium loads the SPARQL console, which runs a competency question against
 * Fuseki across origins (CORS) and shows the answer in YASGUI's table. Skipped where no Chromium is installed.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION})
@ActiveProfiles("memory")
class ConsoleBrowserTest {
    @LocalServerPort
    int port;

    static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable).findFirst();
    }

    /** The page's DOM after its scripts ran (at most 15 s of page time, 90 s of real time). */
    static String renderedDom(Path browser, String url, Path profile) throws Exception {
        Process process = new ProcessBuilder(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theConsoleRunsACompetencyQuestionAgainstTheEndpoint(@TempDir Path profile) throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "no Chromium on the PATH");
        String dom = renderedDom(browser.get(), "http://localhost:" + port + "/sparql#example=01-stakes", profile);
        assertTrue(dom.contains("class=\"yasqe"), "YASGUI's editor is on the page");
        assertTrue(dom.contains("<span class=\"nonIri\">Microsoft</span>"),
                "the stakes in OpenAI are in the result table:\n" + dom);
    }
}
