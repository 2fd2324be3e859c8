package org.dealgraph.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.fact.FactType;
import org.dealgraph.load.FactMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology", "dealgraph.ttl");

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    /** The terms of the dg namespace the ontology declares: every subject in the namespace. */
    static Set<String> declaredTerms(Model model) {
        Set<String> terms = new TreeSet<>();
        model.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DG.NS)) {
                terms.add(s.getURI());
            }
        });
        return terms;
    }

    @Test
    void theOntologyHeaderIsComplete() {
        Resource o = ontology.getResource(DG.ONTOLOGY_IRI);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology), "owl:Ontology");
        String version = o.getProperty(OWL.versionInfo).getString();
        assertEquals("https://w3id.org/dealgraph/ontology/" + version, o.getPropertyResourceValue(OWL2.versionIRI).getURI(),
                "the version IRI ends with owl:versionInfo");
        Resource prior = o.getPropertyResourceValue(OWL2.priorVersion);
        assertTrue(prior != null && prior.getURI().startsWith("https://w3id.org/dealgraph/ontology/")
                && !prior.equals(o.getPropertyResourceValue(OWL2.versionIRI)), "owl:priorVersion names an earlier version");
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0", o.getPropertyResourceValue(DCTerms.license).getURI());
        for (var p : List.of(DCTerms.title, DCTerms.description, DCTerms.creator, DCTerms.publisher, DCTerms.issued,
                DCTerms.modified)) {
            assertTrue(o.hasProperty(p), "ontology needs " + p);
        }
        String issued = o.getProperty(DCTerms.issued).getLiteral().getLexicalForm();
        String modified = o.getProperty(DCTerms.modified).getLiteral().getLexicalForm();
        assertTrue(issued.compareTo(modified) <= 0, "issued " + issued + " after modified " + modified);
    }

    @Test
    void theFactHierarchySeparatesDealsFromOtherFacts() {
        assertTrue(ontology.contains(DG.Deal, RDFS.subClassOf, DG.Fact));
        for (FactType type : FactType.values()) {
            Resource cls = FactMapper.classOf(type);
            Resource parent = FactMapper.isDeal(type) ? DG.Deal : DG.Fact;
            assertTrue(ontology.contains(cls, RDFS.subClassOf, parent), cls + " is not directly below " + parent);
            if (!FactMapper.isDeal(type)) {
                assertFalse(ontology.contains(cls, RDFS.subClassOf, DG.Deal), cls + " is not a deal");
            }
        }
        for (FactType type : List.of(FactType.STAKE, FactType.VALUATION, FactType.ROLE, FactType.LEGAL_DISPUTE,
                FactType.AVAILABILITY)) {
            assertFalse(FactMapper.isDeal(type), type + " is a fact beside the deals");
        }
    }

    @Test
    void theJavaKindsKnowWhichAreDeals() {
        for (org.dealgraph.query.DealKind kind : org.dealgraph.query.DealKind.values()) {
            Resource cls = ontology.getResource(kind.iri());
            assertEquals(ontology.contains(cls, RDFS.subClassOf, DG.Deal), kind.isDeal(), kind.className());
            assertTrue(ontology.contains(cls, RDFS.subClassOf, DG.Deal) || ontology.contains(cls, RDFS.subClassOf, DG.Fact),
                    kind.className());
        }
    }

    /** The members of every owl:AllDisjointClasses axiom. */
    private static List<Set<Resource>> disjointGroups() {
        List<Set<Resource>> groups = new java.util.ArrayList<>();
        ontology.listResourcesWithProperty(RDF.type, OWL2.AllDisjointClasses).forEachRemaining(axiom -> {
            Set<Resource> members = new java.util.HashSet<>();
            axiom.getPropertyResourceValue(OWL2.members).as(org.apache.jena.rdf.model.RDFList.class)
                    .iterator().forEachRemaining(n -> members.add(n.asResource()));
            groups.add(members);
        });
        return groups;
    }

    /** Whether two classes are disjoint by the axioms: in one group, or below two members of one group. */
    private static boolean disjoint(Resource a, Resource b) {
        for (Set<Resource> group : disjointGroups()) {
            for (Resource x : group) {
                for (Resource y : group) {
                    if (!x.equals(y) && subClassOrSelf(a, x) && subClassOrSelf(b, y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean subClassOrSelf(Resource sub, Resource sup) {
        if (sub.equals(sup)) {
            return true;
        }
        for (Statement st : ontology.listStatements(sub, RDFS.subClassOf, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            if (st.getObject().isURIResource() && subClassOrSelf(st.getObject().asResource(), sup)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyTwoFactClassesAreDisjoint() {
        FactType[] types = FactType.values();
        for (int i = 0; i < types.length; i++) {
            for (int j = i + 1; j < types.length; j++) {
                Resource a = FactMapper.classOf(types[i]);
                Resource b = FactMapper.classOf(types[j]);
                assertTrue(disjoint(a, b), a.getLocalName() + " and " + b.getLocalName() + " are not stated disjoint");
            }
        }
    }

    @Test
    void productsAndPlatformsAreNotParties() {
        for (Resource p : List.of(DG.product, DG.platform)) {
            assertTrue(ontology.contains(p, RDFS.subPropertyOf, DG.concerns), p + " is below dg:concerns");
            assertFalse(ontology.contains(p, RDFS.subPropertyOf, DG.participant), p + " is no participant");
        }
        for (Statement st : ontology.listStatements(null, RDFS.subPropertyOf, DG.participant).toList()) {
            Resource range = st.getSubject().getPropertyResourceValue(RDFS.range);
            assertTrue(range != null && (range.equals(DG.Organization) || range.equals(DG.Person)
                    || range.equals(org.dealgraph.vocab.Prov.Agent)), st.getSubject() + " ranges over agents, not " + range);
        }
    }

    @Test
    void everyTermOfTheNamespaceIsTypedLabelledAndDefined() {
        Set<String> terms = declaredTerms(ontology);
        assertTrue(terms.size() > 80, "expected the whole vocabulary, got " + terms.size());
        List<String> problems = terms.stream().map(ontology::getResource).flatMap(term -> {
            List<String> missing = new java.util.ArrayList<>();
            if (!term.hasProperty(RDF.type)) {
                missing.add(term.getLocalName() + ": no rdf:type");
            }
            if (!term.hasProperty(RDFS.label)) {
                missing.add(term.getLocalName() + ": no rdfs:label");
            }
            if (!term.hasProperty(SKOS.definition) && !term.hasProperty(RDFS.comment)) {
                missing.add(term.getLocalName() + ": no skos:definition");
            }
            return missing.stream();
        }).toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void everyObjectOfTheNamespaceIsDeclared() {
        Set<String> declared = declaredTerms(ontology);
        Set<String> used = new TreeSet<>();
        for (Statement st : ontology.listStatements().toList()) {
            if (st.getObject().isURIResource() && st.getObject().asResource().getURI().startsWith(DG.NS)) {
                used.add(st.getObject().asResource().getURI());
            }
        }
        used.removeAll(declared);
        assertEquals(Set.of(), used, "dg terms used but not declared (typos?)");
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    void everyFactTypeHasADealClass(FactType type) {
        Resource cls = ontology.getResource(DG.NS + type.jsonName());
        assertTrue(cls.hasProperty(RDF.type, OWL.Class), type + " has no owl:Class " + cls);
        assertTrue(cls.hasProperty(RDFS.subClassOf, DG.Deal) || cls.hasProperty(RDFS.subClassOf, DG.Fact),
                cls + " is not directly below dg:Deal or dg:Fact");
        assertEquals(type.jsonName(), cls.getProperty(SKOS.notation).getString(),
                "the notation of a fact class is its deal-facts type name");
        assertTrue(cls.hasProperty(SKOS.definition), cls + " has no definition");
        assertEquals(cls, FactMapper.classOf(type), "the mapper types " + type + " with its class");
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    void everyFieldOfEveryFactTypeHasADeclaredProperty(FactType type) {
        List<String> fields = new java.util.ArrayList<>(type.core());
        fields.addAll(type.attributes().keySet());
        for (String field : fields) {
            Resource p = FactMapper.propertyOf(field);
            assertTrue(p.getURI().startsWith(DG.NS), field);
            assertTrue(ontology.contains(p, RDF.type, OWL.ObjectProperty) || ontology.contains(p, RDF.type, OWL.DatatypeProperty),
                    type.jsonName() + "." + field + " maps to " + p + ", which the ontology does not declare as a property");
        }
    }

    @Test
    void statusConceptsCoverEveryCodeAndHaveTheCodeAsNotation() {
        for (FactType type : FactType.values()) {
            for (String field : type.attributes().keySet()) {
                for (String code : type.allowedValues(field)) {
                    Resource concept = ontology.getResource(DG.code(code).getURI());
                    assertTrue(concept.hasProperty(RDF.type, SKOS.Concept), code + " is not a skos:Concept");
                    assertEquals(code, concept.getProperty(SKOS.notation).getString(), code);
                    Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
                    assertTrue(scheme.equals(DG.DealStatus) || scheme.equals(DG.AgreementKind), code);
                }
            }
        }
    }

    @Test
    void supersessionPropertiesAreInverses() {
        assertTrue(ontology.contains(DG.supersedes, OWL.inverseOf, DG.supersededBy));
        assertFalse(ontology.contains(DG.supersedes, RDF.type, OWL.TransitiveProperty));
    }
}
