package org.dealgraph.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.Resources;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.query.ArticleDetails;
import org.dealgraph.query.Deal;
import org.dealgraph.query.DealQueries;
import org.dealgraph.support.SeedArticles;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML pages of the running service (the seed articles in memory), the ontology's documentation and search. */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION})
@ActiveProfiles("memory")
class PagesTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Iris iris;

    @Autowired
    DealQueries queries;

    @Autowired
    org.dealgraph.fuseki.EmbeddedFuseki fuseki;

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(LinkedDataTest.contentType(response).startsWith("text/html"), path);
        return response.body();
    }

    /** The text of a page as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
    static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ");
    }

    @Test
    void theEntityPageTellsItsDealsAsSentencesWithEvidenceDiagramAndTimeline() throws Exception {
        String html = page("/id/org/openai");
        String text = text(html);
        assertTrue(text.contains("Amazon agreed to invest up to $50 billion in OpenAI — February 2026"), text);
        assertTrue(text.contains("Microsoft holds about 27 % of OpenAI"), text);
        int current = text.indexOf("Current terms");
        int earlier = text.indexOf("Superseded and ended terms");
        assertTrue(current >= 0 && earlier > current, "current terms apart from superseded ones");
        assertTrue(text.indexOf("non-exclusively until 2032") > current && text.indexOf("non-exclusively until 2032") < earlier);
        assertTrue(text.indexOf("exclusively until OpenAI achieved") > earlier, "the old exclusive licence is superseded");
        assertTrue(html.contains("href=\"/id/org/amazon\""), "a link to the other party");
        assertTrue(html.contains("href=\"/article/000_aeaaa436f013f926#fact-"), "a link to the fact in the article");
        assertTrue(html.contains("<blockquote>"), "evidence quotes");
        assertTrue(html.contains("<svg") && html.contains("Amazon Web Services</text>"), "the relationship diagram");
        assertTrue(html.contains("class=\"timeline\""), "the timeline");
        for (String suffix : List.of("ttl", "jsonld", "rdf", "nt")) {
            assertTrue(html.contains("href=\"/id/org/openai." + suffix + "\""), suffix);
        }
        assertTrue(html.contains("<form action=\"/search\""), "the search box");
    }

    @Test
    void everyLocalLinkOfAnEntityPageResolves() throws Exception {
        Set<String> links = LinkedDataTest.localLinks(page("/id/org/microsoft")).stream()
                .filter(l -> l.startsWith("/id/") || l.startsWith("/deal/") || l.startsWith("/article/"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertTrue(links.size() > 5, links.toString());
        for (String link : links) {
            assertEquals(200, get(link).statusCode(), link);
        }
    }

    @Test
    void personProductAndPlatformPagesAndADealPage() throws Exception {
        for (String path : List.of("/id/product/frontier", "/id/platform/azure")) {
            assertTrue(text(page(path)).contains("Current terms"), path);
        }
        queries.entities().stream().filter(e -> e.iri().contains("/id/person/")).findFirst()
                .ifPresent(person -> {
                    try {
                        page(person.iri().substring(iris.base().length() - 1));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
        Deal.Licence licence = queries.deals(Deal.Licence.class).stream()
                .filter(l -> Boolean.FALSE.equals(l.exclusive()) && "2032".equals(l.validity().endDate()))
                .findFirst().orElseThrow();
        String html = page(licence.iri().substring(iris.base().length() - 1));
        String text = text(html);
        assertTrue(text.contains("OpenAI licenses intellectual property to Microsoft, non-exclusively until 2032"), text);
        assertTrue(text.contains("replaces"), "a link to the version it replaces");
        assertTrue(html.contains(HtmlUtils.htmlEscape(licence.evidence().quote(), "UTF-8")), "the evidence quote");
    }

    @Test
    void theArticlePageHighlightsEveryEvidenceSpanAndLinksItToItsFact() throws Exception {
        ArticleDetails article = queries.article(iris.article(LinkedDataTest.SEED_ID)).orElseThrow();
        String html = page("/article/" + LinkedDataTest.SEED_ID);
        assertTrue(html.contains("<h1>" + HtmlUtils.htmlEscape(article.headline(), "UTF-8") + "</h1>"));
        Matcher marks = Pattern.compile("<mark><a href=\"#([^\"]+)\"[^>]*>(.*?)</a></mark>", Pattern.DOTALL).matcher(html);
        Set<String> targets = new java.util.HashSet<>();
        StringBuilder marked = new StringBuilder();
        while (marks.find()) {
            targets.add(marks.group(1));
            marked.append(HtmlUtils.htmlUnescape(marks.group(2)));
        }
        for (Deal deal : article.deals()) {
            String anchor = Site.factAnchor(deal.iri());
            assertTrue(html.contains("<li id=\"" + anchor + "\""), "the fact " + anchor);
            assertTrue(html.contains("href=\"" + deal.iri().substring(iris.base().length() - 1) + "\""), deal.iri());
            assertTrue(marked.toString().contains(deal.evidence().quote()) || article.text().contains(deal.evidence().quote()));
        }
        for (String target : targets) {
            assertTrue(html.contains("id=\"" + target + "\""), "a highlight links to an existing fact: " + target);
        }
        assertFalse(targets.isEmpty());
        assertTrue(text(html).contains(text(HtmlUtils.htmlEscape(article.text()))), "the whole text is there");
        assertTrue(html.contains("href=\"/article/" + LinkedDataTest.SEED_ID + ".trig\""));
    }

    @Test
    void searchAnswersJsonRankedAndAPageThatEscapesTheQuery() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/search?q=ama")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonArray hits = JSON.parseAny(response.body()).getAsArray();
        JsonObject first = hits.get(0).getAsObject();
        assertEquals("Amazon", first.getString("label"));
        assertEquals("Organization", first.getString("type"));
        assertEquals(iris.base() + "id/org/amazon", first.getString("iri"));
        assertEquals(Set.of("iri", "label", "type"), first.keys());
        Set<String> labels = hits.stream().map(h -> h.getAsObject().getString("label")).collect(Collectors.toSet());
        assertTrue(labels.contains("Amazon Web Services"), labels.toString());
        JsonValue aws = JSON.parseAny(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/search?q=AWS&limit=1")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("Amazon Web Services", aws.getAsArray().get(0).getAsObject().getString("label"));
        assertEquals(400, HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        String hostile = "<script>alert('x')</script>";
        String html = page("/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertFalse(html.contains(hostile), "the query is escaped");
        assertTrue(html.contains(HtmlUtils.htmlEscape(hostile)));
        assertTrue(page("/search?q=micro").contains("href=\"/id/org/microsoft\""));
    }

    @Test
    void theOntologyIsDocumentedInHtmlAndServedAsTurtle() throws Exception {
        Model ontology = ModelFactory.createModelForGraph(Resources.turtle(Resources.ONTOLOGY));
        String html = page("/ontology");
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ontology.listResourcesWithProperty(RDF.type, type).forEachRemaining(term -> {
                if (term.isURIResource() && term.getURI().startsWith(DG.NS)) {
                    assertTrue(html.contains("id=\"" + term.getLocalName() + "\""), term.getURI());
                }
            });
        }
        assertTrue(html.contains("subclass of:</em> <a href=\"https://schema.org/NewsArticle\">schema:NewsArticle</a>")
                || html.contains("schema:NewsArticle"), "alignments");
        HttpResponse<String> turtle = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ontology"))
                .header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, turtle.statusCode());
        assertTrue(LinkedDataTest.contentType(turtle).startsWith("text/turtle"));
        assertEquals("/ontology.ttl", turtle.headers().firstValue("Content-Location").orElse(null));
        assertTrue(RDFParser.fromString(turtle.body(), Lang.TURTLE).base("urn:x-dealgraph:").toModel()
                .isIsomorphicWith(ontology));
        HttpResponse<String> jsonld = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/ontology.jsonld")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toModel().isIsomorphicWith(ontology));
    }

    @Test
    void theHomePageIsTheEntryPoint() throws Exception {
        String html = page("/");
        assertTrue(html.contains("<form action=\"/search\""));
        assertTrue(html.contains("href=\"/article/" + LinkedDataTest.SEED_ID + "\""));
        assertTrue(html.contains("href=\"/ontology\"") && html.contains("href=\"/.well-known/void\""));
    }

    @Test
    void theSparqlConsoleOffersTheCompetencyQuestionsAgainstTheEndpoint() throws Exception {
        String html = page("/sparql");
        assertTrue(html.contains("<script src=\"/yasgui/yasgui.min.js\"></script>"));
        assertTrue(html.contains("':" + fuseki.port() + "' + \"/dealgraph/sparql\""), "the Fuseki endpoint");
        assertTrue(html.contains("PREFIX dg: <https://w3id.org/dealgraph/ontology#>".replace("<", "\\u003c").replace(">", "\\u003e")),
                "new tabs start with the project's prefixes");
        org.apache.jena.query.QueryFactory.create(org.dealgraph.vocab.Prefixes.sparqlPrologue()
                + Resources.text(ConsoleController.NEW_TAB_QUERY));
        var files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources(ConsoleController.CQ_PATTERN);
        assertTrue(files.length > 10);
        for (var file : files) {
            assertTrue(html.contains(">" + file.getFilename().replace(".rq", "") + "</button>"), file.getFilename());
        }
        HttpResponse<String> script = get("/yasgui/yasgui.min.js");
        assertEquals(200, script.statusCode(), "YASGUI is brought in by the build");
        assertTrue(LinkedDataTest.contentType(script).contains("javascript"), LinkedDataTest.contentType(script));
        assertEquals(200, get("/yasgui/yasgui.min.css").statusCode());
    }

    @Test
    void theEntityPageShowsItsDescriptionOtherNamesAndLinksElsewhere() throws Exception {
        var details = queries.entityDetails(iris.base() + "id/org/microsoft").orElseThrow();
        assertEquals("http://www.wikidata.org/entity/Q2283", details.sameAs().getFirst());
        String html = page("/id/org/microsoft");
        String text = text(html);
        assertTrue(details.description() != null && text.contains(details.description()), text);
        assertTrue(html.contains("<a rel=\"external\" href=\"http://www.wikidata.org/entity/Q2283\">Wikidata Q2283</a>"),
                "a link to the Wikidata item");
        assertTrue(html.contains("href=\"https://www.microsoft.com/\""), "a link to the website");
        for (String other : details.otherNames()) {
            assertTrue(text.contains(other), other);
        }
        Model data = RDFParser.fromString(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/id/org/microsoft.ttl")).GET().build(), HttpResponse.BodyHandlers.ofString()).body(), Lang.TURTLE).toModel();
        Resource microsoft = data.getResource(details.iri());
        Resource item = data.getResource("http://www.wikidata.org/entity/Q2283");
        assertTrue(data.contains(microsoft, OWL.sameAs, item), "its description as data states the link");
        assertTrue(data.contains(microsoft, org.apache.jena.vocabulary.SchemaDO.sameAs, item));
        // An entity without identifiers elsewhere gets no such line.
        String platform = page("/id/product/frontier");
        assertFalse(platform.contains("class=\"elsewhere\""), "no links where the reference list has none");
    }

    @Test
    void aDealPageNamesTheVersionItReplacesInWordsNotByItsIri() throws Exception {
        Deal.Licence licence = queries.deals(Deal.Licence.class).stream()
                .filter(l -> Boolean.FALSE.equals(l.exclusive()) && "2032".equals(l.validity().endDate()))
                .findFirst().orElseThrow();
        String old = licence.validity().supersedes().getFirst();
        Deal replaced = queries.deal(old).orElseThrow();
        String html = page(licence.iri().substring(iris.base().length() - 1));
        Matcher link = Pattern.compile("<th>replaces</th><td><a href=\"([^\"]+)\">([^<]+)</a>").matcher(html);
        assertTrue(link.find(), html);
        assertEquals(old.substring(iris.base().length() - 1), link.group(1));
        String words = HtmlUtils.htmlUnescape(link.group(2));
        assertTrue(words.startsWith(Words.plain(replaced)), words);
        assertFalse(words.contains(old), words);
        String replacedPage = page(old.substring(iris.base().length() - 1));
        assertTrue(HtmlUtils.htmlUnescape(replacedPage).contains(">" + Words.plain(licence)), "and back: the later version in words");
    }
}
