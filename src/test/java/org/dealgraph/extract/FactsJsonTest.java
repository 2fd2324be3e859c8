package org.dealgraph.extract;

import org.dealgraph.fact.Evidence;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;
import org.dealgraph.fact.FactsJson;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FactsJsonTest {

    @Test
    void writesFieldsInFactTypeOrderWithNumbersAndEscapes() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", "contingent");
        values.put("amountUSD", new BigDecimal("5E+10"));
        values.put("investee", new EntityRef("openai", "OpenAI", "the startup", EntityKind.ORGANIZATION));
        values.put("investor", new EntityRef("amazon", "Amazon", "Amazon", EntityKind.ORGANIZATION));
        values.put("upTo", Boolean.TRUE);
        String quote = "Amazon said \"yes\"\\no\ttab\u0001";
        Fact f = new Fact(FactType.INVESTMENT, values, new Evidence(3, 10, 10 + quote.length(), quote), 0.9);
        assertEquals("{\"type\":\"Investment\",\"investor\":\"Amazon\",\"investee\":\"OpenAI\",\"amountUSD\":50000000000,"
                + "\"upTo\":true,\"status\":\"contingent\",\"evidence\":\"Amazon said \\\"yes\\\"\\\\no\\ttab\\u0001\"}",
                FactsJson.toJsonLine(f));
    }

    @Test
    void writesFractionsAndPercentagesAsNumbers() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("holder", new EntityRef("microsoft", "Microsoft", null, EntityKind.ORGANIZATION));
        values.put("company", new EntityRef("openai", "OpenAI", null, EntityKind.ORGANIZATION));
        values.put("percent", new BigDecimal("27.50"));
        values.put("approximate", Boolean.TRUE);
        Fact f = new Fact(FactType.STAKE, values, new Evidence(0, 0, 1, "x"), 1.0);
        assertEquals("{\"type\":\"Stake\",\"holder\":\"Microsoft\",\"company\":\"OpenAI\",\"percent\":27.5,\"approximate\":true,"
                + "\"evidence\":\"x\"}", FactsJson.toJsonLine(f));
    }
}
