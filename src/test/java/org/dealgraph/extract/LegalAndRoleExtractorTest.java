package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.all;
import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.dealgraph.extract.Facts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegalAndRoleExtractorTest {

    @Test
    void reporterIsNotTheClaimantAndRespondentIsTheMainCounterparty() {
        List<Fact> facts = extract(null, "Cohere and Oracle renegotiated their deal. Cohere wants more. "
                + "The Wall Street Journal later reported that Oracle was considering legal action to enforce those terms.");
        Fact f = find(facts, FactType.LEGAL_DISPUTE, "Oracle", "Cohere");
        assertEquals("considered", value(f, "status"));
    }

    @Test
    void explicitRespondent() {
        Fact f = find(extract(null, "Snowflake sued Databricks over the hiring."), FactType.LEGAL_DISPUTE, "Snowflake", "Databricks");
        assertEquals("filed", value(f, "status"));
    }

    @Test
    void titleBeforeName() {
        Fact f = find(extract(null, "Oracle CEO Jane Doe welcomed the deal."), FactType.ROLE, "Jane Doe", "Oracle");
        assertEquals("CEO", value(f, "title"));
    }

    @Test
    void appositionAndFormerTitles() {
        List<Fact> facts = extract(null, "Oracle hired John Roe, Cohere's co-founder and chief scientist. "
                + "Roe stepped down as Cohere's chief executive last year.");
        List<Fact> roles = all(facts, FactType.ROLE, "John Roe", "Cohere");
        assertEquals(1, roles.size(), Facts.dump(facts));
        String title = (String) value(roles.get(0), "title");
        assertTrue(title.contains("co-founder") && title.contains("chief scientist"), title);
    }

    @Test
    void namedAsChiefExecutives() {
        List<Fact> facts = extract(null, "On Monday, Intel named Ann Lee and Bob Kim as co-CEOs.");
        find(facts, FactType.ROLE, "Ann Lee", "Intel");
        find(facts, FactType.ROLE, "Bob Kim", "Intel");
    }

    @Test
    void ledByChiefExecutive() {
        find(extract(null, "Cohere, led by chief executive Aidan Gomez, sells models."), FactType.ROLE, "Aidan Gomez", "Cohere");
    }
}
