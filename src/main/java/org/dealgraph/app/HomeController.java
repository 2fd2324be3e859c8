package org.dealgraph.app;

import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The home page: what the service is and where its endpoints are. */
@RestController
class HomeController {
    private final GraphStore store;
    private final EmbeddedFuseki fuseki;

    HomeController(GraphStore store, EmbeddedFuseki fuseki) {
        this.store = store;
        this.fuseki = fuseki;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home() {
        String sparql = HtmlUtils.htmlEscape(fuseki.sparqlUrl());
        String dataset = HtmlUtils.htmlEscape(fuseki.datasetUrl());
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Dealgraph</title></head>
                <body>
                <h1>Dealgraph</h1>
                <p>A knowledge graph of technology-industry deals, read from news articles.
                The store holds %d article graphs (%s).</p>
                <ul>
                <li>SPARQL endpoint: <a href="%s">%s</a> (query over GET or POST; read-only)</li>
                <li>Graph Store Protocol reads: <code>%s/get?graph=ARTICLE-IRI</code></li>
                <li>Health: <a href="/actuator/health">/actuator/health</a></li>
                </ul>
                </body></html>
                """.formatted(store.graphNames().size(), HtmlUtils.htmlEscape(store.description()),
                sparql, sparql, dataset);
    }
}
