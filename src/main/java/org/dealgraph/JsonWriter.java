package org.dealgraph;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way the project writes JSON outside the web framework's own conversion (which is Jackson too): the facts of
 * {@code extract --facts} and of uploads, synthetic gold facts, the JSON the console page carries. Compact (no
 * spaces), decimals written plainly ({@code 27.5}, never {@code 2.75E+1}), and with these escapes: {@code "} and
 * {@code \} and the control characters ({@code \n \r \t \b \f}, others as lower-case {@code \}{@code u00xx}), and the
 * line and paragraph separators U+2028 and U+2029, which JSON allows raw but line-splitting readers (Python's
 * {@code splitlines}) take for line ends. The HTML-safe form also escapes {@code < > &}, so that JSON placed in a page
 * (or sent where a browser might sniff it) can never be read as markup.
 */
public final class JsonWriter {
    private static final JsonMapper PLAIN = mapper(false);
    private static final JsonMapper HTML_SAFE = mapper(true);
    private static final JsonMapper PYTHON = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new PythonEscapes()).build()).build();
    /** Python's separators, {@code ", "} and {@code ": "}, on one line; {@code {}} and {@code []} when empty. */
    private static final DefaultPrettyPrinter PYTHON_SPACING = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER).withObjectEntrySpacing(Separators.Spacing.AFTER)
            .withArrayElementSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
            .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter());

    private JsonWriter() {
    }

    private static JsonMapper mapper(boolean htmlSafe) {
        JsonFactory factory = JsonFactory.builder().characterEscapes(new Escapes(htmlSafe))
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        return JsonMapper.builder(factory).build();
    }

    /** {@code value} (a tree node, a record, a list, a map, a string...) as compact JSON. */
    public static String write(Object value) {
        return PLAIN.writeValueAsString(value);
    }

    /** {@code value} as compact JSON with {@code < > &} escaped as well, to be placed in HTML. */
    public static String writeHtmlSafe(Object value) {
        return HTML_SAFE.writeValueAsString(value);
    }

    /**
     * JSON as Python's {@code json.dumps} writes it with its defaults (the form the scorer's reports quote): one line,
     * separators {@code ", "} and {@code ": "}, every character outside printable ASCII escaped as lower-case
     * {@code \}{@code uxxxx}. {@code body} writes the one value; numbers it writes as text are written as they are.
     */
    public static String writePythonStyle(java.util.function.Consumer<JsonGenerator> body) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator generator = PYTHON.writer().with(PYTHON_SPACING).createGenerator(out)) {
            body.accept(generator);
        }
        return out.toString();
    }

    /** A new, empty JSON object, to fill in the order its members are to be written. */
    public static ObjectNode object() {
        return PLAIN.createObjectNode();
    }

    /** A new, empty JSON array. */
    public static ArrayNode array() {
        return PLAIN.createArrayNode();
    }

    /**
     * Escapes that JSON writes with a backslash: the short ones JSON has for control characters (a backslash and
     * n, t, r, b or f), else what {@link #other} says for the characters marked in {@link #ascii}.
     */
    private abstract static class ControlEscapes extends CharacterEscapes {
        final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            for (int c = 0; c < 0x20; c++) {
                ascii[c] = ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '\n' -> new SerializedString("\\n");
                case '\r' -> new SerializedString("\\r");
                case '\t' -> new SerializedString("\\t");
                case '\b' -> new SerializedString("\\b");
                case '\f' -> new SerializedString("\\f");
                default -> other(ch);
            };
        }

        /** The escape of a character that has no short one, or null to write it as it is. */
        abstract SerializableString other(int ch);
    }

    private static final class Escapes extends ControlEscapes {
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        Escapes(boolean htmlSafe) {
            if (htmlSafe) {
                ascii['<'] = ESCAPE_CUSTOM;
                ascii['>'] = ESCAPE_CUSTOM;
                ascii['&'] = ESCAPE_CUSTOM;
            }
        }

        @Override
        SerializableString other(int ch) {
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> ch < 0x20 || ch == '<' || ch == '>' || ch == '&'
                        ? new SerializedString(String.format("\\u%04x", ch)) : null;
            };
        }
    }

    /** Python's {@code ensure_ascii}: short escapes where JSON has them, else {@code \}{@code uxxxx}, lower case. */
    private static final class PythonEscapes extends ControlEscapes {

        PythonEscapes() {
            ascii[0x7F] = ESCAPE_CUSTOM;
        }

        @Override
        SerializableString other(int ch) {
            return ch < 0x20 || ch > 0x7E ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
