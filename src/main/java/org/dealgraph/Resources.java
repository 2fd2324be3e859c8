package org.dealgraph;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The files that travel inside the application: the ontology, the shapes, the Fuseki configuration. */
public final class Resources {
    public static final String ONTOLOGY = "/dealgraph/ontology/dealgraph.ttl";
    public static final String SHAPES = "/dealgraph/ontology/shapes.ttl";
    public static final String FUSEKI_CONFIG = "/dealgraph/fuseki/config.ttl";

    private Resources() {
    }

    public static InputStream open(String resource) {
        InputStream in = Resources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DealgraphException("The resource " + resource + " is missing from the application; rebuild it with ./mvnw package");
        }
        return in;
    }

    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a Turtle resource into a new graph. */
    public static Graph turtle(String resource) {
        try (InputStream in = open(resource)) {
            return RDFParser.source(in).lang(Lang.TURTLE).base("urn:x-dealgraph:").toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
