package org.dealgraph.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dealgraph.DealgraphException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a deal-facts JSON Lines file the way the reference scorer does: UTF-8, Python's line splitting,
 * blank lines skipped, every other line one JSON object.
 *
 * <p>Jena's JSON parser is lenient (it accepts single quotes, bare keys, trailing text); each line is
 * therefore first checked against the JSON grammar that Python's {@code json.loads} accepts, so a
 * line Python rejects is rejected here too, with the file and line number. While checking, every
 * number with a fraction or an exponent (a Python {@code float}) is rewritten with a decimal point
 * (e.g. {@code 1e10} to {@code 10000000000.0}) so that Jena's {@link BigDecimal} keeps the int/float
 * distinction as its scale. {@code NaN} and {@code Infinity}, which Python accepts and Jena does not,
 * are rejected.
 */
final class FactsReader {
    private FactsReader() {
    }

    /** One fact and where it was read. */
    record Line(JsonObject fact, int number) {
    }

    static List<Line> read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DealgraphException("cannot read facts file " + path + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DealgraphException(path + ": not UTF-8 text: " + e.getMessage(), e);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n'); // Python's universal newlines
        List<Line> facts = new ArrayList<>();
        List<String> lines = Py.splitLines(text);
        for (int n = 1; n <= lines.size(); n++) {
            String line = Py.strip(lines.get(n - 1));
            if (line.isEmpty()) {
                continue;
            }
            facts.add(new Line(parseLine(line, path + ":" + n), n));
        }
        return facts;
    }

    /** Parses one line holding one JSON object; {@code where} names the file and line in errors. */
    static JsonObject parseLine(String line, String where) {
        String normalised;
        try {
            normalised = new Checker(line).check();
        } catch (IllegalArgumentException e) {
            throw new DealgraphException(where + ": not JSON: " + e.getMessage());
        }
        JsonValue value;
        try {
            value = JSON.parseAny(normalised);
        } catch (RuntimeException e) {
            throw new DealgraphException(where + ": not JSON: " + e.getMessage(), e);
        }
        if (!value.isObject()) {
            throw new DealgraphException(where + ": not a JSON object: " + line);
        }
        return value.getAsObject();
    }

    /** A recursive-descent check of Python's JSON grammar that copies the text, normalising floats. */
    private static final class Checker {
        private final String s;
        private final StringBuilder out = new StringBuilder();
        private int i;

        Checker(String s) {
            this.s = s;
        }

        String check() {
            if (s.startsWith("\uFEFF")) {
                throw new IllegalArgumentException("Unexpected UTF-8 BOM");
            }
            skipSpace();
            value();
            skipSpace();
            if (i != s.length()) {
                throw error("Extra data");
            }
            return out.toString();
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + ": column " + (i + 1));
        }

        private void skipSpace() {
            while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
                out.append(s.charAt(i++));
            }
        }

        private void value() {
            if (i >= s.length()) {
                throw error("Expecting value");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                default -> {
                    if (s.startsWith("true", i) || s.startsWith("null", i)) {
                        out.append(s, i, i + 4);
                        i += 4;
                    } else if (s.startsWith("false", i)) {
                        out.append(s, i, i + 5);
                        i += 5;
                    } else if (s.startsWith("NaN", i) || s.startsWith("Infinity", i) || s.startsWith("-Infinity", i)) {
                        throw error("NaN and Infinity are not supported");
                    } else if (c == '-' || (c >= '0' && c <= '9')) {
                        number();
                    } else {
                        throw error("Expecting value");
                    }
                }
            }
        }

        private void object() {
            out.append(s.charAt(i++));
            skipSpace();
            if (i < s.length() && s.charAt(i) == '}') {
                out.append(s.charAt(i++));
                return;
            }
            while (true) {
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error("Expecting property name enclosed in double quotes");
                }
                string();
                skipSpace();
                if (i >= s.length() || s.charAt(i) != ':') {
                    throw error("Expecting ':' delimiter");
                }
                out.append(s.charAt(i++));
                skipSpace();
                value();
                skipSpace();
                if (i < s.length() && s.charAt(i) == '}') {
                    out.append(s.charAt(i++));
                    return;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter");
                }
                out.append(s.charAt(i++));
                skipSpace();
            }
        }

        private void array() {
            out.append(s.charAt(i++));
            skipSpace();
            if (i < s.length() && s.charAt(i) == ']') {
                out.append(s.charAt(i++));
                return;
            }
            while (true) {
                value();
                skipSpace();
                if (i < s.length() && s.charAt(i) == ']') {
                    out.append(s.charAt(i++));
                    return;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter");
                }
                out.append(s.charAt(i++));
                skipSpace();
            }
        }

        private void string() {
            int start = i++;
            while (true) {
                if (i >= s.length()) {
                    throw error("Unterminated string");
                }
                char c = s.charAt(i);
                if (c == '"') {
                    i++;
                    break;
                }
                if (c < 0x20) {
                    throw error("Invalid control character");
                }
                if (c == '\\') {
                    if (i + 1 >= s.length()) {
                        throw error("Unterminated string");
                    }
                    char e = s.charAt(i + 1);
                    if ("\"\\/bfnrt".indexOf(e) >= 0) {
                        i += 2;
                    } else if (e == 'u') {
                        if (i + 6 > s.length() || !s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                            throw error("Invalid \\uXXXX escape");
                        }
                        i += 6;
                    } else {
                        throw error("Invalid \\escape");
                    }
                } else {
                    i++;
                }
            }
            out.append(s, start, i);
        }

        private void number() {
            int start = i;
            if (s.charAt(i) == '-') {
                i++;
            }
            if (i >= s.length() || !digit(s.charAt(i))) {
                i = start;
                throw error("Expecting value");
            }
            if (s.charAt(i) == '0') {
                i++;
            } else {
                while (i < s.length() && digit(s.charAt(i))) {
                    i++;
                }
            }
            boolean isFloat = false;
            if (i + 1 < s.length() && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
                isFloat = true;
                i++;
                while (i < s.length() && digit(s.charAt(i))) {
                    i++;
                }
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                    j++;
                }
                if (j < s.length() && digit(s.charAt(j))) {
                    isFloat = true;
                    i = j;
                    while (i < s.length() && digit(s.charAt(i))) {
                        i++;
                    }
                }
            }
            String token = s.substring(start, i);
            if (!isFloat) {
                out.append(token);
                return;
            }
            double d = Double.parseDouble(token);
            if (Double.isInfinite(d)) {
                i = start;
                throw error("number out of range of a double: " + token);
            }
            BigDecimal value = new BigDecimal(Py.floatRepr(d).replace("e+", "e"));
            if (value.scale() < 1) {
                value = value.setScale(1);
            }
            out.append(value.toString());
        }

        private static boolean digit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
