package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.dealgraph.extract.Facts.assertAmount;
import static org.dealgraph.extract.Facts.find;
import static org.dealgraph.extract.Facts.name;
import static org.dealgraph.extract.Facts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Families of deal phrasing, each read from several wordings about invented companies: licences granted with
 * "grant", choosing a cloud, purchase commitments of a provider's services, hosting rights with an implied
 * grantor, availability that remains or becomes true, "working with" partnerships, a condition stated in the
 * next sentence, months without a year, acquisition prices after an apposition and ended revenue shares.
 */
class PhrasingFamiliesTest {

    private static final String PUBLISHED = "2026-09-15";
    private static final String ROBOTS = "Quorvia builds warehouse robots. Helix Dynamics makes sensors.\n";
    private static final String CLOUD = "Tessellate Labs trains language models. Orinoco Cloud rents out servers. Zephyrion sells computing capacity.\n";
    private static final String MODELS = "Aldermoor AI builds models, and Zephyrion runs data centers. Aldermoor released its model Kestrel-9 last year.\n";

    private static List<Fact> extract(String body) {
        return Facts.extract(PUBLISHED, body);
    }

    // 1. Licences granted with "grant", and licences received.

    static Stream<Arguments> grantedLicences() {
        return Stream.of(
                arguments("Quorvia is granting Helix Dynamics a non-exclusive licence to its motion-planning software through 2034.",
                        "motion-planning software", Boolean.FALSE, "2034"),
                arguments("Quorvia has granted Helix Dynamics an exclusive license to its perception stack until 2037.",
                        "perception stack", Boolean.TRUE, "2037"),
                arguments("Under the accord, Quorvia will grant Helix Dynamics a non-exclusive license to its control firmware to 2033.",
                        "control firmware", Boolean.FALSE, "2033"),
                arguments("Quorvia grants Helix Dynamics an exclusive licence to its gripper designs through 2033, the companies said.",
                        "gripper designs", Boolean.TRUE, "2033"),
                arguments("Quorvia is granting Helix Dynamics a non-exclusive license to its IP through 2033.", "IP", Boolean.FALSE, "2033"),
                arguments("As part of the deal, Quorvia is granting Helix Dynamics an exclusive licence to Atlas-7 through 2037.",
                        "Atlas-7", Boolean.TRUE, "2037"),
                arguments("Helix Dynamics receives a licence to Quorvia's navigation patents.", "navigation patents", null, null),
                arguments("Helix Dynamics obtains an exclusive license to Quorvia's fleet software until 2034.", "fleet software", Boolean.TRUE, "2034"),
                arguments("Helix Dynamics gets a non-exclusive licence to Quorvia's mapping tools.", "mapping tools", Boolean.FALSE, null));
    }

    @ParameterizedTest
    @MethodSource("grantedLicences")
    void readsLicencesGrantedOrReceived(String sentence, String subject, Boolean exclusive, String endDate) {
        Fact f = find(extract(ROBOTS + sentence), FactType.LICENCE, "Quorvia", "Helix Dynamics");
        assertEquals(subject, name(f, "subject"));
        assertEquals(exclusive, value(f, "exclusive"));
        assertEquals(endDate, value(f, "endDate"));
    }

    // 2. Choosing a cloud.

    static Stream<Arguments> chosenClouds() {
        return Stream.of(
                arguments("Tessellate Labs has chosen Orinoco Cloud as its primary cloud partner.", Boolean.TRUE),
                arguments("Tessellate Labs picked Orinoco Cloud as its preferred cloud provider.", null),
                arguments("Last year Tessellate Labs selected Orinoco Cloud as its primary cloud provider, the lab said.", Boolean.TRUE),
                arguments("Tessellate Labs has named Orinoco Cloud as its preferred cloud partner for training.", null),
                arguments("Tessellate Labs has chosen Orinoco Cloud as its primary cloud.", Boolean.TRUE));
    }

    @ParameterizedTest
    @MethodSource("chosenClouds")
    void readsTheChoiceOfACloud(String sentence, Boolean primary) {
        Fact f = find(extract(CLOUD + sentence), FactType.CLOUD_PARTNERSHIP, "Tessellate Labs", "Orinoco Cloud");
        assertEquals(primary, value(f, "primary"));
    }

    // 3. Purchase commitments of a provider's services, the provider only a modifier, the buyer a coreferent.

    private static final String BUYER_LAST = "Zephyrion sells computing capacity. Tessellate Labs, a young startup, trains language models.\n";

    static Stream<Arguments> purchases() {
        return Stream.of(
                arguments(CLOUD, "The lab committed to purchase $4.7 billion of Zephyrion cloud services over five years.", 4_700_000_000L),
                arguments(BUYER_LAST, "The startup agreed to spend $730 million on Zephyrion computing capacity.", 730_000_000L),
                arguments(BUYER_LAST, "The company pledged to buy $2.3 billion of Zephyrion's cloud services through 2033.", 2_300_000_000L),
                arguments(CLOUD, "Tessellate Labs has committed to spend $860 million on Zephyrion's computing capacity.", 860_000_000L));
    }

