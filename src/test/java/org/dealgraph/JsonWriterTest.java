package org.dealgraph;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The project's one JSON writer: compact, plain decimals, separators escaped; HTML-safe and Python-style forms. */
class JsonWriterTest {

    @Test
    void compactWithPlainDecimalsAndTheEscapesLineReadersNeed() {
        ObjectNode o = JsonWriter.object().put("n", new BigDecimal("2.75E+1")).put("big", new BigInteger("50000000000"))
                .put("flag", true).put("text", "a\"b\\c\nd\te\u0001f\u2028g\u2029h</script>&é");
        o.putArray("list").add(1).add("x");
        assertEquals("{\"n\":27.5,\"big\":50000000000,\"flag\":true,"
                + "\"text\":\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g\\u2029h</script>&é\",\"list\":[1,\"x\"]}",
                JsonWriter.write(o));
        assertEquals(List.of("a\"b\\c\nd\te\u0001f\u2028g\u2029h</script>&é"),
                List.of(JSON.parse(JsonWriter.write(o)).get("text").getAsString().value()), "it reads back the same");
    }

    @Test
    void theHtmlSafeFormEscapesMarkup() {
        String json = JsonWriter.writeHtmlSafe(JsonWriter.object().put("q", "</script><b>&amp;"));
        assertEquals("{\"q\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"}", json);
        assertEquals("</script><b>&amp;", JSON.parse(json).get("q").getAsString().value());
        assertEquals("\"PREFIX x: \\u003chttp://x/\\u003e\"", JsonWriter.writeHtmlSafe("PREFIX x: <http://x/>"));
    }

    @Test
    void thePythonStyleFormIsWhatJsonDumpsPrints() {
        String json = JsonWriter.writePythonStyle(g -> {
            g.writeStartObject();
            g.writeName("type");
            g.writeString("Stake");
            g.writeName("percent");
            g.writeNumber("27.5");
            g.writeName("parties");
            g.writeStartArray();
            g.writeString("Café");
            g.writeString("😀\u007f\t");
            g.writeEndArray();
            g.writeName("none");
            g.writeStartObject();
            g.writeEndObject();
            g.writeName("empty");
            g.writeStartArray();
            g.writeEndArray();
            g.writeEndObject();
        });
        // json.dumps({"type": "Stake", "percent": 27.5, "parties": ["Café", "😀\x7f\t"], "none": {}, "empty": []})
        assertEquals("{\"type\": \"Stake\", \"percent\": 27.5, \"parties\": [\"Caf\\u00e9\", \"\\ud83d\\ude00\\u007f\\t\"],"
                + " \"none\": {}, \"empty\": []}", json);
    }
}
