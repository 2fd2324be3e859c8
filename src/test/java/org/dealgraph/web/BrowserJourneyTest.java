package org.dealgraph.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.support.SeedArticles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A person's journey in a real headless Chromium (Debian's), driven by Playwright's {@code playwright-core}
 * ({@code src/test/browser/journey.js}, installed by the test with the machine's npm into {@code target/browser}; it
 * downloads no browser): the home page, a search typed into its box and submitted, a click on OpenAI in the results,
 * the sentence about Microsoft's stake with its evidence, a click on the evidence's source that lands on the fact in
 * its article, a click on SPARQL in the header, a click on an example query and its results in YASGUI's table (whole
 * column headers, row numbers apart from the values, datatypes as prefixed names), and the entity page on a phone
 * 390 px wide (nothing wider than the screen, the diagram's text legible).
 * Skipped where no Chromium is installed. Screenshots are left in {@code target/browser-journey/}.
 */
@Tag("slow")
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION})
@ActiveProfiles("memory")
class BrowserJourneyTest {
    static final String EVIDENCE = "Microsoft also retains approximately 27 percent ownership of OpenAI’s for-profit entity";

    @LocalServerPort
    int port;

    @Test
    void aPersonSearchesReadsTheEvidenceAndAsksTheConsole(@TempDir Path profile) throws Exception {
        Optional<Path> browser = ConsoleBrowserTest.chromium();
        assumeTrue(browser.isPresent(), "no Chromium on the PATH");
        assumeTrue(ComunicaTest.onPath("node").isPresent() && ComunicaTest.onPath("npm").isPresent(),
                "no Node.js with npm on the PATH");
        Path driver = ComunicaTest.Npm.install("browser");
        Path screenshots = Files.createDirectories(Path.of("target/browser-journey").toAbsolutePath());

        ComunicaTest.Npm.Result run = ComunicaTest.Npm.run(driver, List.of("node", driver.resolve("journey.js").toString(),
                "http://localhost:" + port, browser.get().toString(), profile.toString(), screenshots.toString()), 180);
        Map<String, JsonObject> steps = new LinkedHashMap<>();
        run.out().lines().filter(l -> l.startsWith("{")).map(JSON::parse).forEach(s -> steps.put(s.getString("step"), s));
        String transcript = "\n" + run.out() + run.err();
        assertEquals(0, run.exit(), "the journey failed (screenshot in " + screenshots + "):" + transcript);

        JsonObject home = steps.get("home");
        assertEquals(200, home.get("status").getAsNumber().value().intValue(), transcript);

        JsonObject search = steps.get("search");
        assertTrue(search.getString("url").endsWith("/search?q=OpenAI"), "the form was submitted:" + transcript);
        assertEquals("OpenAI", search.get("hits").getAsArray().get(0).getAsString().value(), "the best hit first");

        JsonObject entity = steps.get("entity");
        assertTrue(entity.getString("url").endsWith("/id/org/openai"), transcript);
        assertEquals("OpenAI", entity.getString("heading"));
        assertEquals("Stakes", entity.getString("section"));
        assertEquals("§ Microsoft holds about 27 % of OpenAI.", entity.getString("sentence"));
        assertTrue(entity.getString("evidence").startsWith(EVIDENCE), transcript);

        JsonObject article = steps.get("article");
        assertTrue(article.getString("url").contains("/article/000_aeaaa436f013f926#fact-stake-"), transcript);
        assertTrue(article.get("factIsTarget").getAsBoolean().value(), "the link lands on the fact:" + transcript);
        assertTrue(article.getString("fact").startsWith("Microsoft holds about 27 % of OpenAI."), transcript);
        assertTrue(article.getString("highlighted").startsWith(EVIDENCE), "the evidence is highlighted:" + transcript);

        JsonObject console = steps.get("console");
        assertTrue(console.getString("endpoint").matches("http://localhost:\\d+/dealgraph/sparql"), transcript);
        assertTrue(console.get("headers").getAsArray().stream().map(h -> h.getAsString().value()).toList()
                .containsAll(List.of("holder", "company", "percent")), transcript);
        assertTrue(console.get("rows").getAsArray().stream().map(JsonValue::getAsArray)
                .anyMatch(row -> row.stream().map(c -> c.getAsString().value()).toList()
                        .containsAll(List.of("Microsoft", "OpenAI"))), "Microsoft's stake in OpenAI:" + transcript);

        assertTrue(console.get("cutHeaders").getAsArray().isEmpty(), "no column header is cut:" + transcript);
        List<Integer> gaps = console.get("numberGaps").getAsArray().stream()
                .map(g -> g.getAsNumber().value().intValue()).toList();
        assertFalse(gaps.isEmpty(), transcript);
        assertTrue(gaps.stream().allMatch(g -> g >= 8), "row numbers stand apart from the values:" + transcript);
        List<String> datatypes = console.get("datatypes").getAsArray().stream().map(d -> d.getAsString().value()).toList();
        assertFalse(datatypes.isEmpty(), "the percentages carry their datatype:" + transcript);
        assertTrue(datatypes.stream().allMatch(d -> d.matches("\\^\\^xsd:[A-Za-z]+")), "datatypes as prefixed names:" + transcript);

        JsonObject phone = steps.get("phone");
        int viewport = phone.get("viewport").getAsNumber().value().intValue();
        assertEquals(390, viewport, transcript);
        assertTrue(phone.get("pageWidth").getAsNumber().value().intValue() <= viewport,
                "the page is no wider than the phone:" + transcript);
        assertTrue(phone.get("headerFits").getAsBoolean().value(), transcript);
        assertTrue(phone.get("diagramBox").getAsNumber().value().intValue() <= viewport, transcript);
        assertTrue(phone.get("smallestText").getAsNumber().value().doubleValue() >= 10,
                "the diagram's text stays legible:" + transcript);
        assertTrue(phone.get("consoleCutHeaders").getAsArray().isEmpty(), "whole headers on the phone too:" + transcript);
        assertTrue(phone.get("consolePageWidth").getAsNumber().value().intValue() <= viewport,
                "the console's table scrolls in its own box:" + transcript);

        assertTrue(steps.get("done").get("problems").getAsArray().isEmpty(),
                "no script errors, no failed loads:" + transcript);
    }
}
