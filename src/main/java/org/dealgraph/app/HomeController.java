package org.dealgraph.app;

import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.query.ArticleSummary;
import org.dealgraph.query.DealQueries;
import org.dealgraph.store.GraphStore;
import org.dealgraph.web.Layout;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static org.dealgraph.web.Layout.esc;

/** The home page, the service's entry point: search, the articles, and where the endpoints and documents are. */
@RestController
class HomeController {
    private final GraphStore store;
    private final EmbeddedFuseki fuseki;
    private final DealQueries queries;

    HomeController(GraphStore store, EmbeddedFuseki fuseki, DealQueries queries) {
        this.store = store;
        this.fuseki = fuseki;
        this.queries = queries;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home() {
        String sparql = esc(fuseki.sparqlUrl());
        String dataset = esc(fuseki.datasetUrl());
        StringBuilder b = new StringBuilder();
        b.append("""
                <h1>Dealgraph</h1>
                <p>A knowledge graph of technology-industry deals, read from news articles: investments, stakes,
                licences, hosting rights, cloud partnerships and more, each with the sentence it was read from.</p>
                <form action="/search" method="get" role="search"><input type="search" name="q" autofocus
                placeholder="A company, person, product or platform, e.g. OpenAI" aria-label="Search" style="width:24em">
                <button>Search</button></form>
                """);
        List<ArticleSummary> articles = queries.articles();
        b.append("<h2>Articles (").append(articles.size()).append(")</h2>\n<ul>\n");
        for (ArticleSummary a : articles) {
            b.append("<li><a href=\"").append(esc(URI.create(a.iri()).getRawPath())).append("\">")
                    .append(esc(a.headline() != null ? a.headline() : a.iri())).append("</a>");
            if (a.published() != null) {
                b.append(" <span class=\"muted\">").append(esc(a.published())).append("</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n<h2>For machines</h2>\n<ul>\n")
                .append("<li>SPARQL endpoint: <a href=\"").append(sparql).append("\">").append(sparql)
                .append("</a> (public; a console at <a href=\"/sparql\">/sparql</a>); updates, for users with a password, at <code>")
                .append(dataset).append("/update</code></li>\n")
                .append("<li>Graph Store Protocol reads: <code>").append(dataset).append("/get?graph=ARTICLE-IRI</code></li>\n")
                .append("<li>Every entity, deal and article IRI dereferences here, as HTML or RDF (content negotiation,"
                        + " or the suffixes .ttl, .jsonld, .rdf, .nt, .trig)</li>\n")
                .append("<li>The ontology: <a href=\"/ontology\">/ontology</a>; VoID: <a href=\"/.well-known/void\">"
                        + "/.well-known/void</a>; the dump: <a href=\"/dump.nq.gz\">/dump.nq.gz</a></li>\n")
                .append("<li>REST: <a href=\"/swagger-ui.html\">/swagger-ui.html</a>; search: <code>/api/search?q=TEXT</code></li>\n")
                .append("<li>Health: <a href=\"/actuator/health\">/actuator/health</a> · the store holds ")
                .append(store.graphNames().size()).append(" article graphs (").append(esc(store.description()))
                .append(")</li>\n</ul>\n");
        return Layout.page("Dealgraph", b.toString());
    }
}
