package org.dealgraph.app;

import org.dealgraph.article.ArticleReader;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.query.ArticleSummary;
import org.dealgraph.query.Deal;
import org.dealgraph.query.DealQueries;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A first start with the default settings: the service loads every article of {@code data/articles}, the seed
 * articles and the real-news corpus in {@code data/articles/news}, and serves the deals read from them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"dealgraph.fuseki.port=0"})
@ActiveProfiles("memory")
class FirstStartTest {
    static final Path ARTICLES = Path.of("data/articles");
    static final Path NEWS = ARTICLES.resolve("news");

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedFuseki fuseki;
    @Autowired
    GraphStore store;
    @Autowired
    Iris iris;
    @Autowired
    DealgraphProperties properties;

    private String graphOf(Path file) {
        return iris.article(ArticleReader.read(file).id());
    }

    private Set<String> graphsOf(Path folder) {
        return ArticleLoader.articleFiles(List.of(folder)).stream().map(this::graphOf).collect(Collectors.toSet());
    }

    @Test
    void theDefaultLocationIsTheArticlesFolder() {
        assertEquals(List.of(ARTICLES), properties.articles().location());
    }

    @Test
    void everyArticleOfTheFolderAndItsNewsCorpusIsLoaded() {
        Set<String> news = graphsOf(NEWS);
        assertTrue(news.size() >= 40, "the real-news corpus is under " + NEWS + ": " + news.size() + " articles");
        Set<String> all = graphsOf(ARTICLES);
        assertTrue(all.containsAll(news), "the folder is searched recursively");
        assertTrue(all.size() > news.size(), "the seed articles are loaded beside the news corpus");
        assertEquals(all, Set.copyOf(store.graphNames()), "one graph for each article file, none failed");
    }

    @Test
    void theSparqlEndpointServesDealsReadFromTheNewsCorpus() {
        Set<String> news = graphsOf(NEWS);
        DealQueries queries = DealQueries.remote(fuseki.sparqlUrl());
        Set<String> listed = queries.articles().stream().map(ArticleSummary::iri).collect(Collectors.toSet());
        assertTrue(listed.containsAll(news), "every news article is listed");
        Set<String> withDeals = queries.deals().stream().map(Deal::evidence).map(e -> e.article())
                .filter(news::contains).collect(Collectors.toSet());
        assertTrue(withDeals.size() * 2 > news.size(),
                "most news articles have deals served: " + withDeals.size() + " of " + news.size());
    }

    @Test
    void theShippedGraphConformsToTheShapes() {
        java.util.Map<String, org.apache.jena.shacl.ValidationReport> reports =
                org.dealgraph.load.ShapesValidator.packaged().validate(store);
        assertEquals(Set.copyOf(store.graphNames()), reports.keySet());
        List<String> failing = reports.entrySet().stream().filter(e -> !e.getValue().conforms())
                .map(e -> e.getKey() + ":\n" + e.getValue().getEntries().stream().map(Object::toString)
                        .collect(Collectors.joining("\n")))
                .toList();
        assertEquals(List.of(), failing, () -> String.join("\n", failing));
    }

    @Test
    void theOntologyIsAGraphOfTheServedDatasetAndNoArticle() {
        assertTrue(store.containsGraph(GraphStore.ONTOLOGY_GRAPH), "put into the store at start");
        assertTrue(!store.graphNames().contains(GraphStore.ONTOLOGY_GRAPH), "not an article graph");
        // Over the endpoint, the kinds of the facts served come from the hierarchy in the ontology's graph.
        String query = """
                PREFIX dg: <https://w3id.org/dealgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?kind WHERE { ?fact a ?class . ?class rdfs:subClassOf* dg:Fact ; skos:notation ?kind }""";
        Set<String> kinds = new java.util.TreeSet<>();
        try (var qe = org.apache.jena.query.QueryExecution.service(fuseki.sparqlUrl()).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> kinds.add(row.getLiteral("kind").getString()));
        }
        Set<String> served = DealQueries.remote(fuseki.sparqlUrl()).deals().stream()
                .map(d -> d.getClass().getSimpleName()).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(served, kinds);
        assertTrue(kinds.containsAll(Set.of("Stake", "Licence", "Acquisition", "Role")), kinds.toString());
    }

    @Test
    void aNewsArticleHasItsPage() throws Exception {
        Path file = ArticleLoader.articleFiles(List.of(NEWS)).getFirst();
        String id = ArticleReader.read(file).id();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/article/" + id)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), file.toString());
        assertTrue(page.body().contains(id), page.body());
    }
}
