package org.dealgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the Vocabulary of Interlinked Datasets (VoID) that the service's description uses, and FOAF's primaryTopic. */
public final class VOID {
    public static final String NS = "http://rdfs.org/ns/void#";

    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    public static final Resource Linkset = ResourceFactory.createResource(NS + "Linkset");
    public static final Property subset = property("subset");
    public static final Property target = property("target");
    public static final Property subjectsTarget = property("subjectsTarget");
    public static final Property objectsTarget = property("objectsTarget");
    public static final Property linkPredicate = property("linkPredicate");
    public static final Resource DatasetDescription = ResourceFactory.createResource(NS + "DatasetDescription");
    public static final Property sparqlEndpoint = property("sparqlEndpoint");
    public static final Property dataDump = property("dataDump");
    public static final Property uriSpace = property("uriSpace");
    public static final Property uriLookupEndpoint = property("uriLookupEndpoint");
    public static final Property triples = property("triples");
    public static final Property entities = property("entities");
    public static final Property classes = property("classes");
    public static final Property properties = property("properties");
    public static final Property distinctSubjects = property("distinctSubjects");
    public static final Property distinctObjects = property("distinctObjects");
    public static final Property documents = property("documents");
    public static final Property exampleResource = property("exampleResource");
    public static final Property vocabulary = property("vocabulary");
    public static final Property classPartition = property("classPartition");
    public static final Property clazz = property("class");
    public static final Property feature = property("feature");

    /** FOAF's primaryTopic, which VoID uses to link a description document to its dataset. */
    public static final Property primaryTopic = ResourceFactory.createProperty("http://xmlns.com/foaf/0.1/primaryTopic");

    private VOID() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
