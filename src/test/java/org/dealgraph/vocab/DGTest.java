package org.dealgraph.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DG.java and ontology/dealgraph.ttl declare the same terms. */
class DGTest {

    static Set<String> constants() throws IllegalAccessException {
        Set<String> iris = new TreeSet<>();
        for (Field field : DG.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                iris.add(((Resource) field.get(null)).getURI());
            }
        }
        return iris;
    }

    @Test
    void everyConstantIsDeclaredInTheOntologyAndEveryTermHasAConstant() throws IllegalAccessException {
        Model ontology = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY.toString());
        Set<String> declared = OntologyTest.declaredTerms(ontology);
        Set<String> constants = constants();

        Set<String> notDeclared = new TreeSet<>(constants);
        notDeclared.removeAll(declared);
        assertEquals(Set.of(), notDeclared, "constants in DG.java that dealgraph.ttl does not declare");

        Set<String> noConstant = new TreeSet<>(declared);
        noConstant.removeAll(constants);
        assertEquals(Set.of(), noConstant, "terms of dealgraph.ttl without a constant in DG.java");
    }

    @Test
    void namespaceAndOntologyIri() {
        assertTrue(DG.NS.endsWith("#"));
        assertEquals(DG.NS, DG.ONTOLOGY_IRI + "#");
        assertEquals(DG.NS, DG.getURI());
    }

    @Test
    void propertiesAreProperties() throws IllegalAccessException {
        for (Field field : DG.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                String local = ((Resource) field.get(null)).getLocalName();
                boolean lowerCase = Character.isLowerCase(local.charAt(0));
                boolean isProperty = field.getType() == org.apache.jena.rdf.model.Property.class;
                if (isProperty) {
                    assertTrue(lowerCase, field.getName() + " is a Property but " + local + " is not lower-case");
                }
            }
        }
    }
}
