package org.dealgraph.fuseki;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stock Fuseki server started from {@code fuseki/config.ttl} serves a store that Dealgraph loaded. */
class FusekiConfigFileTest {
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    @Test
    void aStockFusekiServesTheStoreFromTheConfigFile(@TempDir Path folder) {
        Path location = folder.resolve("store");
        Iris iris = new Iris("http://localhost:8080/");
        try (GraphStore store = GraphStore.onDisk(location)) {
            new ArticleLoader(DealExtractor.createDefault(), iris, store)
                    .load(Path.of("data/articles/000_aeaaa436f013f926.txt"));
        }

        Model config = RDFDataMgr.loadModel("fuseki/config.ttl");
        Property tdbLocation = config.createProperty(TDB2, "location");
        List<Resource> datasets = config.listSubjectsWithProperty(tdbLocation).toList();
        assertEquals(1, datasets.size(), "one TDB2 dataset in the configuration");
        Resource dataset = datasets.get(0);
        assertEquals("store", dataset.getProperty(tdbLocation).getString(), "the default location");
        dataset.removeAll(tdbLocation).addProperty(tdbLocation, location.toAbsolutePath().toString());

        FusekiServer server = FusekiServer.create().port(0).parseConfig(config).build().start();
        try {
            String endpoint = "http://localhost:" + server.getHttpPort() + "/dealgraph/sparql";
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint)
                    .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                QuerySolution row = qe.execSelect().next();
                assertTrue(row.getLiteral("n").getLong() > 50, "the union default graph is served: " + row);
            }
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint)
                    .query("ASK { GRAPH <" + iris.article("000_aeaaa436f013f926") + "> { ?s ?p ?o } }").build()) {
                assertTrue(qe.execAsk(), "the article graph is there");
            }
        } finally {
            server.stop();
        }
    }
}
