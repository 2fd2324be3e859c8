package org.dealgraph.query;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.DealgraphException;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.DG;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query API over a local store. */
class LocalDealQueriesTest extends AbstractDealQueriesTest {
    @Override
    protected DealQueries open(GraphStore store) {
        return DealQueries.local(store);
    }

    @Test
    void aPlainDatasetWorksWhenItsDefaultGraphIsTheUnion() {
        org.apache.jena.query.Dataset copy = DatasetFactory.create();
        copy.setDefaultModel(store.unionCopy());
        try (DealQueries plain = DealQueries.local(copy)) {
            assertEquals(queries.deals().size(), plain.deals().size());
            assertEquals(1, plain.dealsOf("Microsoft", LocalDate.of(2026, 3, 1)).stream()
                    .filter(d -> d instanceof Deal.Licence l && Boolean.TRUE.equals(l.exclusive())).count());
        }
    }

    @Test
    void aQueryThatRunsTooLongIsStoppedWithAClearMessage() {
        Model model = ModelFactory.createDefaultModel();
        Resource grantor = model.createResource("urn:x:grantor");
        for (int i = 0; i < 3000; i++) {
            model.createResource("urn:x:licence-" + i).addProperty(RDF.type, DG.Licence).addProperty(RDF.type, DG.Deal).addProperty(RDF.type, DG.Fact)
                    .addLiteral(DG.exclusive, true).addProperty(DG.licensor, grantor)
                    .addProperty(DG.licensee, model.createResource("urn:x:holder-" + i));
        }
        try (DealQueries slow = DealQueries.local(DatasetFactory.create(model)).withTimeout(Duration.ofMillis(50))) {
            DealgraphException e = assertThrows(DealgraphException.class, slow::conflicts);
            assertTrue(e.getMessage().contains("took longer than 50 ms"), e.getMessage());
        }
    }

    @Test
    void anUnreachableEndpointIsAClearError() {
        try (DealQueries nowhere = DealQueries.remote("http://localhost:1/dealgraph/sparql")) {
            DealgraphException e = assertThrows(DealgraphException.class, nowhere::deals);
            assertTrue(e.getMessage().contains("http://localhost:1/dealgraph/sparql"), e.getMessage());
        }
        DealgraphException bad = assertThrows(DealgraphException.class, () -> DealQueries.remote("localhost:3030"));
        assertTrue(bad.getMessage().contains("http://"), bad.getMessage());
    }
}
