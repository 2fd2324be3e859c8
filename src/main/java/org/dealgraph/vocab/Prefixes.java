package org.dealgraph.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** The prefixes Dealgraph writes and reads RDF with. */
public final class Prefixes {
    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix(DG.PREFIX, DG.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix(Prov.PREFIX, Prov.NS)
            .setNsPrefix("oa", OA.NS)
            .lock();

    private Prefixes() {
    }

    /** The prefixes of every vocabulary the graphs use (read-only). */
    public static PrefixMapping standard() {
        return STANDARD;
    }

    /** The same prefixes as a SPARQL prologue, one {@code PREFIX} line each, sorted by prefix. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(STANDARD.getNsPrefixMap()).forEach((prefix, uri) ->
                sb.append("PREFIX ").append(prefix).append(": <").append(uri).append(">\n"));
        return sb.toString();
    }
}
