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
        assertEquals("https://w3id.org/dealgraph/ontology/0.1.0", o.getPropertyResourceValue(OWL2.versionIRI).getURI());
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0", o.getPropertyResourceValue(DCTerms.license).getURI());
        for (var p : List.of(DCTerms.title, DCTerms.description, OWL.versionInfo)) {
            assertTrue(o.hasProperty(p), "ontology needs " + p);
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
        assertTrue(cls.hasProperty(RDFS.subClassOf, DG.Deal), cls + " is not a subclass of dg:Deal");
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
