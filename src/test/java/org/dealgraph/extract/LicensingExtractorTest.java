package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.all;
import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.dealgraph.extract.Facts.name;
import static org.dealgraph.extract.Facts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicensingExtractorTest {

    @Test
    void replacedLicenceIsSupersededAndNowNonExclusive() {
        List<Fact> facts = extract(null,
                "The key change: IBM's exclusive license to Cohere's language models now has a fixed end date of 2031, replacing a "
                        + "deal that had previously lasted until Cohere reached a revenue target. The license is now non-exclusive.");
        List<Fact> licences = all(facts, FactType.LICENCE, "Cohere", "IBM");
        assertEquals(2, licences.size(), Facts.dump(facts));
        Fact active = licences.stream().filter(f -> "active".equals(value(f, "status"))).findFirst().orElseThrow();
        Fact old = licences.stream().filter(f -> "superseded".equals(value(f, "status"))).findFirst().orElseThrow();
        assertEquals("2031", value(active, "endDate"));
        assertEquals(Boolean.FALSE, value(active, "exclusive"));
        assertEquals("language models", value(active, "subject"));
        assertEquals(Boolean.TRUE, value(old, "exclusive"));
        assertTrue(((String) value(old, "endCondition")).contains("revenue target"));
    }

    @Test
    void licenceTakenToAProductGoesToItsOwner() {
        Fact f = find(extract(null, "In 2022 Salesforce secured a non-exclusive licence to GPT-4, the flagship model."),
                FactType.LICENCE, "OpenAI", "Salesforce");
        assertEquals(Boolean.FALSE, value(f, "exclusive"));
        assertEquals("GPT-4", value(f, "subject"));
    }

    @Test
    void licensedFromAndLicensedTo() {
        find(extract(null, "Dell licensed the speech technology from Cohere."), FactType.LICENCE, "Cohere", "Dell");
        find(extract(null, "Cohere will license its retrieval software to SAP."), FactType.LICENCE, "Cohere", "SAP");
    }

    @Test
    void hostingRightForANamedProduct() {
        List<Fact> facts = extract(null, "The agreement gave Oracle exclusive rights to host Cohere's coding assistant Tessel.");
        Fact f = find(facts, FactType.HOSTING_RIGHT, "Cohere", "Oracle");
        assertEquals("Tessel", name(f, "product"));
        assertEquals(Boolean.TRUE, value(f, "exclusive"));
    }

    @Test
    void hostedExclusivelyOn() {
        Fact f = find(extract(null, "Cohere's models will be hosted exclusively on Google Cloud."),
                FactType.HOSTING_RIGHT, "Cohere", "Google Cloud");
        assertEquals(Boolean.TRUE, value(f, "exclusive"));
    }
}
