package org.dealgraph.web;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.http.MediaType;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The forms a resource's document is served in, with the media type and the file suffix of each. */
enum RdfFormat {
    HTML("html", "text/html", null, null, "HTML"),
    TURTLE("ttl", "text/turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "Turtle"),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, RDFFormat.JSONLD, "JSON-LD"),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, "RDF/XML"),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, "N-Triples"),
    TRIG("trig", "application/trig", Lang.TRIG, RDFFormat.TRIG_PRETTY, "TriG");

    /** The forms of an entity's or a deal's description. */
    static final List<RdfFormat> DESCRIPTION = List.of(HTML, TURTLE, JSONLD, RDFXML, NTRIPLES);
    /** The forms of an article, whose IRI also names its graph. */
    static final List<RdfFormat> GRAPH = List.of(HTML, TURTLE, JSONLD, RDFXML, NTRIPLES, TRIG);
    /** The forms of a data-only document (the ontology's Turtle, VoID). */
    static final List<RdfFormat> DATA = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);

    private final String suffix;
    private final MediaType mediaType;
    private final Lang lang;
    private final RDFFormat rdfFormat;
    private final String title;

    RdfFormat(String suffix, String mediaType, Lang lang, RDFFormat rdfFormat, String title) {
        this.suffix = suffix;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.title = title;
    }

    /** The file suffix, without the dot: {@code ttl}. */
    String suffix() {
        return suffix;
    }

    /** The media type, without parameters. */
    MediaType mediaType() {
        return mediaType;
    }

    /**
     * The media types a client may ask for to get this format: its own, and for JSON-LD also
     * {@code application/json} (a JSON-LD document is JSON; it is sent as {@code application/ld+json}).
     */
    List<MediaType> acceptedTypes() {
        return this == JSONLD ? List.of(mediaType, MediaType.APPLICATION_JSON) : List.of(mediaType);
    }

    /** The Content-Type header value, with the charset where the type takes one. */
    MediaType contentType() {
        return this == HTML || this == TURTLE || this == TRIG
                ? new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8) : mediaType;
    }

    /** The language for parsing (null for HTML). */
    Lang lang() {
        return lang;
    }

    /** The human name, e.g. {@code JSON-LD}. */
    String title() {
        return title;
    }

    /** The format whose suffix ends a path ({@code /id/org/openai.ttl} gives Turtle), among the offered ones. */
    static Optional<RdfFormat> ofPath(String path, List<RdfFormat> offered) {
        return offered.stream().filter(f -> path.endsWith("." + f.suffix)).findFirst();
    }

    /** The format named by a suffix, among all. */
    static Optional<RdfFormat> ofSuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /** Writes a model in this (RDF) form; TriG writes it as the named graph {@code graphName}. */
    byte[] write(Model model, String graphName) {
        if (rdfFormat == null) {
            throw new IllegalStateException(this + " is not an RDF syntax");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (this == TRIG) {
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            dataset.prefixes().putAll(model.getNsPrefixMap());
            dataset.addGraph(NodeFactory.createURI(graphName), model.getGraph());
            RDFWriter.source(dataset).format(rdfFormat).output(out);
        } else {
            RDFWriter.source(model).format(rdfFormat).output(out);
        }
        return out.toByteArray();
    }
}
