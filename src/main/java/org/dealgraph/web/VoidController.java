package org.dealgraph.web;

import org.dealgraph.vocab.VOID;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.dealgraph.load.ReferenceLinks;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.query.DatasetStatistics;
import org.dealgraph.query.DealQueries;
import org.dealgraph.vocab.Prefixes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Descriptions for machines: the VoID description of the dataset at {@code /.well-known/void} (RFC 5785; Turtle,
 * JSON-LD, RDF/XML or N-Triples by content negotiation) with its figures, SPARQL endpoint, dump and example
 * resources; and the dump of every article graph, {@code /dump.nq.gz} (gzipped N-Quads).
 */
@RestController
class VoidController {
    static final String VOID_PATH = "/.well-known/void";
    static final String DUMP_PATH = "/dump.nq.gz";
    /** The licence of the dataset: the project's own. */
    static final String LICENSE = "http://www.apache.org/licenses/LICENSE-2.0";
    private static final org.apache.jena.rdf.model.Property FOAF_HOMEPAGE =
            org.apache.jena.rdf.model.ResourceFactory.createProperty("http://xmlns.com/foaf/0.1/homepage");

    private final DealQueries queries;
    private final Site site;
    private final EmbeddedFuseki fuseki;

    VoidController(DealQueries queries, Site site, EmbeddedFuseki fuseki) {
        this.queries = queries;
        this.site = site;
        this.fuseki = fuseki;
    }

    @GetMapping(VOID_PATH)
    ResponseEntity<byte[]> voidDescription(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Optional<RdfFormat> format = Negotiation.choose(accept, RdfFormat.DATA);
        if (format.isEmpty()) {
            return LinkedDataController.notAcceptable(headers, VOID_PATH, RdfFormat.DATA);
        }
        headers.setContentType(format.get().contentType());
        return new ResponseEntity<>(format.get().write(description(queries.statistics()), null), headers, HttpStatus.OK);
    }

    /** The dataset described with VoID. */
    Model description(DatasetStatistics stats) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        String base = site.base();
        Resource doc = m.createResource(base + VOID_PATH.substring(1))
                .addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "A VoID description of Dealgraph");
        Resource ds = m.createResource(base + VOID_PATH.substring(1) + "#dataset")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Dealgraph")
                .addProperty(DCTerms.description, "Deals between technology companies read from news articles: "
                        + "one named graph per article; the default graph of the SPARQL endpoint is their union.")
                .addProperty(VOID.sparqlEndpoint, m.createResource(fuseki.sparqlUrl()))
                .addProperty(VOID.dataDump, m.createResource(base + DUMP_PATH.substring(1)))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.uriLookupEndpoint, m.createResource(base + "api/search?q="))
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/Turtle"))
                .addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/N-Quads"))
                .addProperty(VOID.triples, integer(m, stats.triples()))
                .addProperty(VOID.entities, integer(m, stats.resources()))
                .addProperty(VOID.classes, integer(m, (long) stats.classes().size()))
                .addProperty(VOID.properties, integer(m, stats.properties()))
                .addProperty(VOID.distinctSubjects, integer(m, stats.subjects()))
                .addProperty(VOID.distinctObjects, integer(m, stats.objects()))
                .addProperty(VOID.documents, integer(m, stats.graphs()));
        doc.addProperty(VOID.primaryTopic, ds);
        for (String vocabulary : List.of(org.dealgraph.vocab.DG.NS, "https://schema.org/", "http://www.w3.org/ns/prov#",
                "http://www.w3.org/ns/oa#", "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/")) {
            ds.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }
        stats.examples().forEach(e -> ds.addProperty(VOID.exampleResource, m.createResource(e)));
        if (!stats.wikidataLinks().isEmpty()) {
            Resource wikidata = m.createResource(base + VOID_PATH.substring(1) + "#wikidata")
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, "Wikidata")
                    .addProperty(FOAF_HOMEPAGE, m.createResource("https://www.wikidata.org/"))
                    .addProperty(VOID.uriSpace, ReferenceLinks.WIKIDATA)
                    .addProperty(VOID.sparqlEndpoint, m.createResource("https://query.wikidata.org/sparql"));
            stats.wikidataLinks().forEach((property, count) -> {
                String local = property.equals(OWL.sameAs.getURI()) ? "owl-sameAs" : "schema-sameAs";
                Resource linkset = m.createResource(ds.getURI() + "-wikidata-" + local)
                        .addProperty(RDF.type, VOID.Linkset)
                        .addProperty(DCTerms.title, "Links of Dealgraph's entities to their Wikidata items ("
                                + m.shortForm(property) + ")")
                        .addProperty(VOID.subjectsTarget, ds)
                        .addProperty(VOID.objectsTarget, wikidata)
                        .addProperty(VOID.linkPredicate, m.createResource(property))
                        .addProperty(VOID.triples, integer(m, count));
                ds.addProperty(VOID.subset, linkset);
            });
        }
        int i = 0;
        for (var entry : stats.classes().entrySet()) {
            ds.addProperty(VOID.classPartition, m.createResource(ds.getURI() + "-class-" + (++i))
                    .addProperty(VOID.clazz, m.createResource(entry.getKey()))
                    .addProperty(VOID.entities, integer(m, entry.getValue().longValue())));
        }
        return m;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(n));
    }

    @GetMapping(DUMP_PATH)
    void dump(HttpServletResponse response) throws IOException {
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dealgraph.nq.gz\"");
        try (OutputStream out = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
            queries.dump(out);
        }
    }
}
