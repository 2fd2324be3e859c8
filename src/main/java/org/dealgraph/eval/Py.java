package org.dealgraph.eval;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of Python's semantics that the reference scorer relies on, applied to Jena JSON values:
 * {@code str()}, {@code repr()}, {@code json.dumps()}, {@code ==}, the int/float distinction and
 * the Unicode character classes of {@code re} ({@code \w}, {@code \s}).
 *
 * <p>A JSON value is a Python {@code int} when it is a number without fraction or exponent; a
 * {@link BigDecimal} carries that as scale 0 (Jena parses {@code 50000000000} with scale 0 and
 * {@code 1e10} with scale -10). {@link FactsReader} rewrites every float token to a scale of at
 * least 1, so files are classified exactly as Python classifies them. A Java {@code null} stands for
 * a missing key (Python's {@code dict.get} returning {@code None}), as does a JSON {@code null}.
 */
final class Py {
    private Py() {
    }

    private static final Set<String> SUFFIXES =
            Set.of("inc", "corp", "corporation", "ltd", "llc", "pbc", "plc", "group", "holdings", "co");

    // ---------------------------------------------------------------- character classes

    /** Python's {@code str.isspace()}, also {@code \s} in a str pattern and the separators of {@code split()}. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** Python's {@code \w} in a str pattern: alphanumeric ({@code str.isalnum()}) or underscore. */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Python's {@code str.strip()} without arguments. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.splitlines()}. */
    static List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E
                    || c == 0x85 || c == 0x2028 || c == 0x2029) {
                lines.add(s.substring(start, i));
                i += (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    // ---------------------------------------------------------------- names

    /** {@code fold(name)} of the reference scorer. */
    static String fold(JsonValue value) {
        return foldString(str(value));
    }

    static String foldString(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // re.sub(r"'s\b", "", s)
        StringBuilder noPossessive = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '\'' && i + 1 < s.length() && s.charAt(i + 1) == 's'
                    && (i + 2 == s.length() || !isWord(s.codePointAt(i + 2)))) {
                i += 2;
                continue;
            }
            noPossessive.append(s.charAt(i));
            i++;
        }
        // re.sub(r"[^\w\s]", " ", s), then split()
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String t = noPossessive.toString();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (isWord(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        int from = 0;
        int to = words.size();
        if (to > 0 && words.get(0).equals("the")) {
            from = 1;
        }
        while (to > from && SUFFIXES.contains(words.get(to - 1))) {
            to--;
        }
        return String.join(" ", words.subList(from, to));
    }

    // ---------------------------------------------------------------- types and numbers

    static boolean isNone(JsonValue v) {
        return v == null || v.isNull();
    }

    static boolean isBool(JsonValue v) {
        return v != null && v.isBoolean();
    }

    static boolean isNumber(JsonValue v) {
        return v != null && v.isNumber();
    }

    static boolean isList(JsonValue v) {
        return v != null && v.isArray();
    }

    static boolean isStr(JsonValue v) {
        return v != null && v.isString();
    }

    /** True when a JSON number is a Python {@code int}, false when it is a {@code float}. */
    static boolean isInt(JsonValue number) {
        Number n = number.getAsNumber().value();
        if (n instanceof BigDecimal d) {
            return d.scale() == 0;
        }
        return !(n instanceof Double || n instanceof Float);
    }

    static BigInteger intValue(JsonValue number) {
        Number n = number.getAsNumber().value();
        if (n instanceof BigDecimal d) {
            return d.toBigIntegerExact();
        }
        if (n instanceof BigInteger b) {
            return b;
        }
        return BigInteger.valueOf(n.longValue());
    }

    /** Python's {@code float(x)} of a JSON number. */
    static double floatValue(JsonValue number) {
        Number n = number.getAsNumber().value();
        if (n instanceof BigDecimal d) {
            return d.doubleValue();
        }
        return n.doubleValue();
    }

    /** {@code abs(p - g) <= abs(g) * 0.01} for two Python numbers. */
    static boolean withinOnePercent(JsonValue g, JsonValue p) {
        if (isInt(g) && isInt(p)) {
            BigInteger gi = intValue(g);
            BigInteger diff = intValue(p).subtract(gi).abs();
            double tolerance = gi.abs().doubleValue() * 0.01;
            if (Double.isInfinite(tolerance)) {
                return true;
            }
            return new BigDecimal(diff).compareTo(new BigDecimal(tolerance)) <= 0;
        }
        double gd = floatValue(g);
        double pd = floatValue(p);
        return Math.abs(pd - gd) <= Math.abs(gd) * 0.01;
    }

    /** Python's {@code a == b} for JSON values. */
    static boolean equal(JsonValue a, JsonValue b) {
        if (isNone(a) || isNone(b)) {
            return isNone(a) && isNone(b);
        }
        if ((a.isBoolean() || a.isNumber()) && (b.isBoolean() || b.isNumber())) {
            return numericValue(a).compareTo(numericValue(b)) == 0;
        }
        if (a.isString() && b.isString()) {
            return a.getAsString().value().equals(b.getAsString().value());
        }
        if (a.isArray() && b.isArray()) {
            JsonArray x = a.getAsArray();
            JsonArray y = b.getAsArray();
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            JsonObject x = a.getAsObject();
            JsonObject y = b.getAsObject();
            if (!x.keys().equals(y.keys())) {
                return false;
            }
            for (String k : x.keys()) {
                if (!equal(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The exact value of a bool or number, for Python's cross-type numeric equality. */
    static BigDecimal numericValue(JsonValue v) {
        if (v.isBoolean()) {
            return v.getAsBoolean().value() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (isInt(v)) {
            return new BigDecimal(intValue(v));
        }
        return new BigDecimal(floatValue(v)); // NaN and Infinity never reach here: the reader rejects them
    }

    // ---------------------------------------------------------------- str, repr, json.dumps

    /** Python's {@code str(x)}; a missing value is {@code None}. */
    static String str(JsonValue v) {
        if (isStr(v)) {
            return v.getAsString().value();
        }
        return repr(v);
    }

    /** Python's {@code repr(x)}. */
    static String repr(JsonValue v) {
        StringBuilder out = new StringBuilder();
        repr(v, out);
        return out.toString();
    }

    private static void repr(JsonValue v, StringBuilder out) {
        if (isNone(v)) {
            out.append("None");
        } else if (v.isBoolean()) {
            out.append(v.getAsBoolean().value() ? "True" : "False");
        } else if (v.isNumber()) {
            out.append(numberRepr(v));
        } else if (v.isString()) {
            reprString(v.getAsString().value(), out);
        } else if (v.isArray()) {
            out.append('[');
            Iterator<JsonValue> it = v.getAsArray().iterator();
            while (it.hasNext()) {
                repr(it.next(), out);
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else if (v.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonValue>> it = v.getAsObject().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonValue> e = it.next();
                reprString(e.getKey(), out);
                out.append(": ");
                repr(e.getValue(), out);
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else {
            out.append(v);
        }
    }

    static String numberRepr(JsonValue v) {
        return isInt(v) ? intValue(v).toString() : floatRepr(floatValue(v));
    }

    private static void reprString(String s, StringBuilder out) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7F || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        out.append(quote);
    }

    /** Python's {@code str.isprintable()} for one character. */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int type = Character.getType(cp);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SPACE_SEPARATOR);
    }

    /** Python's {@code json.dumps(x)} with its defaults (ASCII only, separators {@code ", "} and {@code ": "}). */
    static String dumps(JsonValue v) {
        return org.dealgraph.JsonWriter.writePythonStyle(g -> dumps(v, g));
    }

    private static void dumps(JsonValue v, tools.jackson.core.JsonGenerator out) {
        if (isNone(v)) {
            out.writeNull();
        } else if (v.isBoolean()) {
            out.writeBoolean(v.getAsBoolean().value());
        } else if (v.isNumber()) {
            if (isInt(v)) {
                out.writeNumber(intValue(v));
            } else {
                double d = floatValue(v);
                out.writeNumber(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                        : floatRepr(d));
            }
        } else if (v.isString()) {
            out.writeString(v.getAsString().value());
        } else if (v.isArray()) {
            out.writeStartArray();
            for (JsonValue item : v.getAsArray()) {
                dumps(item, out);
            }
            out.writeEndArray();
        } else if (v.isObject()) {
            out.writeStartObject();
            for (Map.Entry<String, JsonValue> e : v.getAsObject().entrySet()) {
                out.writeName(e.getKey());
                dumps(e.getValue(), out);
            }
            out.writeEndObject();
        }
    }

    /** Python's {@code repr(float)}: the shortest decimal that reads back as the same double. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale(); // value = 0.digits * 10^decpt
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            out.append(String.format("%02d", Math.abs(exp)));
        } else if (decpt <= 0) {
            out.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }

    /** The shortest decimal reading back as {@code d} (&gt; 0), the nearest of them when several; trailing zeros stripped. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            BigDecimal ulp = nearest.ulp();
            BigDecimal best = null;
            for (BigDecimal candidate : List.of(nearest, nearest.subtract(ulp), nearest.add(ulp))) {
                if (candidate.signum() > 0 && candidate.doubleValue() == d
                        && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                BigDecimal stripped = best.stripTrailingZeros();
                return stripped;
            }
        }
        return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
    }

    /** Python's {@code f"{x:.2f}"}: the exact binary value rounded half-even. */
    static String format2(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code f"{s:20}"} for a string: left-aligned, padded to 20 code points. */
    static String padRight(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    /** Compares strings by code point, as Python sorts them. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
