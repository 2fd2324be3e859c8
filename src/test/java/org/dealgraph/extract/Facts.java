package org.dealgraph.extract;

import org.dealgraph.fact.Evidence;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.FactsJson;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Test helpers: run the extractor on a few sentences and look facts up by type and parties. */
final class Facts {

    static final DealExtractor EXTRACTOR = DealExtractor.create(Path.of("data/reference/entities.tsv"));

    private Facts() {
    }

    static Article article(String published, String body) {
        String head = "Test headline\n" + (published == null ? "" : "Published: " + published + "\n") + "\n";
        return ArticleReader.parse("test", head + body + "\n");
    }

    static List<Fact> extract(String published, String body) {
        Article a = article(published, body);
        List<Fact> facts = EXTRACTOR.extract(a);
        for (Fact f : facts) {
            Evidence e = f.evidence();
            assertEquals(e.quote(), a.text().substring(e.start(), e.end()), "evidence must quote the article");
            assertTrue(f.confidence() > 0 && f.confidence() <= 1, "confidence in (0, 1]");
        }
        return facts;
    }

    /** The single fact of {@code type} whose core parties have these canonical names, in order. */
    static Fact find(List<Fact> facts, FactType type, String... parties) {
        List<Fact> found = all(facts, type, parties);
        if (found.size() != 1) {
            fail("expected one " + type.jsonName() + " " + List.of(parties) + " but found " + found.size() + " in " + dump(facts));
        }
        return found.get(0);
    }

    static List<Fact> all(List<Fact> facts, FactType type, String... parties) {
        return facts.stream().filter(f -> f.type() == type)
                .filter(f -> matches(f, parties, false) || type.symmetric() && parties.length == 2 && matches(f, parties, true))
                .toList();
    }

    private static boolean matches(Fact f, String[] parties, boolean swapped) {
        List<String> core = f.type().core();
        for (int i = 0; i < parties.length; i++) {
            String role = core.get(swapped ? parties.length - 1 - i : i);
            if (!f.party(role).name().equals(parties[i])) {
                return false;
            }
        }
        return true;
    }

    static void assertNone(List<Fact> facts, FactType type) {
        List<Fact> found = facts.stream().filter(f -> f.type() == type).toList();
        assertTrue(found.isEmpty(), "expected no " + type.jsonName() + " but found " + dump(found));
    }

    static Object value(Fact fact, String field) {
        return fact.values().get(field);
    }

    static String name(Fact fact, String field) {
        Object v = fact.values().get(field);
        return v instanceof EntityRef r ? r.name() : Objects.toString(v, null);
    }

    static void assertAmount(long expected, Fact fact, String field) {
        Object v = fact.values().get(field);
        assertTrue(v instanceof BigDecimal, field + " should be an amount: " + v);
        assertEquals(0, BigDecimal.valueOf(expected).compareTo((BigDecimal) v), field + " was " + v);
    }

    static String dump(List<Fact> facts) {
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) {
            sb.append('\n').append(FactsJson.toJsonLine(f));
        }
        return sb.toString();
    }

    static Map<String, Object> values(Fact f) {
        return f.values();
    }
}
