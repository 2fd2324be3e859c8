package org.dealgraph.load;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.DealgraphException;
import org.dealgraph.extract.Gazetteer;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference list's identifiers elsewhere (data/reference/links.tsv) and the reference graph made of them. */
class ReferenceLinksTest {
    static final Gazetteer GAZETTEER = Gazetteer.load(Path.of("data/reference/entities.tsv"));
    static final ReferenceLinks LINKS = ReferenceLinks.load(Path.of("data/reference/links.tsv"));

    @Test
    void everyKeyIsAReferenceEntityAndTheSameFileIsOnTheClasspath() {
        assertTrue(LINKS.links().size() > 30, "links: " + LINKS.links().size());
        for (ReferenceLinks.Link link : LINKS.links()) {
            assertTrue(GAZETTEER.byKey(link.key()).isPresent(), link.key());
            assertTrue(link.wikidata() != null || link.website() != null, "an entry says something: " + link.key());
        }
        assertEquals(LINKS.links(), ReferenceLinks.loadResource().links());
    }

    @Test
    void theGraphStatesOwlAndSchemaSameAsAndTheWebsiteOnTheEntityIris() {
        Iris iris = new Iris("https://deals.example.org/");
        Model model = LINKS.toModel(iris, GAZETTEER);
        Resource openai = model.getResource("https://deals.example.org/id/org/openai");
        Resource item = model.getResource("http://www.wikidata.org/entity/Q21708200");
        assertTrue(model.contains(openai, OWL.sameAs, item));
        assertTrue(model.contains(openai, SchemaDO.sameAs, item));
        assertTrue(model.contains(openai, SchemaDO.url, model.getResource("https://openai.com/")));
        Resource nadella = model.getResource("https://deals.example.org/id/person/satya-nadella");
        assertTrue(model.contains(nadella, OWL.sameAs, model.getResource("http://www.wikidata.org/entity/Q7426870")),
                "the kind of the entity decides its IRI");
        assertFalse(nadella.hasProperty(SchemaDO.url), "no website where the list gives none");
        long items = LINKS.links().stream().filter(l -> l.wikidata() != null).count();
        assertEquals(items, model.listStatements(null, OWL.sameAs, (Resource) null).toList().size());
        assertEquals(items, model.listStatements(null, SchemaDO.sameAs, (Resource) null).toList().size());
        assertEquals(items, model.listObjectsOfProperty(OWL.sameAs).toList().size(), "no item is given to two entities");
    }

    @Test
    void malformedEntriesAreRefusedWithTheirLine() {
        var bad = assertThrows(DealgraphException.class, () -> ReferenceLinks.parse("# c\nopenai\tP31\t\n", "t.tsv"));
        assertTrue(bad.getMessage().startsWith("t.tsv:2:"), bad.getMessage());
        assertThrows(DealgraphException.class, () -> ReferenceLinks.parse("openai\tQ1\tftp://x.example/\n", "t"));
        assertThrows(DealgraphException.class, () -> ReferenceLinks.parse("openai\tQ1\t\nopenai\tQ2\t\n", "t"));
        assertThrows(DealgraphException.class, () -> ReferenceLinks.parse("openai\n", "t"));
        var unknown = assertThrows(DealgraphException.class, () -> ReferenceLinks.parse("no-such-entity\tQ1\t\n", "t")
                .toModel(new Iris(), GAZETTEER));
        assertTrue(unknown.getMessage().contains("no-such-entity"), unknown.getMessage());
        assertEquals(List.of(new ReferenceLinks.Link("openai", null, "https://openai.com/")),
                ReferenceLinks.parse("openai\t\thttps://openai.com/", "t").links());
    }
}
