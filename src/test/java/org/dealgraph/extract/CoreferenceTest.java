package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CoreferenceTest {

    private static EntityRef org(SentenceView s, String surface) {
        return s.mentions().stream().filter(m -> m.entity() != null && m.entity().surface().equals(surface))
                .findFirst().orElseThrow(() -> new AssertionError(surface + " not found in " + s.masked())).entity();
    }

    @Test
    void theCompanyAsObjectIsNotTheSubject() {
        List<Fact> facts = extract("2025-10-01", "Google is already an Anthropic shareholder. It bought into the company earlier this year.");
        find(facts, FactType.INVESTMENT, "Google", "Anthropic");
        Fact bought = Facts.all(facts, FactType.INVESTMENT, "Google", "Anthropic").get(0);
        assertEquals("2025", Facts.value(bought, "date"));
    }

    @Test
    void itsAfterACopulaIsAnotherCompany() {
        Article a = Facts.article(null, "CoreWeave rents out GPUs. Nvidia is among its investors.");
        List<SentenceView> views = Facts.EXTRACTOR.analyse(a);
        assertEquals("CoreWeave", org(views.get(1), "its").name());
    }

    @Test
    void itsOwnIsTheSubject() {
        Article a = Facts.article(null, "Microsoft, meanwhile, has developed its own AI partnership with Anthropic.");
        assertEquals("Microsoft", org(Facts.EXTRACTOR.analyse(a).get(0), "its").name());
    }

    @Test
    void productMakerIsTheProductOwner() {
        Article a = Facts.article(null, "Oracle was already a supplier: the ChatGPT maker has used Oracle Cloud Infrastructure since 2024.");
        assertEquals("OpenAI", org(Facts.EXTRACTOR.analyse(a).get(0), "the ChatGPT maker").name());
    }

    @Test
    void unknownNamesAreMintedWithStableKeys() {
        Article a = Facts.article(null, "Zentrix Labs, a robotics startup, said Boreal Systems will invest in it.");
        SentenceView s = Facts.EXTRACTOR.analyse(a).get(0);
        EntityRef z = org(s, "Zentrix Labs");
        assertEquals("zentrix-labs", z.key());
        assertEquals(EntityKind.ORGANIZATION, z.kind());
        assertEquals("boreal-systems", org(s, "Boreal Systems").key());
    }
}
