package org.dealgraph.security;

import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static org.dealgraph.security.Http.WRITER;
import static org.dealgraph.security.Http.WRITER_PASSWORD;
import static org.dealgraph.security.Http.basic;
import static org.dealgraph.security.Http.encode;
import static org.dealgraph.security.Http.get;
import static org.dealgraph.security.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Markup in uploaded articles — in the headline, in names and in the quoted evidence — is shown as text on every
 * page: escaped, so no script from an article ever runs; scripts in HTML articles are dropped before extraction.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.articles.location=" + WriteAccessTest.SEED})
@ActiveProfiles("memory")
class MarkupIsEscapedTest {
    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String ARTICLE = "Acme<script>alert('xss')</script> invests $5 million in <b>Beta</b> Labs\n"
            + "Published: 2026-03-02\n\n"
            + "Acme Corp<img src=x onerror=alert(1)> said on Monday it would invest $5 million in "
            + "Beta Labs <script>alert('xss')</script>, a robotics start-up.\n\nSource: <i>Test</i> Wire\n";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        Http.addUser(registry, 0, WRITER, WRITER_PASSWORD, "WRITER");
    }

    @LocalServerPort
    int port;
    @Autowired
    GraphStore store;
    @Autowired
    Iris iris;

    private String web(String path) {
        return "http://localhost:" + port + path;
    }

    private static void assertNoLiveMarkup(String page, String where) {
        assertFalse(page.contains(SCRIPT), where + " holds a live script");
        assertFalse(page.contains("<img src=x"), where + " holds a live image handler");
        assertFalse(page.contains("<b>Beta</b>"), where + " holds the article's markup");
    }

    @Test
    void markupFromAPlainTextArticleIsEscapedOnEveryPage() throws Exception {
        HttpResponse<String> created = post(web("/api/articles?id=markup"), "text/plain", ARTICLE,
                basic(WRITER, WRITER_PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains("<script>"), "the JSON escapes '<' too: " + created.body());

        String articlePath = URI.create(iris.article("markup")).getRawPath();
        HttpResponse<String> article = get(web(articlePath));
        assertEquals(200, article.statusCode());
        assertTrue(article.body().contains("&lt;script&gt;") || article.body().contains("&lt;b&gt;"),
                "the headline is shown as text: " + article.body());
        assertNoLiveMarkup(article.body(), articlePath);

        for (String path : List.of("/", "/search?q=" + encode("Acme"), "/search?q=" + encode(SCRIPT),
                "/api/search?q=" + encode(SCRIPT))) {
            HttpResponse<String> page = get(web(path));
            assertEquals(200, page.statusCode(), path);
            assertNoLiveMarkup(page.body(), path);
        }
        for (String link : linksOf(article.body())) {
            HttpResponse<String> page = get(web(link));
            if (page.statusCode() == 200 && page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertNoLiveMarkup(page.body(), link);
            }
        }
        store.removeGraph(iris.article("markup"));
    }

    @Test
    void scriptsInHtmlArticlesAreDroppedBeforeExtraction() throws Exception {
        String html = "<html><head><title>Acme invests in Beta Labs</title><script>alert('head')</script></head>"
                + "<body><article><h1>Acme invests in Beta Labs</h1><p>Acme Corp said it would invest $5 million in "
                + "Beta Labs.</p><script>alert('body')</script><p onclick=\"alert(2)\">A second paragraph.</p>"
                + "</article></body></html>";
        HttpResponse<String> created = post(web("/api/articles?id=scripted"), "text/html", html,
                basic(WRITER, WRITER_PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains("alert"), created.body());
        String union = store.copyOfGraph(iris.article("scripted")).toString();
        assertFalse(union.contains("alert("), "no script text reaches the graph");
        store.removeGraph(iris.article("scripted"));
    }

    /** The site-relative links of a page. */
    private static List<String> linksOf(String html) {
        return java.util.regex.Pattern.compile("href=\"(/[^\"]*)\"").matcher(html).results()
                .map(m -> m.group(1).replace("&amp;", "&")).distinct().limit(40).toList();
    }
}
