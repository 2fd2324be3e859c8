package org.dealgraph.web;

import org.dealgraph.support.SeedArticles;
import org.dealgraph.vocab.VOID;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The descriptions for machines: VoID figures that match the store, the dump, and CORS on the SPARQL endpoint. */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", SeedArticles.LOCATION})
@ActiveProfiles("memory")
class VoidTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Iris iris;

    @Autowired
    GraphStore store;

    @Autowired
    EmbeddedFuseki fuseki;

    private long integer(Resource r, String local) {
        return r.getProperty(r.getModel().createProperty(VOID.NS, local)).getLong();
    }

    @Test
    void theVoidFiguresMatchTheStore() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/.well-known/void")).header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(LinkedDataTest.contentType(response).startsWith("text/turtle"));
        Model voidModel = RDFParser.fromString(response.body(), Lang.TURTLE).toModel();
        List<Resource> descriptions = voidModel.listResourcesWithProperty(RDF.type, VOID.DatasetDescription).toList();
        assertEquals(1, descriptions.size());
        Resource ds = descriptions.getFirst().getPropertyResourceValue(VOID.primaryTopic);
        assertTrue(ds.hasProperty(RDF.type, VOID.Dataset));
        assertEquals(Set.of(ds.getURI(), iris.base() + ".well-known/void#wikidata"),
                voidModel.listResourcesWithProperty(RDF.type, VOID.Dataset).mapWith(Resource::getURI).toSet(),
                "Dealgraph's dataset and the one its links point into");

        // The default graph the endpoint answers over: the article graphs, the ontology's and the reference graph.
        Model union = store.unionCopy().add(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                store.copyOfGraph(GraphStore.ONTOLOGY_GRAPH))).add(org.apache.jena.rdf.model.ModelFactory
                .createModelForGraph(store.copyOfGraph(GraphStore.REFERENCE_GRAPH)));
        assertTrue(union.size() > store.unionCopy().size(), "the ontology is in the dataset");
        assertEquals(union.size(), integer(ds, "triples"));
        assertEquals(union.listSubjects().toSet().size(), integer(ds, "distinctSubjects"));
        assertEquals(union.listObjectsOfProperty(RDF.type).toSet().size(), integer(ds, "classes"));
        assertEquals(store.graphNames().size(), integer(ds, "documents"));
        long pages = 0;
        for (Resource type : List.of(DG.Organization, DG.Person, DG.Product, DG.Platform, DG.Fact, DG.Article)) {
            pages += union.listResourcesWithProperty(RDF.type, type).toList().size();
        }
        assertEquals(pages, integer(ds, "entities"));
        Resource factPartition = voidModel.listResourcesWithProperty(VOID.clazz, DG.Fact).next();
        assertEquals(union.listResourcesWithProperty(RDF.type, DG.Fact).toList().size(), integer(factPartition, "entities"));
        Resource dealPartition = voidModel.listResourcesWithProperty(VOID.clazz, DG.Deal).next();
        assertEquals(union.listResourcesWithProperty(RDF.type, DG.Deal).toList().size(), integer(dealPartition, "entities"));

        assertEquals(fuseki.sparqlUrl(), ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(iris.base() + "dump.nq.gz", ds.getPropertyResourceValue(VOID.dataDump).getURI());
        String example = ds.getPropertyResourceValue(VOID.exampleResource).getURI();
        assertTrue(union.containsResource(union.getResource(example)), example);
    }

    @Test
    void theDumpHoldsEveryArticleGraphAsGzippedNQuads() throws Exception {
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/dump.nq.gz")).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("application/gzip", LinkedDataTest.contentType(response));
        DatasetGraph dump;
        try (InputStream in = new GZIPInputStream(response.body())) {
            dump = RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph();
        }
        List<String> names = new ArrayList<>();
        dump.listGraphNodes().forEachRemaining((Node n) -> names.add(n.getURI()));
        names.sort(null);
        List<String> expected = new ArrayList<>(store.graphNames());
        expected.add(GraphStore.REFERENCE_GRAPH);
        expected.sort(null);
        assertEquals(expected, names, "every article graph and the reference graph");
        long quads = 0;
        for (var it = dump.find(); it.hasNext(); it.next()) {
            quads++;
        }
        assertEquals(store.size() + store.copyOfGraph(GraphStore.REFERENCE_GRAPH).size(), quads);
        assertFalse(names.isEmpty());
    }

    @Test
    void theSparqlEndpointAllowsCrossOriginQueries() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl() + "?query=ASK%7B%7D"))
                .header("Origin", "http://elsewhere.example").header("Accept", "application/sparql-results+json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String allowed = response.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(Set.of("*", "http://elsewhere.example").contains(allowed), "Access-Control-Allow-Origin: " + allowed);
    }

    @Test
    void theVoidDescriptionGivesTheLicenceTheLookupEndpointAndTheWikidataLinksets() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/.well-known/void")).header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
        Model voidModel = RDFParser.fromString(response.body(), Lang.TURTLE).toModel();
        Resource ds = voidModel.listResourcesWithProperty(RDF.type, VOID.Dataset)
                .filterKeep(r -> r.hasProperty(VOID.sparqlEndpoint, voidModel.createResource(fuseki.sparqlUrl()))).next();
        assertEquals("http://www.apache.org/licenses/LICENSE-2.0",
                ds.getPropertyResourceValue(org.apache.jena.vocabulary.DCTerms.license).getURI());
        assertTrue(ds.getProperty(VOID.uriLookupEndpoint).getObject().isURIResource(), "the lookup endpoint is an IRI");
        assertEquals(iris.base() + "api/search?q=", ds.getPropertyResourceValue(VOID.uriLookupEndpoint).getURI());

        Model union = store.unionCopy().add(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                store.copyOfGraph(GraphStore.REFERENCE_GRAPH)));
        List<Resource> linksets = voidModel.listResourcesWithProperty(RDF.type, VOID.Linkset).toList();
        assertEquals(2, linksets.size(), "one linkset per linking property");
        for (Resource linkset : linksets) {
            assertTrue(ds.hasProperty(VOID.subset, linkset));
            assertEquals(ds, linkset.getPropertyResourceValue(VOID.subjectsTarget));
            Resource wikidata = linkset.getPropertyResourceValue(VOID.objectsTarget);
            assertEquals("http://www.wikidata.org/entity/", wikidata.getProperty(VOID.uriSpace).getString());
            var predicate = union.createProperty(linkset.getPropertyResourceValue(VOID.linkPredicate).getURI());
            long links = union.listStatements(null, predicate, (org.apache.jena.rdf.model.RDFNode) null)
                    .filterKeep(st -> st.getObject().isURIResource()
                            && st.getResource().getURI().startsWith("http://www.wikidata.org/entity/")).toList().size();
            assertTrue(links > 10, "the reference list links many entities: " + links);
            assertEquals(links, integer(linkset, "triples"), predicate.getURI());
        }
        assertEquals(java.util.Set.of(org.apache.jena.vocabulary.OWL.sameAs.getURI(), "https://schema.org/sameAs"),
                linksets.stream().map(l -> l.getPropertyResourceValue(VOID.linkPredicate).getURI())
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theReferenceGraphHoldsTheLinksOnceAndIsNoArticleGraph() {
        assertTrue(store.containsGraph(GraphStore.REFERENCE_GRAPH));
        assertFalse(store.graphNames().contains(GraphStore.REFERENCE_GRAPH));
        String openai = iris.base() + "id/org/openai";
        var wikidata = org.apache.jena.graph.NodeFactory.createURI("http://www.wikidata.org/entity/Q21708200");
        var subject = org.apache.jena.graph.NodeFactory.createURI(openai);
        var reference = store.copyOfGraph(GraphStore.REFERENCE_GRAPH);
        assertTrue(reference.contains(subject, org.apache.jena.vocabulary.OWL.sameAs.asNode(), wikidata));
        assertTrue(reference.contains(subject, org.apache.jena.vocabulary.SchemaDO.sameAs.asNode(), wikidata));
        for (String graph : store.graphNames()) {
            assertFalse(store.copyOfGraph(graph).contains(Node.ANY, org.apache.jena.vocabulary.OWL.sameAs.asNode(), Node.ANY),
                    "no article graph repeats the links: " + graph);
        }
        // Writing the same links again changes nothing, so the store's validators stay as they were.
        var before = store.changeState();
        assertFalse(store.putReferenceGraph(reference));
        assertEquals(before, store.changeState());
    }
}
