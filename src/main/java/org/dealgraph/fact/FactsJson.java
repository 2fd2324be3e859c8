package org.dealgraph.fact;

import org.dealgraph.JsonWriter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes facts in the deal-facts JSON Lines exchange format, with the project's one JSON writer ({@link JsonWriter}). */
public final class FactsJson {

    private FactsJson() {
    }

    /**
     * One fact as one JSON object on one line: {@code "type"}, the core fields, the attributes in the order of
     * {@link FactType}, then {@code "evidence"}. Entities are written as their canonical name, money as an
     * integer when whole, percentages as numbers.
     */
    public static String toJsonLine(Fact fact) {
        return JsonWriter.write(toJson(fact));
    }

    /**
     * One fact as the members of a JSON object, in the order of {@link #toJsonLine}: texts, numbers
     * ({@link BigInteger} when whole, else {@link BigDecimal}) and flags.
     */
    public static Map<String, Object> toJson(Fact fact) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", fact.type().jsonName());
        for (Map.Entry<String, Object> e : fact.values().entrySet()) {
            put(line, e.getKey(), e.getValue());
        }
        line.put("evidence", fact.evidence().quote());
        return java.util.Collections.unmodifiableMap(line);
    }

    /** One value of a kind of {@link ValueKind}: an entity by its name, a number, a flag, or a text. */
    private static void put(Map<String, Object> line, String field, Object v) {
        switch (v) {
            case EntityRef r -> line.put(field, r.name());
            case BigDecimal d -> {
                BigDecimal n = d.stripTrailingZeros();
                if (n.scale() <= 0) {
                    line.put(field, n.toBigInteger());
                } else {
                    line.put(field, n);
                }
            }
            case Boolean b -> line.put(field, b);
            default -> line.put(field, String.valueOf(v));
        }
    }
}
