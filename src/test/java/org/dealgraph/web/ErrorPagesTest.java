package org.dealgraph.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.support.SeedArticles;
import org.dealgraph.vocab.Iris;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One look for every error of the web server: a page in the site's frame for browsers, whatever the path and
 * status, and {@code {status, error, message}} for the API and for clients that ask for JSON; never the framework's
 * own page.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION})
@ActiveProfiles("memory")
class ErrorPagesTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    Iris iris;

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertPage(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ":\n" + response.body());
        assertTrue(LinkedDataTest.contentType(response).startsWith("text/html"), LinkedDataTest.contentType(response));
        String body = response.body();
        assertFalse(body.contains("Whitelabel"), body);
        // The site's frame: its header with the search box, and the status in words.
        assertTrue(body.contains("class=\"brand\"") && body.contains("name=\"q\""), body);
        assertTrue(body.contains(Integer.toString(status)), body);
    }

    private static JsonObject assertJson(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ":\n" + response.body());
        assertTrue(LinkedDataTest.contentType(response).startsWith("application/json"),
                response.uri() + ": " + LinkedDataTest.contentType(response));
        JsonObject json = JSON.parse(response.body());
        assertEquals(status, json.getNumber("status").intValue(), response.body());
        assertTrue(json.hasKey("error") && json.hasKey("message"), response.body());
        assertFalse(json.getString("message").isBlank(), response.body());
        assertEquals(3, json.keys().size(), "exactly status, error, message: " + response.body());
        return json;
    }

    @Test
    void browsersGetAStyledPageForEveryPath() throws Exception {
        for (String path : List.of("/nothing/here", "/id/org/openai/", "/deal/", "/ontology/",
                "/swagger-ui.html/nothing", "/id")) {
            assertPage(send("GET", path, BROWSER), 404);
        }
        HttpResponse<String> slash = send("GET", "/id/org/openai/", BROWSER);
        assertTrue(slash.body().contains("href=\"/id/org/openai\""), "points to the address without the slash:\n"
                + slash.body());
        HttpResponse<String> hostile = send("GET", "/nothing/%3Cscript%3Ealert(1)%3C%2Fscript%3E", BROWSER);
        assertFalse(hostile.body().contains("<script>"), hostile.body());
        // A write without credentials: the page says what is needed, and the challenge stays.
        HttpResponse<String> unauthorised = send("DELETE", "/id/org/openai", BROWSER);
        assertPage(unauthorised, 401);
        assertTrue(unauthorised.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void machinesAndTheApiGetTheDocumentedJson() throws Exception {
        assertJson(send("GET", "/nothing/here", "application/json"), 404);
        assertJson(send("GET", "/api/nothing", null), 404);
        assertJson(send("GET", "/api/nothing", BROWSER), 404);
        assertJson(send("GET", "/api/entities/nobody", null), 404);
        assertJson(send("GET", "/api/search?q=open&limit=many", null), 400);
        assertJson(send("DELETE", "/api/entities/openai", null), 401);
    }

    @Test
    void anEntityCanBeNamedByItsIriInTheApi() throws Exception {
        String iri = iris.base() + "id/org/openai";
        HttpResponse<String> response = send("GET", "/api/entities/" + URLEncoder.encode(iri, StandardCharsets.UTF_8),
                "application/json");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(iri, JSON.parse(response.body()).getString("iri"), response.body());
        HttpResponse<String> deals = send("GET", "/api/entities/" + URLEncoder.encode(iri, StandardCharsets.UTF_8)
                + "/deals", "application/json");
        assertEquals(200, deals.statusCode(), deals.body());
        assertJson(send("GET", "/api/entities/" + URLEncoder.encode(iris.base() + "id/org/nobody",
                StandardCharsets.UTF_8), null), 404);
    }
}
