package org.dealgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of PROV-O, {@code http://www.w3.org/ns/prov#}, that Dealgraph uses (Jena ships no constants for it).
 */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    private Prov() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasRevisionOf = ResourceFactory.createProperty(NS, "wasRevisionOf");
    public static final Property wasQuotedFrom = ResourceFactory.createProperty(NS, "wasQuotedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
}
