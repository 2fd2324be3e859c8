package org.dealgraph.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.query.Deal;
import org.dealgraph.query.DealQueries;
import org.dealgraph.support.SeedArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API of the running service (the seed articles loaded into memory): the same answers as the Java API over
 * the service's SPARQL endpoint, JSON errors, and the OpenAPI description.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION})
@ActiveProfiles("memory")
class DealApiTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedFuseki fuseki;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonValue json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.parseAny(response.body());
    }

    private static Set<String> dealIris(JsonValue deals) {
        return deals.getAsArray().stream().map(d -> d.getAsObject().getObj("deal").getString("iri"))
                .collect(Collectors.toSet());
    }

    private static List<JsonObject> licencesToMicrosoft(JsonArray deals) {
        return deals.stream().map(JsonValue::getAsObject)
                .filter(d -> d.getString("kind").equals("Licence"))
                .map(d -> d.getObj("deal"))
                .filter(l -> l.getObj("licensor").getString("name").equals("OpenAI"))
                .toList();
    }

    @Test
    void dealsAsOfADateAnswerTheAsOfExample() throws Exception {
        JsonArray before = json("/api/entities/microsoft/deals?asOf=2026-03-01").getAsArray();
        List<JsonObject> exclusive = licencesToMicrosoft(before);
        assertEquals(1, exclusive.size(), before.toString());
        assertTrue(exclusive.getFirst().getBoolean("exclusive"));

        JsonArray after = json("/api/entities/Microsoft/deals?asOf=2026-05-01").getAsArray();
        List<JsonObject> open = licencesToMicrosoft(after);
        assertEquals(1, open.size(), after.toString());
        assertFalse(open.getFirst().getBoolean("exclusive"));
        assertEquals("2032", open.getFirst().getObj("validity").getString("endDate"));
        assertTrue(open.getFirst().getObj("evidence").getString("quote").contains("2032"));
    }

    @Test
    void theAnswersAreThoseOfTheJavaApiOverTheEndpoint() throws Exception {
        try (DealQueries remote = DealQueries.remote(fuseki.sparqlUrl())) {
            LocalDate day = LocalDate.of(2026, 5, 1);
            assertEquals(remote.dealsOf("microsoft", day).stream().map(Deal::iri).collect(Collectors.toSet()),
                    dealIris(json("/api/entities/microsoft/deals?asOf=2026-05-01")));
            assertEquals(remote.dealsOf("OpenAI").stream().map(Deal::iri).collect(Collectors.toSet()),
                    dealIris(json("/api/entities/openai/deals")));
            assertEquals(remote.deals().size(), json("/api/deals").getAsArray().size());
            assertEquals(remote.conflicts().size(), json("/api/conflicts").getAsArray().size());
            assertEquals(remote.changes(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size(),
                    json("/api/changes?from=2026-01-01&to=2026-12-31").getAsArray().size());
            assertEquals(remote.timeline("openai").size(), json("/api/entities/openai/timeline").getAsArray().size());
            assertEquals(remote.deals(Deal.Licence.class).size(), json("/api/deals?kind=Licence").getAsArray().size());
        }
    }

    @Test
    void changesShowTheOldLicenceBesideTheNewOne() throws Exception {
        JsonArray changes = json("/api/changes?from=2026-04-01&to=2026-04-30").getAsArray();
        JsonObject licence = changes.stream().map(JsonValue::getAsObject)
                .filter(c -> c.getString("kind").equals("SUPERSEDED")
                        && c.getObj("before").getString("kind").equals("Licence"))
                .findFirst().orElseThrow(() -> new AssertionError(changes));
        assertTrue(licence.getObj("before").getObj("deal").getBoolean("exclusive"));
        assertFalse(licence.getObj("after").getObj("deal").getBoolean("exclusive"));
        assertTrue(licence.get("differences").getAsArray().stream().map(JsonValue::getAsObject)
                .anyMatch(d -> d.getString("term").equals("exclusive")));

        String agreement = json("/api/deals?kind=Agreement").getAsArray().get(0).getAsObject().getObj("deal")
                .getString("iri");
        JsonArray withAgreement = json("/api/changes?agreement=" + URLEncoder.encode(agreement, StandardCharsets.UTF_8))
                .getAsArray();
        assertFalse(withAgreement.isEmpty());
    }

    @Test
    void conflictsKeepTheirSourcesSideBySide() throws Exception {
        JsonArray conflicts = json("/api/conflicts").getAsArray();
        JsonObject clash = conflicts.stream().map(JsonValue::getAsObject)
                .filter(c -> c.getString("kind").equals("OVERLAPPING_EXCLUSIVE_RIGHTS"))
                .findFirst().orElseThrow(() -> new AssertionError(conflicts));
        Set<String> kinds = clash.get("deals").getAsArray().stream().map(d -> d.getAsObject().getString("kind"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Licence", "HostingRight"), kinds);
        for (JsonValue deal : clash.get("deals").getAsArray()) {
            JsonObject evidence = deal.getAsObject().getObj("deal").getObj("evidence");
            assertTrue(evidence.getString("headline").startsWith("OpenAI and Microsoft"), evidence.toString());
            assertFalse(evidence.getString("quote").isBlank());
        }
    }

    @Test
    void stakesRightsPartnersAndEntities() throws Exception {
        JsonObject stakes = json("/api/entities/openai/stakes").getAsObject();
        assertEquals(27, stakes.get("knownTotal").getAsNumber().value().intValue());
        assertTrue(licencesToMicrosoft(json("/api/entities/microsoft/rights").getAsArray()).size() == 2);
        Set<String> partners = json("/api/entities/openai/cloud-partners").getAsArray().stream()
                .map(e -> e.getAsObject().getString("name")).collect(Collectors.toSet());
        assertTrue(partners.containsAll(Set.of("Microsoft", "Amazon Web Services")), partners.toString());
        assertEquals("Amazon Web Services", json("/api/entities/AWS").getAsObject().getString("name"));
        assertTrue(json("/api/entities").getAsArray().size() > 5);
        assertFalse(json("/api/entities/microsoft/deals-with/openai").getAsArray().isEmpty());
    }

    @Test
    void anUnknownEntityIsANotFoundWithAJsonError() throws Exception {
        for (String id : List.of("no-such-company", URLEncoder.encode("Micro\"soft } # {", StandardCharsets.UTF_8))) {
            HttpResponse<String> response = get("/api/entities/" + id + "/deals");
            assertEquals(404, response.statusCode(), response.body());
            JsonObject error = JSON.parse(response.body());
            assertEquals(404, error.get("status").getAsNumber().value().intValue());
            assertTrue(error.getString("message").contains("/api/entities"), response.body());
        }
        HttpResponse<String> agreement = get("/api/changes?agreement=" + URLEncoder.encode("http://x/none", StandardCharsets.UTF_8));
        assertEquals(404, agreement.statusCode(), agreement.body());
    }

    @Test
    void aBadDateIsABadRequestWithAMessage() throws Exception {
        for (String path : List.of("/api/entities/microsoft/deals?asOf=2026-13-01", "/api/changes?from=yesterday&to=2026-05-01",
                "/api/changes?from=2026-05-01", "/api/changes?from=2026-05-01&to=2026-03-01", "/api/deals?kind=Merger")) {
            HttpResponse<String> response = get(path);
            assertEquals(400, response.statusCode(), path + ": " + response.body());
            JsonObject error = JSON.parse(response.body());
            assertFalse(error.getString("message").isBlank(), path);
        }
        assertTrue(JSON.parse(get("/api/entities/microsoft/deals?asOf=2026-13-01").body()).getString("message")
                .contains("YYYY-MM-DD"));
    }

    @Test
    void theApiIsDescribedByOpenApiWithABrowsableUi() throws Exception {
        JsonObject docs = json("/v3/api-docs").getAsObject();
        JsonObject paths = docs.getObj("paths");
        for (String path : List.of("/api/entities/{id}/deals", "/api/changes", "/api/conflicts")) {
            assertTrue(paths.hasKey(path), path + " in " + paths.keys());
        }
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/swagger-ui/index.html")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("swagger"), ui.body());
    }

    @Test
    void theOpenApiDocumentIsTitledVersionedAndStatesTheRealUploadContract() throws Exception {
        JsonObject docs = json("/v3/api-docs").getAsObject();
        JsonObject info = docs.getObj("info");
        assertEquals("Dealgraph", info.getString("title"));
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("</parent>\\s*<groupId>[^<]*</groupId>\\s*"
                + "<artifactId>[^<]*</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml")));
        assertTrue(version.find());
        assertEquals(version.group(1), info.getString("version"), "the build's version");

        JsonObject basic = docs.getObj("components").getObj("securitySchemes").getObj("basicAuth");
        assertEquals("http", basic.getString("type"));
        assertEquals("basic", basic.getString("scheme"));

        JsonObject upload = docs.getObj("paths").getObj("/api/articles").getObj("post");
        assertTrue(upload.get("security").getAsArray().stream()
                .anyMatch(s -> s.getAsObject().hasKey("basicAuth")), "the upload needs a password");
        assertEquals(java.util.Set.of("text/plain", "text/html", "text/markdown", "multipart/form-data"),
                upload.getObj("requestBody").getObj("content").keys(), "the content types it takes");
        JsonObject responses = upload.getObj("responses");
        assertEquals(java.util.Set.of("201", "400", "401", "403", "409", "413", "415", "429", "503"), responses.keys());
        JsonObject created = responses.getObj("201").getObj("content").getObj("application/json");
        assertTrue(created.getObj("schema").hasKey("$ref"), upload.toString());
        String ref = created.getObj("schema").getString("$ref");
        JsonObject schema = docs.getObj("components").getObj("schemas").getObj(ref.substring(ref.lastIndexOf('/') + 1));
        assertEquals(java.util.Set.of("id", "graph", "triples", "facts"), schema.getObj("properties").keys());
        assertTrue(responses.getObj("429").getObj("content").hasKey("text/plain"), "the limit answers in plain text");
        // Reading needs no password.
        assertFalse(docs.getObj("paths").getObj("/api/entities").getObj("get").hasKey("security"));
    }
}
