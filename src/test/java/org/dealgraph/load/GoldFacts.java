package org.dealgraph.load;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.fact.EntityKind;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.Evidence;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.extract.Sentence;
import org.dealgraph.extract.SentenceSplitter;
import org.dealgraph.fact.ValueKind;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test support: turns gold deal-facts JSON Lines into {@link Fact}s, so that the mapping and the competency
 * questions can be checked against the truth rather than against an extractor.
 *
 * <ul>
 *   <li>a field that lists several acceptable values (names, or codes such as a dispute that was considered and
 *       then resolved) takes the first;</li>
 *   <li>entity key = lower-case slug of the name; kind PERSON for {@code Role.person}, PRODUCT for
 *       {@code product}, PLATFORM for {@code platform}, ORGANIZATION for every other entity field;</li>
 *   <li>evidence: the gold {@code evidence} sentence when given, otherwise the first sentence that holds the
 *       most of its names and words (core parties count double); confidence 1.</li>
 * </ul>
 */
public final class GoldFacts {
    /** The seed article and its gold facts, relative to the module root. */
    public static final Path SEED_ARTICLE = Path.of("data", "articles", "000_aeaaa436f013f926.txt");
    public static final Path SEED_GOLD = Path.of("src", "test", "resources", "gold", "000_aeaaa436f013f926.jsonl");

    private GoldFacts() {
    }

    /** The seed article, as the article reader reads it. */
    public static Article seedArticle() {
        return ArticleReader.read(SEED_ARTICLE);
    }

    /** The gold facts of the seed article. */
    public static List<Fact> seedFacts(Article seed) {
        return read(SEED_GOLD, seed);
    }

    /** The facts of a gold file about {@code article}, in file order. */
    public static List<Fact> read(Path jsonl, Article article) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DealgraphException("Cannot read gold file " + jsonl + ": " + e.getMessage(), e);
        }
        List<Sentence> sentences = SentenceSplitter.split(article);
        List<Fact> facts = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                facts.add(toFact(JSON.parse(line), sentences));
            }
        }
        return facts;
    }

    static Fact toFact(JsonObject json, List<Sentence> sentences) {
        String typeName = first(json.get("type"));
        FactType type = FactType.fromJsonName(typeName)
                .orElseThrow(() -> new DealgraphException("Unknown fact type in gold: " + typeName));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : json.keys()) {
            if (field.equals("type") || field.equals("evidence")) {
                continue;
            }
            ValueKind kind = type.kindOf(field)
                    .orElseThrow(() -> new DealgraphException(typeName + " has no field " + field));
            JsonValue value = json.get(field);
            values.put(field, switch (kind) {
                case ENTITY -> entity(type, field, first(value));
                case MONEY, PERCENT -> new BigDecimal(value.getAsNumber().value().toString());
                case BOOLEAN -> value.getAsBoolean().value();
                case DATE, TEXT, CODE -> first(value);
            });
        }
        JsonValue quote = json.get("evidence");
        Evidence evidence = evidence(type, values, quote == null ? null : first(quote), json, sentences);
        return new Fact(type, values, evidence, 1.0);
    }

    /** The lower-case slug of a name: {@code Amazon Web Services} gives {@code amazon-web-services}. */
    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static EntityRef entity(FactType type, String field, String name) {
        EntityKind kind = switch (field) {
            case "person" -> type == FactType.ROLE ? EntityKind.PERSON : EntityKind.ORGANIZATION;
            case "product" -> EntityKind.PRODUCT;
            case "platform" -> EntityKind.PLATFORM;
            default -> EntityKind.ORGANIZATION;
        };
        return new EntityRef(slug(name), name, name, kind);
    }

    private static String first(JsonValue value) {
        if (value.isArray()) {
            return first(value.getAsArray().get(0));
        }
        if (value.isString()) {
            return value.getAsString().value();
        }
        throw new DealgraphException("Expected a string or a list of strings in gold, got " + value);
    }

    private static List<String> names(JsonValue value) {
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            value.getAsArray().forEach(v -> names.addAll(names(v)));
        } else if (value.isString()) {
            names.add(value.getAsString().value());
        }
        return names;
    }

    private static Evidence evidence(FactType type, Map<String, Object> values, String quote, JsonObject json,
                                     List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            throw new DealgraphException("The article has no sentences to take evidence from");
        }
        if (quote != null) {
            for (Sentence s : sentences) {
                if (s.text().contains(quote) || quote.contains(s.text())) {
                    return s.evidence();
                }
            }
        }
        Sentence best = sentences.get(0);
        int bestScore = -1;
        for (Sentence s : sentences) {
            String text = s.text().toLowerCase(Locale.ROOT);
            int score = 0;
            for (String field : json.keys()) {
                if (field.equals("type") || field.equals("evidence")) {
                    continue;
                }
                int weight = type.core().contains(field) ? 2 : 1;
                if (names(json.get(field)).stream().anyMatch(n -> text.contains(n.toLowerCase(Locale.ROOT)))) {
                    score += weight;
                }
            }
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best.evidence();
    }
}
