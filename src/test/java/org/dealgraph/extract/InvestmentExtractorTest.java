package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.assertAmount;
import static org.dealgraph.extract.Facts.assertNone;
import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.dealgraph.extract.Facts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InvestmentExtractorTest {

    @Test
    void contingentInvestmentWithCeilingAndDate() {
        List<Fact> facts = extract(null,
                "The talks began in March 2025, when Nvidia announced an investment of up to $20 billion in xAI, contingent on regulatory approval.");
        Fact f = find(facts, FactType.INVESTMENT, "Nvidia", "xAI");
        assertAmount(20_000_000_000L, f, "amountUSD");
        assertEquals(Boolean.TRUE, value(f, "upTo"));
        assertEquals("2025-03", value(f, "date"));
        assertEquals("contingent", value(f, "status"));
    }

    @Test
    void pastInvestmentIsCompletedAndRelativeDateResolves() {
        List<Fact> facts = extract("2025-06-30", "Oracle invested about $3 billion in Cohere last year.");
        Fact f = find(facts, FactType.INVESTMENT, "Oracle", "Cohere");
        assertEquals("completed", value(f, "status"));
        assertEquals("2024", value(f, "date"));
        assertNull(value(f, "upTo"));
    }

    @Test
    void roundInvestorsAreInvestors() {
        List<Fact> facts = extract("2025-06-30",
                "Perplexity raised $500 million in a round led by SoftBank, with Nvidia among the participants.");
        find(facts, FactType.INVESTMENT, "SoftBank", "Perplexity");
        find(facts, FactType.INVESTMENT, "Nvidia", "Perplexity");
    }

    @Test
    void backerPhrasesNameAnInvestment() {
        List<Fact> facts = extract(null, "Apple, whose largest backer is IBM, said nothing. Intel is among its investors.");
        find(facts, FactType.INVESTMENT, "IBM", "Apple");
        find(facts, FactType.INVESTMENT, "Intel", "Apple");
    }

    @Test
    void stakeWithApproximatePercentage() {
        List<Fact> facts = extract(null, "SoftBank also retains approximately 40 percent ownership of Arm's chip business.");
        Fact f = find(facts, FactType.STAKE, "SoftBank", "Arm");
        assertEquals(0, new java.math.BigDecimal(40).compareTo((java.math.BigDecimal) value(f, "percent")));
        assertEquals(Boolean.TRUE, value(f, "approximate"));
    }

    @Test
    void stakeWithoutCompanyTakesTheInvestee() {
        List<Fact> facts = extract(null, "Samsung invested $1 billion in Groq and received a 12 percent stake.");
        Fact f = find(facts, FactType.STAKE, "Samsung", "Groq");
        assertEquals(0, new java.math.BigDecimal(12).compareTo((java.math.BigDecimal) value(f, "percent")));
    }

    @Test
    void ownsPercentOf() {
        find(extract(null, "Tencent owns roughly 20 percent of Baidu."), FactType.STAKE, "Tencent", "Baidu");
    }

    @Test
    void valuationOfTheSubject() {
        List<Fact> facts = extract("2025-02-10", "In January, Databricks raised $10 billion in a round that valued it at $62 billion.");
        Fact v = find(facts, FactType.VALUATION, "Databricks");
        assertAmount(62_000_000_000L, v, "amountUSD");
        assertEquals("2025-01", value(v, "date"));
    }

    @Test
    void contractValueIsNotAValuation() {
        assertNone(extract(null, "Cohere signed a five-year contract valued at $2 billion."), FactType.VALUATION);
    }

    @Test
    void acquisitionWithPriceAndNegation() {
        List<Fact> facts = extract(null, "Cisco agreed to acquire Snowflake for $28 billion.");
        Fact f = find(facts, FactType.ACQUISITION, "Cisco", "Snowflake");
        assertAmount(28_000_000_000L, f, "amountUSD");
        assertEquals("announced", value(f, "status"));
        assertNone(extract(null, "Adobe gained the team without buying Perplexity."), FactType.ACQUISITION);
    }
}
