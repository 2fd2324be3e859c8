package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.dealgraph.extract.Facts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RevenueShareTest {

    @Test
    void endedAndContinuingSharesInOneSentence() {
        List<Fact> facts = extract(null, "Under the new terms, Google is no longer required to pay a revenue share to Anthropic, "
                + "while Anthropic will continue paying revenue share to Google through 2029, subject to a cap.");
        Fact ended = find(facts, FactType.REVENUE_SHARE, "Google", "Anthropic");
        assertEquals(Boolean.FALSE, value(ended, "active"));
        assertNull(value(ended, "until"));
        Fact running = find(facts, FactType.REVENUE_SHARE, "Anthropic", "Google");
        assertEquals(Boolean.TRUE, value(running, "active"));
        assertEquals("2029", value(running, "until"));
        assertEquals(Boolean.TRUE, value(running, "capped"));
    }

    @Test
    void payerNamesPayeeFirst() {
        Fact f = find(extract(null, "Apple pays Google a 36 percent share of its search revenue."), FactType.REVENUE_SHARE, "Apple", "Google");
        assertEquals(Boolean.TRUE, value(f, "active"));
    }

    @Test
    void receivesAShareOfRevenue() {
        find(extract(null, "Mistral AI receives a share of Microsoft's revenue from the models."),
                FactType.REVENUE_SHARE, "Microsoft", "Mistral AI");
    }
}
