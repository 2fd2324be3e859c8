package org.dealgraph.web;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the Vocabulary of Interlinked Datasets (VoID) that the service's description uses. */
final class VoidVocabulary {
    static final String NS = "http://rdfs.org/ns/void#";

    static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    static final Resource DatasetDescription = ResourceFactory.createResource(NS + "DatasetDescription");
    static final Property sparqlEndpoint = property("sparqlEndpoint");
    static final Property dataDump = property("dataDump");
    static final Property uriSpace = property("uriSpace");
    static final Property uriLookupEndpoint = property("uriLookupEndpoint");
    static final Property triples = property("triples");
    static final Property entities = property("entities");
    static final Property classes = property("classes");
    static final Property properties = property("properties");
    static final Property distinctSubjects = property("distinctSubjects");
    static final Property distinctObjects = property("distinctObjects");
    static final Property documents = property("documents");
    static final Property exampleResource = property("exampleResource");
    static final Property vocabulary = property("vocabulary");
    static final Property classPartition = property("classPartition");
    static final Property clazz = property("class");
    static final Property feature = property("feature");

    /** FOAF's primaryTopic, which VoID uses to link a description document to its dataset. */
    static final Property primaryTopic = ResourceFactory.createProperty("http://xmlns.com/foaf/0.1/primaryTopic");

    private VoidVocabulary() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
