package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import org.dealgraph.DealgraphException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void readsTheDescriptionColumnAndToleratesRowsWithoutIt() {
        Gazetteer g = Gazetteer.parse("""
                acme\tORGANIZATION\tAcme Corp\tAcme\t\tMaker of anvils and rockets.
                acme-cloud\tORGANIZATION\tAcme Cloud\t\tacme
                rocket\tPLATFORM\tRocket\t\tacme\t  \t
                """, "test");
        assertEquals("Maker of anvils and rockets.", g.byKey("acme").orElseThrow().description());
        assertNull(g.byKey("acme-cloud").orElseThrow().description(), "a row without the column has none");
        assertNull(g.byKey("rocket").orElseThrow().description(), "a blank description is none");
        assertEquals("acme", g.byKey("rocket").orElseThrow().parent());
        EntityRef acme = g.bySurface("Acme").orElseThrow().ref("Acme");
        assertEquals("Maker of anvils and rockets.", acme.description());
        assertEquals("Maker of anvils and rockets.", acme.withSurface("ACME").description());
        assertEquals("Maker of anvils and rockets.", acme.asKind(EntityKind.PRODUCT).description());
        assertEquals("Maker of anvils and rockets.", g.parent(g.bySurface("Rocket").orElseThrow().ref("Rocket"))
                .orElseThrow().description(), "a parent carries its description");
        assertNull(new EntityRef("x", "X", null, EntityKind.ORGANIZATION).description());
    }

    @Test
    void everyReferenceEntryHasAOneSentenceDescription() throws Exception {
        Gazetteer g = Facts.EXTRACTOR.gazetteer();
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/reference/entities.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t", -1);
                assertEquals(6, cols.length, "six columns, parent empty where none: " + line);
                keys.add(cols[0]);
            }
        }
        assertEquals(g.size(), keys.size());
        for (String key : keys) {
            String d = g.byKey(key).orElseThrow().description();
            assertNotNull(d, key + " has no description");
            assertFalse(d.isBlank(), key + " has a blank description");
            assertTrue(d.endsWith("."), key + ": the description ends with a period: " + d);
            assertTrue(Character.isUpperCase(d.codePointAt(0)), key + ": the description starts with a capital: " + d);
        }
        assertEquals("Cloud computing division of Amazon offering compute, storage and AI services.",
                g.byKey("amazon-web-services").orElseThrow().description());
    }

    @Test
    void resolvedEntitiesCarryTheirDescriptionAndMintedOnesHaveNone() {
        Gazetteer g = Facts.EXTRACTOR.gazetteer();
        Fact f = Facts.find(Facts.extract("2025-06-30", "Oracle invested about $3 billion in Cohere last year."),
                FactType.INVESTMENT, "Oracle", "Cohere");
        assertEquals(g.byKey("oracle").orElseThrow().description(), f.party("investor").description());
        assertEquals(g.byKey("cohere").orElseThrow().description(), f.party("investee").description());
        assertNotNull(f.party("investor").description());

        Fact aliased = Facts.find(Facts.extract("2025-06-30", "AWS invested about $3 billion in Zentrix Robotics last year."),
                FactType.INVESTMENT, "Amazon Web Services", "Zentrix Robotics");
        assertEquals("Cloud computing division of Amazon offering compute, storage and AI services.",
                aliased.party("investor").description(), "an alias resolves to the described entry");
        assertNull(aliased.party("investee").description(), "a minted entity has no description");
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
