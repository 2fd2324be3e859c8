package org.dealgraph.fact;

import java.math.BigDecimal;
import java.util.Map;

/** Writes facts in the deal-facts JSON Lines exchange format (see the deal-facts exchange format). */
public final class FactsJson {

    private FactsJson() {
    }

    /**
     * One fact as one JSON object on one line: {@code "type"}, the core fields, the attributes in the order of
     * {@link FactType}, then {@code "evidence"}. Entities are written as their canonical name, money as an
     * integer when whole, percentages as numbers.
     */
    public static String toJsonLine(Fact fact) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"type\":");
        string(sb, fact.type().jsonName());
        for (Map.Entry<String, Object> e : fact.values().entrySet()) {
            sb.append(',');
            string(sb, e.getKey());
            sb.append(':');
            value(sb, e.getValue());
        }
        sb.append(",\"evidence\":");
        string(sb, fact.evidence().quote());
        return sb.append('}').toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v instanceof EntityRef r) {
            string(sb, r.name());
        } else if (v instanceof BigDecimal d) {
            BigDecimal n = d.stripTrailingZeros();
            sb.append(n.scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString());
        } else if (v instanceof Boolean b) {
            sb.append(b.booleanValue());
        } else if (v instanceof Number n) {
            sb.append(n);
        } else {
            string(sb, String.valueOf(v));
        }
    }

    /** Appends {@code s} as a JSON string literal with the escapes RFC 8259 requires. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