    @ParameterizedTest
    @MethodSource("purchases")
    void readsPurchaseCommitmentsOfAProvidersServices(String context, String sentence, long amount) {
        List<Fact> facts = extract(context + sentence);
        Fact f = find(facts, FactType.PURCHASE_COMMITMENT, "Tessellate Labs", "Zephyrion");
        assertAmount(amount, f, "amountUSD");
        find(facts, FactType.CLOUD_PARTNERSHIP, "Tessellate Labs", "Zephyrion");
    }

    // 4. Hosting rights whose grantor is implied.

    static Stream<Arguments> hostingRights() {
        return Stream.of(
                arguments("Zephyrion gets the exclusive right to host Kestrel-9, Aldermoor's most capable model.", Boolean.TRUE),
                arguments("Zephyrion wins the right to host Kestrel-9.", null),
                arguments("In a separate deal, Zephyrion was given the exclusive right to host Kestrel-9.", Boolean.TRUE),
                arguments("Zephyrion is given the right to host Aldermoor's Kestrel-9.", null),
                arguments("Zephyrion receives the non-exclusive right to host Kestrel-9 for government customers.", Boolean.FALSE));
    }

    @ParameterizedTest
    @MethodSource("hostingRights")
    void readsHostingRightsWithAnImpliedGrantor(String sentence, Boolean exclusive) {
        Fact f = find(extract(MODELS + sentence), FactType.HOSTING_RIGHT, "Aldermoor AI", "Zephyrion");
        assertEquals("Kestrel-9", name(f, "product"));
        assertEquals(exclusive, value(f, "exclusive"));
    }

    @Test
    void theGrantorOfAHostingRightIsTheMainCompanyWhenNoOwnerIsNamed() {
        List<Fact> facts = extract("Aldermoor AI builds models. Aldermoor raised money this year, and Aldermoor hired staff. "
                + "Kestrel-9 is popular. Zephyrion wins the exclusive right to host Kestrel-9.");
        Fact f = find(facts, FactType.HOSTING_RIGHT, "Aldermoor AI", "Zephyrion");
        assertEquals(Boolean.TRUE, value(f, "exclusive"));
    }

    // 5. Availability that remains or becomes true.

    static Stream<Arguments> availability() {
        return Stream.of(
                arguments("Aldermoor said its models would remain available on Orinoco Cloud.", "Aldermoor AI models", "Orinoco Cloud"),
                arguments("Aldermoor's models will become available to Zephyrion customers.", "Aldermoor AI models", "Zephyrion"),
                arguments("Aldermoor's Kestrel-9 will become available to customers of Zephyrion next year.", "Kestrel-9", "Zephyrion"),
                arguments("The Aldermoor models will remain available through Orinoco Cloud, the companies said.", "Aldermoor AI models", "Orinoco Cloud"));
    }

    @ParameterizedTest
    @MethodSource("availability")
    void readsAvailabilityThatRemainsOrBecomesTrue(String sentence, String product, String platform) {
        List<Fact> facts = extract(MODELS + "Orinoco Cloud is a hosting service.\n" + sentence);
        Fact f = find(facts, FactType.AVAILABILITY, product, platform);
        assertTrue(name(f, "provider").startsWith(platform.split(" ")[0]), "provider " + name(f, "provider"));
    }

    @Test
    void modelsNamedWithoutTheirOwnerBelongToTheArticlesCompany() {
        List<Fact> facts = extract("Aldermoor AI builds models. Aldermoor signed a deal with Zephyrion on Tuesday. "
                + "The models will become available to Zephyrion customers through the Zephyrion Studio service.");
        Fact f = find(facts, FactType.AVAILABILITY, "Aldermoor AI models", "Zephyrion Studio");
        assertEquals("Zephyrion", name(f, "provider"));
    }

    // 6. Partnerships with "working with" and "teamed up with".

    static Stream<Arguments> partnerships() {
        return Stream.of(
                arguments("Quorvia is also working with Helix Dynamics to build warehouse robots using Kestrel-9.", "warehouse robots", "Kestrel-9"),
                arguments("Helix Dynamics is working with Quorvia to develop safety sensors.", "safety sensors", null),
                arguments("Quorvia has teamed up with Helix Dynamics to design picking arms.", "picking arms", null),
                arguments("Helix Dynamics has teamed up with Quorvia.", null, null));
    }

    @ParameterizedTest
    @MethodSource("partnerships")
    void readsWorkingWithPartnerships(String sentence, String purpose, String product) {
        Fact f = find(extract(ROBOTS + sentence), FactType.PARTNERSHIP, "Quorvia", "Helix Dynamics");
        if (purpose == null) {
            assertNull(value(f, "purpose"));
        } else {
            assertTrue(name(f, "purpose").contains(purpose), "purpose " + name(f, "purpose"));
        }
        assertEquals(product, name(f, "product"));
    }

    // 7. A condition stated in the next sentence.

