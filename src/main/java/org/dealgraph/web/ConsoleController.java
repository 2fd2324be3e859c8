package org.dealgraph.web;

import org.dealgraph.JsonWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.dealgraph.DealgraphException;
import org.dealgraph.Resources;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.vocab.Prefixes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import static org.dealgraph.web.Layout.esc;

/**
 * The SPARQL console at {@code /sparql}: YASGUI (installed by the build, served from {@code /yasgui/}) against the
 * Fuseki endpoint, reached at the host name the page was loaded from and Fuseki's port. New tabs start with the
 * project's prefixes; the competency questions ({@code /dealgraph/ontology/cq/*.rq}) are ready as examples, and
 * {@code /sparql#example=NAME} opens and runs one.
 */
@RestController
class ConsoleController {
    static final String CQ_PATTERN = "classpath:/dealgraph/ontology/cq/*.rq";
    /** The query a new tab starts with, after the project's prefixes. */
    static final String NEW_TAB_QUERY = "/dealgraph/console/new-tab.rq";

    /**
     * The result table: whole column headers (never cut to the width of their column), row numbers right-aligned in a
     * column of their own, apart from the first value; a table wider than the screen scrolls in its own box.
     */
    static final String TABLE_STYLE = String.join("",
            ".yasr table.dataTable thead tr th{overflow:visible;text-overflow:clip;white-space:nowrap;",
            "min-width:max-content}",
            ".yasr table.dataTable thead th:first-child,",
            ".yasr table.dataTable td:first-child{width:3em!important;min-width:3em;box-sizing:border-box;",
            "padding-right:.8em!important;text-align:right;color:#667;border-right:1px solid #e2e4ea}",
            ".yasr .yasr_results{overflow-x:auto}",
            ".yasr table.dataTable td:first-child+td,.yasr table.dataTable thead th:first-child+th{padding-left:.8em!important}");

    private final String page;

    ConsoleController(EmbeddedFuseki fuseki) {
        URI dataset = URI.create(fuseki.sparqlUrl());
        this.page = Layout.page("SPARQL console", body(fuseki.port(), dataset.getRawPath(), examples()));
    }

    @GetMapping("/sparql")
    ResponseEntity<byte[]> console() {
        return LinkedDataController.html(HttpStatus.OK, new HttpHeaders(), page);
    }

    /** The competency questions as {@code [{"name": "01-stakes", "query": "..."}]}, by file name. */
    static ArrayNode examples() {
        ArrayNode examples = JsonWriter.array();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(CQ_PATTERN);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                examples.addObject().put("name", file.getFilename().replaceFirst("\\.rq$", ""))
                        .put("query", file.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new DealgraphException("Cannot read the competency questions (" + CQ_PATTERN + "): " + e.getMessage()
                    + "; rebuild the application with ./mvnw package", e);
        }
        return examples;
    }

    private static String body(int port, String path, ArrayNode examples) {
        // JSON inside <script>: "<" (and ">", "&") escaped so that no text can close the element.
        String json = JsonWriter.writeHtmlSafe(examples);
        ArrayNode prefixes = JsonWriter.array().add(Prefixes.sparqlPrologue() + "\n" + Resources.text(NEW_TAB_QUERY));
        ObjectNode names = JsonWriter.object();
        Prefixes.standard().getNsPrefixMap().forEach(names::put);
        StringBuilder b = new StringBuilder();
        b.append("<link rel=\"stylesheet\" href=\"/yasgui/yasgui.min.css\">\n")
                .append("<style>").append(TABLE_STYLE).append("</style>\n")
                .append("<h1>SPARQL console</h1>\n<p class=\"muted\">Queries go to the read-only endpoint <code id=\"endpoint\">")
                .append(esc(":" + port + path)).append("</code>; the default graph is the union of the article graphs.")
                .append(" Examples (the competency questions):</p>\n<p id=\"examples\">");
        for (int i = 0; i < examples.size(); i++) {
            String name = examples.get(i).get("name").asString();
            b.append("<button type=\"button\" data-example=\"").append(i).append("\">").append(esc(name))
                    .append("</button> ");
        }
        b.append("</p>\n<div id=\"yasgui\"></div>\n")
                .append("<script type=\"application/json\" id=\"example-queries\">").append(json).append("</script>\n")
                .append("<script type=\"application/json\" id=\"new-tab-query\">")
                .append(JsonWriter.writeHtmlSafe(prefixes)).append("</script>\n")
                .append("<script type=\"application/json\" id=\"prefixes\">")
                .append(JsonWriter.writeHtmlSafe(names)).append("</script>\n")
                .append("<script src=\"/yasgui/yasgui.min.js\"></script>\n<script>\n")
                .append("const endpoint = location.protocol + '//' + location.hostname + ':").append(port)
                .append("' + ").append(jsString(path)).append(";\n")
                .append("""
                        document.getElementById('endpoint').textContent = endpoint;
                        // /sparql#example=01-stakes opens and runs that example (read before YASGUI rewrites the URL).
                        const wanted = new URLSearchParams(location.hash.substring(1)).get('example');
                        const examples = JSON.parse(document.getElementById('example-queries').textContent);
                        const start = JSON.parse(document.getElementById('new-tab-query').textContent)[0];
                        Yasgui.Yasqe.defaults.value = start;
                        // The results name IRIs and datatypes by the project's prefixes (xsd:date), and by the
                        // query's own where it declares more.
                        const prefixes = JSON.parse(document.getElementById('prefixes').textContent);
                        const yasgui = new Yasgui(document.getElementById('yasgui'), {
                          requestConfig: { endpoint: endpoint, method: 'POST' },
                          yasr: { prefixes: prefixes },
                          copyEndpointOnNewTab: true,
                          persistenceId: 'dealgraph-console'
                        });
                        function run(example) {
                          const tab = yasgui.addTab(true, { name: example.name, yasqe: { value: example.query },
                              requestConfig: { endpoint: endpoint } });
                          tab.setQuery(example.query);
                          tab.query();
                        }
                        document.querySelectorAll('#examples button').forEach(button => {
                          button.addEventListener('click', () => run(examples[Number(button.dataset.example)]));
                        });
                        const linked = examples.find(e => e.name === wanted);
                        if (linked) {
                          run(linked);
                        }
                        </script>
                        """);
        return b.toString();
    }

    /** A JavaScript string literal (JSON's escaping, and no "<", ">" or "&"). */
    private static String jsString(String text) {
        return JsonWriter.writeHtmlSafe(text);
    }
}
