package org.dealgraph.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A structural check of the OWL 2 DL conditions that {@code ontology/dealgraph.ttl} can break, written with Jena
 * because no maintained OWL 2 profile checker is available to the build. It checks the typing constraints of OWL 2
 * DL (OWL 2 Structural Specification, section 5.8.1, and the mapping to RDF graphs):
 * <ul>
 *   <li>every IRI used as a class (typing an individual, in {@code rdfs:subClassOf}, {@code owl:disjointWith},
 *       {@code owl:AllDisjointClasses}, a domain, an object property's range) is declared {@code owl:Class};</li>
 *   <li>every IRI used as a predicate, other than the built-in vocabulary, is declared as exactly one of
 *       {@code owl:ObjectProperty}, {@code owl:DatatypeProperty}, {@code owl:AnnotationProperty}, and is not a
 *       class;</li>
 *   <li>object properties link to IRIs, data properties to literals, and a data property's range is a
 *       datatype;</li>
 *   <li>{@code rdfs:subPropertyOf} relates properties of one kind; {@code owl:inverseOf} relates object
 *       properties; only object and data properties are functional;</li>
 *   <li>blank nodes appear only in {@code owl:AllDisjointClasses} axioms and their member lists;</li>
 *   <li>the built-in vocabularies (RDF, RDFS, OWL, XSD) are used, never given axioms.</li>
 * </ul>
 * Together these are the conditions under which the RDF graph maps to an OWL 2 DL ontology; the global
 * restrictions on property chains and cardinalities do not arise, since the ontology uses neither on
 * non-simple properties.
 */
class OwlProfileTest {
    private static final Set<String> BUILT_IN = Set.of(RDF.getURI(), RDFS.getURI(), OWL2.getURI(), XSD.getURI());
    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY.toString());
    }

    private static boolean builtIn(Resource r) {
        return r.isURIResource() && BUILT_IN.stream().anyMatch(ns -> r.getURI().startsWith(ns));
    }

    private static boolean declared(Resource r, Resource kind) {
        return ontology.contains(r, RDF.type, kind);
    }

    private static boolean isObjectProperty(Resource p) {
        return declared(p, OWL2.ObjectProperty);
    }

    private static boolean isDataProperty(Resource p) {
        return declared(p, OWL2.DatatypeProperty);
    }

    private static boolean isAnnotationProperty(Resource p) {
        return declared(p, OWL2.AnnotationProperty) || p.equals(RDFS.label) || p.equals(RDFS.comment)
                || p.equals(RDFS.seeAlso) || p.equals(RDFS.isDefinedBy) || p.equals(OWL2.versionInfo)
                || p.equals(OWL2.priorVersion) || p.equals(OWL2.incompatibleWith) || p.equals(OWL2.backwardCompatibleWith)
                || p.equals(OWL2.deprecated);
    }

    /** Whether a resource is one of the built-in axiom kinds or individuals' declarations, not a class of ours. */
    private static boolean isClassOrDatatype(Resource r) {
        return declared(r, OWL2.Class) || r.equals(OWL2.Thing) || r.equals(OWL2.Nothing)
                || r.isURIResource() && (r.getURI().startsWith(XSD.getURI()) || r.equals(RDF.langString)
                || r.equals(RDFS.Literal));
    }

    /** The IRIs used in a class position. */
    private static Set<Resource> classesUsed() {
        Set<Resource> used = new java.util.HashSet<>();
        for (Statement st : ontology.listStatements().toList()) {
            Property p = st.getPredicate();
            RDFNode o = st.getObject();
            if (p.equals(RDFS.subClassOf) || p.equals(OWL2.disjointWith)) {
                used.add(st.getSubject());
                used.add(o.asResource());
            } else if (p.equals(RDFS.domain)) {
                used.add(o.asResource());
            } else if (p.equals(RDFS.range) && isObjectProperty(st.getSubject())) {
                used.add(o.asResource());
            } else if (p.equals(RDF.type) && !builtIn(o.asResource())) {
                used.add(o.asResource());
            }
        }
        ontology.listResourcesWithProperty(RDF.type, OWL2.AllDisjointClasses).forEachRemaining(axiom ->
                axiom.getPropertyResourceValue(OWL2.members).as(org.apache.jena.rdf.model.RDFList.class)
                        .iterator().forEachRemaining(m -> used.add(m.asResource())));
        return used;
    }

    @Test
    void everyClassUsedIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        for (Resource c : classesUsed()) {
            if (!c.isURIResource() || !isClassOrDatatype(c)) {
                undeclared.add(String.valueOf(c));
            }
        }
        assertEquals(Set.of(), undeclared, "used as classes but not declared owl:Class");
    }

    @Test
    void everyPropertyUsedIsOfExactlyOneKind() {
        List<String> problems = new ArrayList<>();
        Set<Property> predicates = new java.util.HashSet<>();
        ontology.listStatements().forEachRemaining(st -> predicates.add(st.getPredicate()));
        Set<Resource> properties = new java.util.HashSet<>(predicates);
        ontology.listStatements(null, RDFS.subPropertyOf, (RDFNode) null).forEachRemaining(st -> {
            properties.add(st.getSubject());
            properties.add(st.getObject().asResource());
        });
        for (Resource kind : List.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty)) {
            ontology.listResourcesWithProperty(RDF.type, kind).forEachRemaining(properties::add);
        }
        for (Resource p : properties) {
            if (builtIn(p) && !declared(p, OWL2.AnnotationProperty)) {
                continue;
            }
            int kinds = (isObjectProperty(p) ? 1 : 0) + (isDataProperty(p) ? 1 : 0) + (isAnnotationProperty(p) ? 1 : 0);
            if (kinds != 1) {
                problems.add(p + " is declared as " + kinds + " kinds of property");
            }
            if (declared(p, OWL2.Class)) {
                problems.add(p + " is both a class and a property");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void propertiesAreUsedAsTheirKindAllows() {
        List<String> problems = new ArrayList<>();
        for (Statement st : ontology.listStatements().toList()) {
            Property p = st.getPredicate();
            RDFNode o = st.getObject();
            if (isObjectProperty(p) && !o.isURIResource()) {
                problems.add(st + ": an object property with a value that is not an IRI");
            }
            if (isDataProperty(p) && !o.isLiteral()) {
                problems.add(st + ": a data property with a value that is not a literal");
            }
            if (p.equals(RDFS.subPropertyOf)) {
                Resource sub = st.getSubject();
                Resource sup = o.asResource();
                boolean same = isObjectProperty(sub) && isObjectProperty(sup) || isDataProperty(sub) && isDataProperty(sup)
                        || isAnnotationProperty(sub) && isAnnotationProperty(sup);
                if (!same) {
                    problems.add(st + ": relates properties of different kinds");
                }
            }
            if (p.equals(OWL2.inverseOf) && !(isObjectProperty(st.getSubject()) && isObjectProperty(o.asResource()))) {
                problems.add(st + ": owl:inverseOf between properties that are not both object properties");
            }
            if (p.equals(RDFS.range) && isDataProperty(st.getSubject())) {
                Resource range = o.asResource();
                if (!(range.getURI().startsWith(XSD.getURI()) || range.equals(RDF.langString) || range.equals(RDFS.Literal))) {
                    problems.add(st + ": the range of a data property is not a datatype");
                }
            }
            if (p.equals(RDF.type) && o.equals(OWL2.FunctionalProperty)
                    && !(isObjectProperty(st.getSubject()) || isDataProperty(st.getSubject()))) {
                problems.add(st + ": only object and data properties may be functional");
            }
            if ((p.equals(RDF.type) && (o.equals(OWL2.TransitiveProperty) || o.equals(OWL2.SymmetricProperty)
                    || o.equals(OWL2.InverseFunctionalProperty))) && !isObjectProperty(st.getSubject())) {
                problems.add(st + ": only object properties may have this characteristic");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void blankNodesOnlyInDisjointnessAxioms() {
        List<String> problems = new ArrayList<>();
        for (Statement st : ontology.listStatements().toList()) {
            Resource s = st.getSubject();
            if (!s.isAnon()) {
                if (st.getObject().isAnon()) {
                    problems.add(st + ": an IRI refers to a blank node");
                }
                continue;
            }
            boolean axiom = s.hasProperty(RDF.type, OWL2.AllDisjointClasses);
            boolean listCell = ontology.contains(null, OWL2.members, s) || ontology.contains(null, RDF.rest, s);
            if (!axiom && !listCell) {
                problems.add(st + ": a blank node outside an owl:AllDisjointClasses axiom");
            }
            if (axiom) {
                int members = s.getPropertyResourceValue(OWL2.members).as(org.apache.jena.rdf.model.RDFList.class).size();
                if (members < 2) {
                    problems.add(s + ": owl:AllDisjointClasses with fewer than two members");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theBuiltInVocabulariesAreNotRedefined() {
        List<String> redefined = ontology.listSubjects().toList().stream().filter(OwlProfileTest::builtIn)
                .map(Resource::getURI).toList();
        assertEquals(List.of(), redefined);
    }

    @Test
    void theChecksRefuseAnOntologyThatBreaksThem() {
        Model original = ontology;
        Model broken = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY.toString());
        Property punned = broken.createProperty(DG.NS, "upTo");
        broken.add(DG.Fact, RDFS.subClassOf, broken.createResource("https://example.org/Undeclared"));
        broken.add(punned, RDF.type, OWL2.ObjectProperty);
        ontology = broken;
        try {
            assertFalse(classesUsed().stream().allMatch(c -> c.isURIResource() && isClassOrDatatype(c)),
                    "an undeclared superclass is found");
            assertTrue(isObjectProperty(punned) && isDataProperty(punned), "a property of two kinds is seen as both");
        } finally {
            ontology = original;
        }
    }
}
