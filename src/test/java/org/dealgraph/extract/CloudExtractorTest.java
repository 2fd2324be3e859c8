package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.assertAmount;
import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.dealgraph.extract.Facts.name;
import static org.dealgraph.extract.Facts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CloudExtractorTest {

    @Test
    void primaryPartnerAndFirstLaunchMerge() {
        List<Fact> facts = extract(null,
                "Cohere's models will still launch on Azure first, and Microsoft remains Cohere's \u201cprimary cloud partner.\u201d");
        Fact f = find(facts, FactType.CLOUD_PARTNERSHIP, "Cohere", "Microsoft");
        assertEquals("Azure", name(f, "platform"));
        assertEquals(Boolean.TRUE, value(f, "primary"));
        assertEquals(Boolean.TRUE, value(f, "firstLaunch"));
    }

    @Test
    void exclusiveProviderIsPrimaryUnlessItEnded() {
        Fact now = find(extract(null, "Google Cloud will remain Anthropic's exclusive cloud provider."),
                FactType.CLOUD_PARTNERSHIP, "Anthropic", "Google Cloud");
        assertEquals(Boolean.TRUE, value(now, "exclusive"));
        assertEquals(Boolean.TRUE, value(now, "primary"));
        Fact before = find(extract("2025-09-01", "Until January, Oracle was xAI's exclusive cloud provider."),
                FactType.CLOUD_PARTNERSHIP, "xAI", "Oracle");
        assertEquals(Boolean.FALSE, value(before, "exclusive"));
        assertNull(value(before, "primary"));
    }

    @Test
    void purchaseCommitmentWithWhatAndDate() {
        List<Fact> facts = extract(null, "Mistral AI also committed in May 2025 to purchase an additional $4 billion worth of Oracle cloud services.");
        Fact f = find(facts, FactType.PURCHASE_COMMITMENT, "Mistral AI", "Oracle");
        assertAmount(4_000_000_000L, f, "amountUSD");
        assertEquals("cloud services", value(f, "what"));
        assertEquals("2025-05", value(f, "date"));
        find(facts, FactType.CLOUD_PARTNERSHIP, "Mistral AI", "Oracle");
    }

    @Test
    void buyFromSeller() {
        Fact f = find(extract(null, "Cohere has agreed to buy about $2 billion of computing capacity from CoreWeave over four years."),
                FactType.PURCHASE_COMMITMENT, "Cohere", "CoreWeave");
        assertEquals("computing capacity", value(f, "what"));
    }

    @Test
    void availabilityOnAPlatformImpliesAProvider() {
        List<Fact> facts = extract(null, "Jensen Huang said Cohere's models would become available to AWS customers on Bedrock soon.");
        Fact f = find(facts, FactType.AVAILABILITY, "Cohere models", "Amazon Bedrock");
        assertEquals("Amazon Web Services", name(f, "provider"));
        find(facts, FactType.CLOUD_PARTNERSHIP, "Cohere", "Amazon Web Services");
    }

    @Test
    void usingAProductThroughAPlatform() {
        Fact f = find(extract(null, "Business customers already use Gemini through Vertex AI."), FactType.AVAILABILITY, "Gemini", "Vertex AI");
        assertEquals("Google Cloud", name(f, "provider"));
    }
}
