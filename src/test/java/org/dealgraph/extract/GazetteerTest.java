package org.dealgraph.extract;

import org.dealgraph.DealgraphException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static final String TSV = """
            # comment
            acme\tORGANIZATION\tAcme Corp\tAcme|ACME Inc
            acme-cloud\tORGANIZATION\tAcme Cloud Services\tACS\tacme
            rocket\tPLATFORM\tRocket\tAcme Rocket\tacme-cloud
            """;

    @Test
    void findsLongestNamesAndAliases() {
        Gazetteer g = Gazetteer.parse(TSV, "test");
        List<Gazetteer.Hit> hits = g.find("Acme Rocket runs on ACS, said Acme.");
        assertEquals(List.of("rocket", "acme-cloud", "acme"), hits.stream().map(h -> h.entry().key()).toList());
        assertEquals("Acme Rocket", "Acme Rocket runs on ACS, said Acme.".substring(hits.get(0).start(), hits.get(0).end()));
    }

    @Test
    void matchesWholeWordsOnly() {
        Gazetteer g = Gazetteer.parse(TSV, "test");
        assertTrue(g.find("Acmeology is not a company").isEmpty());
    }

    @Test
    void resolvesParents() {
        Gazetteer g = Gazetteer.parse(TSV, "test");
        EntityRef rocket = g.bySurface("Rocket").orElseThrow().ref("Rocket");
        assertEquals("acme-cloud", g.parent(rocket).orElseThrow().key());
        assertTrue(g.parent(g.bySurface("Acme").orElseThrow().ref("Acme")).isEmpty());
    }

    @Test
    void defaultListResolvesAliasesToCanonicalNames() {
        Gazetteer g = Facts.EXTRACTOR.gazetteer();
        assertEquals("Amazon Web Services", g.bySurface("AWS").orElseThrow().name());
        assertEquals("amazon", g.parent(g.bySurface("AWS").orElseThrow().ref("AWS")).orElseThrow().key());
        assertEquals("microsoft", g.parent(g.bySurface("Azure").orElseThrow().ref("Azure")).orElseThrow().key());
        assertEquals(EntityKind.PLATFORM, g.bySurface("Bedrock").orElseThrow().kind());
        assertEquals(EntityKind.PRODUCT, g.bySurface("Claude").orElseThrow().kind());
    }

    @Test
    void defaultListIsOnTheClasspath() {
        assertTrue(DealExtractor.createDefault().gazetteer().size() > 50);
    }

    @Test
    void slugsAreStableKeys() {
        assertEquals("karen-simonyan", Gazetteer.slug("Karén Simonyan"));
        assertEquals("character-ai", Gazetteer.slug("Character.AI"));
        assertEquals("inflection-2-5", Gazetteer.slug("Inflection-2.5"));
    }

    @Test
    void reportsBadRowsWithTheirLine() {
        DealgraphException e = assertThrows(DealgraphException.class,
                () -> Gazetteer.parse("acme\tCOMPANY\tAcme\n", "list.tsv"));
        assertTrue(e.getMessage().contains("list.tsv:1"), e.getMessage());
        assertThrows(DealgraphException.class, () -> Gazetteer.parse("a\tORGANIZATION\tA\n\na\tORGANIZATION\tB\n", "x"));
        assertThrows(DealgraphException.class, () -> Gazetteer.parse("a\tORGANIZATION\tA\t\tmissing\n", "x"));
        assertThrows(DealgraphException.class, () -> Gazetteer.parse("Bad Key\tORGANIZATION\tA\n", "x"));
    }
}
