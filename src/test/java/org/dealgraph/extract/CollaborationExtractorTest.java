package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.assertNone;
import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.dealgraph.extract.Facts.name;
import static org.dealgraph.extract.Facts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollaborationExtractorTest {

    @Test
    void renegotiatedAgreementWithDate() {
        Fact f = find(extract(null, "Apple and Google announced on March 3, 2026, that they have renegotiated the terms of their deal."),
                FactType.AGREEMENT, "Apple", "Google");
        assertEquals("renegotiated", value(f, "kind"));
        assertEquals("2026-03-03", value(f, "date"));
    }

    @Test
    void theTwoCompaniesAreTheLastTwoOrganisations() {
        List<Fact> facts = extract("2025-03-01", "Until January, Oracle was xAI's exclusive cloud provider. "
                + "The two companies then changed their terms.");
        Fact f = find(facts, FactType.AGREEMENT, "xAI", "Oracle");
        assertEquals("renegotiated", value(f, "kind"));
        assertEquals("2025-01", value(f, "date"));
    }

    @Test
    void dealWithAnAmountIsNotAPlainAgreement() {
        assertNone(extract(null, "The dispute began when Cohere signed a deal worth up to $5 billion with Oracle."), FactType.AGREEMENT);
        Fact f = find(extract(null, "Cohere and Oracle signed a multiyear agreement on Tuesday."), FactType.AGREEMENT, "Cohere", "Oracle");
        assertEquals("new", value(f, "kind"));
    }

    @Test
    void partnershipWithPurposeAndProduct() {
        Fact f = find(extract(null, "Salesforce, meanwhile, has developed its own AI partnership with Cohere to power sales agents using Gemini."),
                FactType.PARTNERSHIP, "Salesforce", "Cohere");
        assertTrue(((String) value(f, "purpose")).contains("sales agents"));
        assertEquals("Gemini", name(f, "product"));
    }

    @Test
    void coDevelopmentSharesTheDealsParties() {
        List<Fact> facts = extract(null,
                "The deal gave Oracle exclusive rights to host Cohere's search tool Lumen and to co-develop retrieval technology on OCI.");
        Fact f = find(facts, FactType.CO_DEVELOPMENT, "Cohere", "Oracle");
        assertTrue(((String) value(f, "technology")).startsWith("retrieval"));
        assertEquals("Oracle Cloud Infrastructure", name(f, "platform"));
    }

    @Test
    void workingWithOnATechnology() {
        Fact f = find(extract(null, "Cohere's engineers are working with Annapurna Labs, the chip unit, on new Trainium designs."),
                FactType.CO_DEVELOPMENT, "Cohere", "Annapurna Labs");
        assertTrue(((String) value(f, "technology")).contains("Trainium"));
    }
}
