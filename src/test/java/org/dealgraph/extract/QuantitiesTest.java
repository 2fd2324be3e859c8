package org.dealgraph.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantitiesTest {

    private static void assertMoney(String text, String expected, boolean usd) {
        Quantities.Money m = Quantities.parseMoney(text).orElseThrow(() -> new AssertionError("not money: " + text));
        assertEquals(0, new BigDecimal(expected).compareTo(m.amount()), text + " gave " + m.amount());
        assertEquals(usd, m.usd(), text);
    }

    @Test
    void parsesDollarAmountsWithScaleWords() {
        assertMoney("$50 billion", "50000000000", true);
        assertMoney("$7.5 billion", "7500000000", true);
        assertMoney("$350 million", "350000000", true);
        assertMoney("$1.2 trillion", "1200000000000", true);
        assertMoney("$2.5bn", "2500000000", true);
        assertMoney("$900m", "900000000", true);
        assertMoney("$4-billion", "4000000000", true);
        assertMoney("US$3 billion", "3000000000", true);
        assertMoney("$1,300,000", "1300000", true);
    }

    @Test
    void marksOtherCurrencies() {
        assertMoney("€15 million", "15000000", false);
        assertMoney("£2 billion", "2000000000", false);
    }

    @Test
    void rejectsNonMoney() {
        assertTrue(Quantities.parseMoney("50 billion").isEmpty());
        assertTrue(Quantities.parseMoney("about $5 billion or so").isEmpty());
    }

    @Test
    void parsesPercentages() {
        assertEquals(0, new BigDecimal("27").compareTo(Quantities.parsePercent("27 percent").orElseThrow()));
        assertEquals(0, new BigDecimal("4.5").compareTo(Quantities.parsePercent("4.5%").orElseThrow()));
        assertEquals(0, new BigDecimal("10").compareTo(Quantities.parsePercent("10 per cent").orElseThrow()));
        assertTrue(Quantities.parsePercent("ten percent").isEmpty());
    }

    @Test
    void readsQualifiersBeforeNumbers() {
        assertTrue(Quantities.approximateBefore("retains approximately "));
        assertTrue(Quantities.approximateBefore("worth about "));
        assertFalse(Quantities.approximateBefore("worth "));
        assertTrue(Quantities.upToBefore("an investment of up to "));
        assertTrue(Quantities.upToBefore("invest as much as "));
        assertFalse(Quantities.upToBefore("invest "));
    }
}
