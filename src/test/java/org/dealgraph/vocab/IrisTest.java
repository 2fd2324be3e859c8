package org.dealgraph.vocab;

import org.dealgraph.DealgraphException;
import org.dealgraph.fact.EntityKind;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.Evidence;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrisTest {
    private static final Iris IRIS = new Iris("https://deals.example.org/kg/");
    private static final EntityRef MICROSOFT = org("microsoft", "Microsoft");
    private static final EntityRef OPENAI = org("openai", "OpenAI");

    static EntityRef org(String key, String name) {
        return new EntityRef(key, name, name, EntityKind.ORGANIZATION);
    }

    static Fact licence(boolean exclusive, String status, double confidence, Evidence evidence) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("licensor", OPENAI);
        values.put("licensee", MICROSOFT);
        values.put("subject", "intellectual property");
        values.put("exclusive", exclusive);
        values.put("status", status);
        return new Fact(FactType.LICENCE, values, evidence, confidence);
    }

    static Fact licence(boolean exclusive, String status) {
        return licence(exclusive, status, 0.9, new Evidence(0, 0, 5, "hello"));
    }

    @Test
    void defaultBase() {
        assertEquals("http://localhost:8080/", new Iris().base());
        assertEquals("http://localhost:8080/article/a-1", new Iris().article("a-1"));
    }

    @Test
    void articleAndEntityIris() {
        assertEquals("https://deals.example.org/kg/article/000_aeaaa436f013f926", IRIS.article("000_aeaaa436f013f926"));
        assertEquals("https://deals.example.org/kg/id/org/microsoft", IRIS.entity(MICROSOFT));
        assertEquals("https://deals.example.org/kg/id/person/andy-jassy",
                IRIS.entity(new EntityRef("andy-jassy", "Andy Jassy", null, EntityKind.PERSON)));
        assertEquals("https://deals.example.org/kg/id/product/claude",
                IRIS.entity(new EntityRef("claude", "Claude", null, EntityKind.PRODUCT)));
        assertEquals("https://deals.example.org/kg/id/platform/bedrock",
                IRIS.entity(new EntityRef("bedrock", "Bedrock", null, EntityKind.PLATFORM)));
    }

    @Test
    void entityKeysAreEncodedAsOnePathSegment() {
        assertEquals("https://deals.example.org/kg/id/org/a%2Fb%20c",
                IRIS.entity(org("a/b c", "A/B C")));
        assertEquals("https://deals.example.org/kg/id/org/société-générale",
                IRIS.entity(org("société-générale", "Société Générale")));
        assertThrows(DealgraphException.class, () -> IRIS.entity(org(" ", "Blank")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost:8080/", "ftp://example.org/", "http://example.org", "http:///path/",
            "http://example.org/x?y=1/", "http://example.org/#frag/", "http://exa mple.org/", "/relative/"})
    void aMalformedBaseIsRejected(String base) {
        DealgraphException e = assertThrows(DealgraphException.class, () -> new Iris(base));
        assertTrue(e.getMessage().contains("base"), e.getMessage());
    }

    @Test
    void aNullBaseIsRejected() {
        assertThrows(DealgraphException.class, () -> new Iris(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a b", "", "x?y", "ü"})
    void aBadArticleIdIsRejected(String id) {
        assertThrows(DealgraphException.class, () -> IRIS.article(id));
    }

    @Test
    void dealIrisAreStableAndReadable() {
        String iri = IRIS.deal("art-1", licence(true, "superseded"), 0);
        assertTrue(iri.matches("https://deals\\.example\\.org/kg/deal/art-1/licence-[0-9a-f]{10}"), iri);
        assertEquals(iri, IRIS.deal("art-1", licence(true, "superseded"), 0), "same input, same IRI");
        assertEquals(iri, new Iris("https://deals.example.org/kg/").deal("art-1", licence(true, "superseded"), 0));
        assertEquals(iri + "-2", IRIS.deal("art-1", licence(true, "superseded"), 2));
        assertThrows(IllegalArgumentException.class, () -> IRIS.deal("art-1", licence(true, "active"), -1));
    }

    @Test
    void evidenceAndConfidenceDoNotChangeTheDealIri() {
        assertEquals(IRIS.deal("a", licence(true, "active", 0.5, new Evidence(3, 10, 12, "ab")), 0),
                IRIS.deal("a", licence(true, "active", 1.0, new Evidence(0, 0, 1, "x")), 0));
    }

    @Test
    void versionsOfADealHaveDifferentIris() {
        assertNotEquals(IRIS.deal("a", licence(true, "superseded"), 0), IRIS.deal("a", licence(false, "active"), 0));
        assertNotEquals(IRIS.deal("a", licence(true, "active"), 0), IRIS.deal("b", licence(true, "active"), 0));
    }

    @Test
    void symmetricDealsDoNotDependOnTheOrderOfTheirParties() {
        Evidence ev = new Evidence(0, 0, 1, "x");
        Fact ab = new Fact(FactType.PARTNERSHIP, Map.of("party1", MICROSOFT, "party2", OPENAI), ev, 1);
        Fact ba = new Fact(FactType.PARTNERSHIP, Map.of("party1", OPENAI, "party2", MICROSOFT), ev, 1);
        assertEquals(IRIS.deal("a", ab, 0), IRIS.deal("a", ba, 0));
        Fact inv = new Fact(FactType.INVESTMENT, Map.of("investor", MICROSOFT, "investee", OPENAI), ev, 1);
        Fact rev = new Fact(FactType.INVESTMENT, Map.of("investor", OPENAI, "investee", MICROSOFT), ev, 1);
        assertNotEquals(IRIS.deal("a", inv, 0), IRIS.deal("a", rev, 0));
    }

    @Test
    void amountsAreComparedByValue() {
        Evidence ev = new Evidence(0, 0, 1, "x");
        Fact a = new Fact(FactType.VALUATION, Map.of("company", OPENAI, "amountUSD", new BigDecimal("5E+11")), ev, 1);
        Fact b = new Fact(FactType.VALUATION, Map.of("company", OPENAI, "amountUSD", new BigDecimal("500000000000.00")), ev, 1);
        assertEquals(IRIS.deal("a", a, 0), IRIS.deal("a", b, 0));
    }

    @Test
    void typeSlugs() {
        assertEquals("hosting-right", Iris.typeSlug(FactType.HOSTING_RIGHT));
        assertEquals("co-development", Iris.typeSlug(FactType.CO_DEVELOPMENT));
        assertEquals("licence", Iris.typeSlug(FactType.LICENCE));
    }
}