    static Stream<Arguments> conditions() {
        return Stream.of(
                arguments("Helix Dynamics will invest up to $2.3 billion in Quorvia. The investment is contingent on Quorvia reaching production milestones.", "contingent"),
                arguments("Helix Dynamics agreed to invest $730 million in Quorvia. The funding is conditional on regulatory approval.", "contingent"),
                arguments("Helix Dynamics will invest up to $2.3 billion in Quorvia. The deal is subject to a shareholder vote.", "contingent"),
                arguments("Helix Dynamics will invest up to $2.3 billion in Quorvia. The investment follows a pilot project.", "announced"));
    }

    @ParameterizedTest
    @MethodSource("conditions")
    void aConditionInTheNextSentenceMakesTheInvestmentContingent(String body, String status) {
        Fact f = find(extract(ROBOTS + body), FactType.INVESTMENT, "Helix Dynamics", "Quorvia");
        assertEquals(status, value(f, "status"));
    }

    // 8. Months without a year, resolved by tense.

    @Test
    void monthsWithoutAYearFollowTheTense() {
        LocalDate published = LocalDate.parse(PUBLISHED);
        assertEquals("2027-06", only("Helix Dynamics will invest in Quorvia in June.", published));
        assertEquals("2027-06", only("In June, Helix Dynamics will invest in Quorvia.", published));
        assertEquals("2027-03", only("The purchase is expected to close in March.", published));
        assertEquals("2027-02", only("Helix Dynamics plans to open the plant in February.", published));
        assertEquals("2026-09", only("The deal would close in September.", published));
        assertEquals("2026-11", only("Helix Dynamics will invest in Quorvia in November.", published));
        assertEquals("2025-11", only("Helix Dynamics invested in Quorvia in November.", published));
        assertEquals("2026-01", only("Helix Dynamics in January completed its acquisition of Quorvia.", published));
        assertEquals("2025-10", only("Helix Dynamics said in October it would invest in Quorvia.", published));
        assertEquals("2026-09", only("Quorvia raised money in September.", published));
        assertEquals("2027-03-03", only("The deal will close on March 3.", published));
        assertEquals("2026-03-03", only("Quorvia said on March 3 that it had raised money.", published));
        assertEquals("2025-10-20", only("Quorvia said on October 20 that it had raised money.", published));
    }

    @Test
    void aFutureMonthDatesTheInvestment() {
        Fact f = find(extract(ROBOTS + "In June, Helix Dynamics will invest $730 million in Quorvia."),
                FactType.INVESTMENT, "Helix Dynamics", "Quorvia");
        assertEquals("2027-06", value(f, "date"));
    }

    private static String only(String text, LocalDate published) {
        List<DateResolver.Found> found = DateResolver.find(text, published);
        assertEquals(1, found.size(), "dates in '" + text + "': " + found);
        return found.get(0).iso();
    }

    // 9. Acquisition prices after an apposition.

    static Stream<Arguments> acquisitions() {
        return Stream.of(
                arguments("Helix Dynamics completed its acquisition of Quorvia, the Lisbon-based maker of warehouse picking robots, for about $1.45 billion.", 1_450_000_000L),
                arguments("Helix Dynamics in January completed its acquisition of Quorvia, a robotics startup, for $730 million.", 730_000_000L),
                arguments("Helix Dynamics has completed the acquisition of Quorvia (the robot maker it invested in) for roughly $860 million.", 860_000_000L));
    }

    @ParameterizedTest
    @MethodSource("acquisitions")
    void readsTheAcquisitionPriceAfterAnApposition(String sentence, long amount) {
        Fact f = find(extract(ROBOTS + sentence), FactType.ACQUISITION, "Helix Dynamics", "Quorvia");
        assertAmount(amount, f, "amountUSD");
        assertEquals("completed", value(f, "status"));
    }

    // 10. Revenue shares that a new deal ends.

    static Stream<Arguments> endedShares() {
        return Stream.of(
                arguments("The new deal ends Quorvia's revenue-sharing agreement with Helix Dynamics, under which Quorvia had paid Helix Dynamics a share of its sales."),
                arguments("The accord ended Quorvia's revenue share with Helix Dynamics, under which Quorvia had paid Helix Dynamics 12% of revenue."),
                arguments("The contract terminates the revenue-sharing agreement with Helix Dynamics, under which Quorvia paid Helix Dynamics a portion of revenue."),
                arguments("Quorvia's revenue-sharing agreement with Helix Dynamics has ended."));
    }

    @ParameterizedTest
    @MethodSource("endedShares")
    void readsEndedRevenueShares(String sentence) {
        List<Fact> facts = extract(ROBOTS + sentence);
        Fact f = find(facts, FactType.REVENUE_SHARE, "Quorvia", "Helix Dynamics");
        assertEquals(Boolean.FALSE, value(f, "active"));
        assertEquals(1, facts.stream().filter(x -> x.type() == FactType.REVENUE_SHARE).count(), Facts.dump(facts));
    }

    @Test
    void aRevenueShareStillPaidStaysActive() {
        Fact f = find(extract(ROBOTS + "Quorvia pays Helix Dynamics a share of its revenue through 2033."),
                FactType.REVENUE_SHARE, "Quorvia", "Helix Dynamics");
        assertEquals(Boolean.TRUE, value(f, "active"));
        assertEquals("2033", value(f, "until"));
    }
}
