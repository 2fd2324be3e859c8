package org.dealgraph.extract;

import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a fact takes from the rest of its article: platforms, exclusivity, the company a reference means. */
class ArticleContextTest {

    @Test
    void aCloudDealNamesTheProvidersCloudNamedElsewhereInTheArticle() {
        List<Fact> facts = extract("2019-03-04", "Zentrix Labs runs its apps on Google Cloud. "
                + "Zentrix Labs has signed a five-year cloud agreement with Google.");
        Fact cloud = find(facts, FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Google");
        assertEquals("Google Cloud", ((org.dealgraph.fact.EntityRef) Facts.value(cloud, "platform")).name());
    }

    @Test
    void aServiceOnTheCloudIsNotTakenForTheCloud() {
        List<Fact> facts = extract("2019-03-04", "Microsoft sells Azure OpenAI Service to banks. "
                + "Zentrix Labs has signed a five-year cloud agreement with Microsoft.");
        Fact cloud = find(facts, FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Microsoft");
        assertNull(Facts.value(cloud, "platform"));
    }

    @Test
    void aCustomerOfTwoCloudsHasAnExclusiveDealWithNeither() {
        List<Fact> facts = extract("2023-02-13", "Zentrix Labs is moving its computing onto Google Cloud. "
                + "Zentrix Labs will also move workloads to Oracle Cloud Infrastructure.");
        assertEquals(false, Facts.value(find(facts, FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Google Cloud"), "exclusive"));
        assertEquals(false, Facts.value(find(facts, FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Oracle"), "exclusive"));
    }

    @Test
    void aRoundLedByAGroupIntroducedWithAColonCountsEveryMember() {
        List<Fact> facts = extract("2021-09-15", "Zentrix Labs raised $200 million in new funding. "
                + "The round was led by a group of investment firms: Boreal Capital, Northwind Partners and Acme Ventures, "
                + "together with the venture investors Quill Ventures and Larch Capital.");
        for (String investor : List.of("Boreal Capital", "Northwind Partners", "Acme Ventures", "Quill Ventures", "Larch Capital")) {
            find(facts, FactType.INVESTMENT, investor, "Zentrix Labs");
        }
    }

    @Test
    void pluralTitlesAndListsOfPeopleGiveOneRoleEach() {
        List<Fact> facts = extract("2021-09-15", "Zentrix Labs is now worth $40 billion. "
                + "Much of the company is owned by co-founders Jane Quill and John Larch.");
        find(facts, FactType.ROLE, "Jane Quill", "Zentrix Labs");
        find(facts, FactType.ROLE, "John Larch", "Zentrix Labs");
    }

    @Test
    void theCompanyOpeningASentenceMeansWhatTheSentencesBeforeWereAbout() {
        List<Fact> facts = extract("2021-09-15", "Zentrix Labs has doubled its value since April. "
                + "That puts it above Boreal Systems and Northwind. "
                + "A third of the company is owned by co-founder Jane Quill.");
        find(facts, FactType.ROLE, "Jane Quill", "Zentrix Labs");
        assertTrue(Facts.all(facts, FactType.ROLE, "Jane Quill", "Northwind").isEmpty());
    }

    @Test
    void itReceivingWhatAGivingVerbGivesIsTheSentencesSubject() {
        List<Fact> facts = extract("2025-06-12", "Boreal Systems builds data pipelines. "
                + "On Thursday Zentrix Labs disclosed a $14.3 billion investment in the start-up Boreal Systems that gives it 49% of the company.");
        find(facts, FactType.INVESTMENT, "Zentrix Labs", "Boreal Systems");
        Fact stake = find(facts, FactType.STAKE, "Zentrix Labs", "Boreal Systems");
        assertEquals(0, new java.math.BigDecimal("49").compareTo(new java.math.BigDecimal(Facts.value(stake, "percent").toString())));
        assertTrue(Facts.all(facts, FactType.STAKE, "Boreal Systems", "Zentrix Labs").isEmpty());
    }

    @Test
    void rightsToAModelFromItsMakerAreALicence() {
        List<Fact> facts = extract("2020-09-22", "Zentrix Labs has secured exclusive rights to Quillmind, the text model from Boreal Systems.");
        find(facts, FactType.LICENCE, "Boreal Systems", "Zentrix Labs");
    }

    @Test
    void anAgreementToUseAnothersTechnologyIsALicence() {
        List<Fact> facts = extract("2024-08-02", "Zentrix Labs also signs a non-exclusive agreement to use Boreal Systems's language model technology.");
        Fact licence = find(facts, FactType.LICENCE, "Boreal Systems", "Zentrix Labs");
        assertEquals(false, Facts.value(licence, "exclusive"));
    }

    @Test
    void madeItsExclusiveCloudProvider() {
        List<Fact> facts = extract("2020-09-22", "Microsoft invested $1 billion in Zentrix Labs, an investment that made it the start-up's exclusive cloud provider.");
        Fact cloud = find(facts, FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Microsoft");
        assertEquals(true, Facts.value(cloud, "exclusive"));
    }

    @Test
    void anInvestmentArmNamedAfterItsParentIsAnOrganisationOfItsOwn() {
        List<Fact> facts = extract("2022-02-16", "Zentrix Labs raised $250 million. Existing investors Tiger Global and Salesforce Ventures also took part.");
        find(facts, FactType.INVESTMENT, "Salesforce Ventures", "Zentrix Labs");
        assertTrue(Facts.all(facts, FactType.INVESTMENT, "Salesforce", "Zentrix Labs").isEmpty());
    }

    @Test
    void moneySpentBuyingACompanyIsTheAcquisitionNotAPurchaseCommitment() {
        List<Fact> facts = extract("2020-09-22", "Microsoft agreed to spend $7.5 billion buying Boreal Systems, the video game publisher.");
        find(facts, FactType.ACQUISITION, "Microsoft", "Boreal Systems");
        assertTrue(facts.stream().noneMatch(f -> f.type() == FactType.PURCHASE_COMMITMENT), Facts.dump(facts));
    }

    @Test
    void weInAQuotationIsTheSpeakersOrganisation() {
        List<Fact> facts = extract("2021-05-07", "\"We are delighted to sign a mutually beneficial agreement with Boreal Systems,\" "
                + "said Jane Quill, Zentrix Labs's chief intellectual property officer.");
        find(facts, FactType.AGREEMENT, "Zentrix Labs", "Boreal Systems");
    }

    @Test
    void aGerundOpeningASentenceIsNoOrganisation() {
        Article a = Facts.article(null, "Training runs on that infrastructure can use 64,000 chips.");
        assertTrue(Facts.EXTRACTOR.analyse(a).get(0).mentions().stream().noneMatch(m -> m.entity() != null
                && m.entity().name().equals("Training")));
    }

    @Test
    void itsHoldsItsOwnPossessive() {
        List<Fact> facts = extract("2024-03-01", "Boreal Systems hired former banker James Fox as its new finance chief.");
        assertEquals("finance chief", Facts.value(find(facts, FactType.ROLE, "James Fox", "Boreal Systems"), "title"));
    }

    @Test
    void titlesReadToTheirLastHeadWord() {
        List<Fact> facts = extract("2024-03-01", "Boreal Systems named Fatima Ali chief technology officer on Tuesday. "
                + "Zentrix Labs, whose chief executive is Nadia Haddad, declined to comment.");
        assertEquals("chief technology officer", Facts.value(find(facts, FactType.ROLE, "Fatima Ali", "Boreal Systems"), "title"));
        assertEquals("chief executive", Facts.value(find(facts, FactType.ROLE, "Nadia Haddad", "Zentrix Labs"), "title"));
    }

    @Test
    void accordingToACompanysOfficerNamesTheCompany() {
        List<Fact> facts = extract("2024-03-01", "According to Zentrix Labs chief scientist Omar Farouk, the model is ready.");
        find(facts, FactType.ROLE, "Omar Farouk", "Zentrix Labs");
    }

    @Test
    void aMakerOfProductsIsACompanyAndTheSecondItOfAnAndClauseIsTheFirstsSubject() {
        List<Fact> facts = extract("2024-05-01", "Zentrix Labs said on Monday it would buy Boreal Systems, a maker of warehouse robots, for $1.4 billion.\n\n"
                + "Last year it invested $100 million in Nordpeak, a Norwegian drone maker, and it signed a cloud deal with Amazon Web Services "
                + "worth $2 billion.");
        find(facts, FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems");
        find(facts, FactType.INVESTMENT, "Zentrix Labs", "Nordpeak");
        find(facts, FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Amazon Web Services");
        assertTrue(facts.stream().noneMatch(f -> f.type() == FactType.VALUATION), Facts.dump(facts));
    }

    @Test
    void aDisputeThroughItsStagesIsOneDisputeAndARelativeClauseHidesItsOrganisationFromWhatFollows() {
        List<Fact> facts = extract("2023-08-10", "Quillsoft has agreed to pay Larchwood $150 million to end a long-running patent dispute "
                + "over video compression, the companies said on Thursday.\n\nLarchwood sued Quillsoft in 2021, claiming that its streaming "
                + "service infringed three of its patents.\n\nLarchwood, which is majority owned by the investment firm Halcyon Partners, licenses "
                + "its patents to more than 50 device makers, including Nordpeak and Vantor.");
        Fact dispute = find(facts, FactType.LEGAL_DISPUTE, "Larchwood", "Quillsoft");
        assertEquals("resolved", Facts.value(dispute, "status"));
        find(facts, FactType.STAKE, "Halcyon Partners", "Larchwood");
        find(facts, FactType.LICENCE, "Larchwood", "Nordpeak");
        find(facts, FactType.LICENCE, "Larchwood", "Vantor");
        assertTrue(Facts.all(facts, FactType.LICENCE, "Larchwood", "Halcyon Partners").isEmpty()
                && Facts.all(facts, FactType.LICENCE, "Halcyon Partners", "Larchwood").isEmpty(), Facts.dump(facts));
    }

    @Test
    void anOfferTurnedDownIsAnotherAttemptThanTheDealAgreed() {
        List<Fact> facts = extract("2025-03-18", "Alphabet has agreed to acquire Wiz for $32 billion. "
                + "The price is a big step up from last year, when Wiz turned down a $23 billion offer from Alphabet.");
        assertEquals(2, Facts.all(facts, FactType.ACQUISITION, "Alphabet", "Wiz").size(), Facts.dump(facts));
    }
}
