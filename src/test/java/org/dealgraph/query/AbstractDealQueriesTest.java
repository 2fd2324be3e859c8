package org.dealgraph.query;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dealgraph.DealgraphException;
import org.dealgraph.vocab.DG;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link DealQueries}, run once per way of reaching the graph (a local store, a SPARQL endpoint).
 * The graph holds the two seed articles as extracted, and two hand-made clashing reports ({@link TestGraphs}).
 * Assertions about the articles rest on what the seed article plainly states.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractDealQueriesTest {
    static final LocalDate BEFORE_RENEGOTIATION = LocalDate.of(2026, 3, 1);
    static final LocalDate AFTER_RENEGOTIATION = LocalDate.of(2026, 5, 1);

    protected final Iris iris = new Iris();
    protected GraphStore store;
    protected DealQueries queries;

    /** The API over the store, in the way the subclass tests. */
    protected abstract DealQueries open(GraphStore store);

    /** Releases whatever {@link #open} started. */
    protected void stop() {
    }

    @BeforeAll
    void setUp() {
        store = TestGraphs.load(iris);
        queries = open(store);
    }

    @AfterAll
    void tearDown() {
        queries.close();
        stop();
        store.close();
    }

    private static List<Deal.Licence> licencesFromOpenAi(List<? extends Deal> deals) {
        return deals.stream().filter(Deal.Licence.class::isInstance).map(Deal.Licence.class::cast)
                .filter(l -> l.licensor() != null && l.licensor().name().equals("OpenAI")
                        && l.licensee() != null && l.licensee().name().equals("Microsoft"))
                .toList();
    }

    private static Set<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ entities

    @Test
    void anEntityIsFoundByNameIdentifierOtherNameOrIri() {
        Entity microsoft = queries.entity("Microsoft").orElseThrow();
        assertEquals("Microsoft", microsoft.name());
        assertEquals(microsoft, queries.entity("microsoft").orElseThrow());
        assertEquals(microsoft, queries.entity(microsoft.iri()).orElseThrow());
        assertEquals("Amazon Web Services", queries.entity("AWS").orElseThrow().name());
        assertTrue(queries.entity("No Such Company").isEmpty());
        assertTrue(names(queries.entities()).containsAll(Set.of("Microsoft", "OpenAI", "Nvidia")));
    }

    @Test
    void namesWithQuotesBracesAndHashesFindNothingAndBreakNothing() {
        for (String hostile : List.of("Micro\"soft", "Open'AI' } # {", "x\" } UNION { ?s ?p ?o } #",
                "<http://x/> ; drop", "\\\" #")) {
            assertTrue(queries.entity(hostile).isEmpty(), hostile);
            assertTrue(queries.dealsOf(hostile).isEmpty(), hostile);
            assertTrue(queries.dealsBetween(hostile, "Microsoft").isEmpty(), hostile);
            assertTrue(queries.stakesIn(hostile).isEmpty(), hostile);
            assertTrue(queries.timeline(hostile).isEmpty(), hostile);
        }
    }

    // ------------------------------------------------------------------ deals

    @Test
    void dealsOfACompanyIncludeBothSides() {
        List<Deal> deals = queries.dealsOf("OpenAI");
        assertEquals(2, licencesFromOpenAi(deals).size(), "OpenAI as licensor");
        assertTrue(deals.stream().anyMatch(d -> d instanceof Deal.Investment i && i.investee().name().equals("OpenAI")),
                "OpenAI as investee");
        assertTrue(deals.stream().anyMatch(d -> d instanceof Deal.RevenueShare r && r.payer().name().equals("OpenAI")),
                "OpenAI as payer");
        assertTrue(deals.stream().allMatch(d -> names(d.parties()).contains("OpenAI")));
    }

    @Test
    void dealsOfOneKindAreTyped() {
        List<Deal.Licence> licences = queries.deals(Deal.Licence.class);
        assertTrue(licencesFromOpenAi(licences).size() == 2, licences.toString());
        assertEquals(queries.deals(DealKind.LICENCE).size(), licences.size());
        assertTrue(queries.deals().size() > licences.size());
        List<Deal> revenueShares = queries.dealsOf("Microsoft", DealKind.REVENUE_SHARE);
        assertTrue(revenueShares.size() >= 2, revenueShares.toString());
        assertTrue(revenueShares.stream().allMatch(d -> d.kind() == DealKind.REVENUE_SHARE));
    }

    @Test
    void dealsBetweenTwoCompanies() {
        List<Deal> deals = queries.dealsBetween("Microsoft", "OpenAI");
        assertEquals(2, licencesFromOpenAi(deals).size());
        assertTrue(deals.stream().anyMatch(d -> d instanceof Deal.Stake), "the stake");
        assertTrue(deals.stream().filter(d -> d instanceof Deal.RevenueShare).count() >= 2, "both revenue shares");
        assertTrue(deals.stream().allMatch(d -> names(d.parties()).containsAll(Set.of("Microsoft", "OpenAI"))));
        assertTrue(queries.dealsBetween("Microsoft", "Nvidia").stream()
                .noneMatch(d -> d instanceof Deal.Licence));
    }

    @Test
    void everyDealCarriesItsEvidence() {
        for (Deal deal : queries.dealsOf("OpenAI")) {
            Evidence e = deal.evidence();
            assertEquals(iris.article(TestGraphs.SEED_ID), e.article(), deal.iri());
            assertTrue(e.headline().startsWith("OpenAI and Microsoft Renegotiate Deal"), e.headline());
            assertFalse(e.quote().isBlank(), deal.iri());
            assertTrue(e.end() > e.start(), deal.iri());
            assertNotNull(e.confidence(), deal.iri());
            assertEquals(deal, queries.deal(deal.iri()).orElseThrow());
        }
    }

    @Test
    void moneyAndFlagsAreTyped() {
        Deal.Investment amazon = queries.dealsOf("OpenAI", DealKind.INVESTMENT).stream()
                .map(Deal.Investment.class::cast).filter(i -> i.investor().name().startsWith("Amazon"))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("50000000000").compareTo(amazon.amount().value()));
        assertEquals("USD", amazon.amount().currency());
        assertTrue(amazon.amount().upTo());
        assertEquals("contingent", amazon.validity().status());
        assertEquals("2026-02", amazon.validity().date());
    }

    // ------------------------------------------------------------------ stakes, rights, partners, timeline

    @Test
    void stakesInACompanyWithTheKnownTotal() {
        StakeSummary openAi = queries.stakesIn("OpenAI").orElseThrow();
        assertEquals("OpenAI", openAi.company().name());
        Deal.Stake microsoft = openAi.stakes().stream().filter(s -> s.holder().name().equals("Microsoft"))
                .findFirst().orElseThrow();
        assertEquals(0, BigDecimal.valueOf(27).compareTo(microsoft.percent()));
        assertEquals(Boolean.TRUE, microsoft.approximate());
        assertEquals(0, BigDecimal.valueOf(27).compareTo(openAi.knownTotal()));
        assertTrue(openAi.approximate());
    }

    @Test
    void rightsOfACompanyWithExclusivityAndEnd() {
        List<Deal.Licence> licences = licencesFromOpenAi(queries.rightsOf("Microsoft"));
        assertEquals(2, licences.size());
        Deal.Licence exclusive = licences.stream().filter(l -> Boolean.TRUE.equals(l.exclusive())).findFirst()
                .orElseThrow();
        Deal.Licence open = licences.stream().filter(l -> Boolean.FALSE.equals(l.exclusive())).findFirst()
                .orElseThrow();
        assertNotNull(exclusive.validity().endCondition());
        assertEquals("superseded", exclusive.validity().status());
        assertEquals("2032", open.validity().endDate());
        assertEquals(List.of(open.iri()), exclusive.validity().supersededBy());
        assertEquals(List.of(exclusive.iri()), open.validity().supersedes());

        Deal.HostingRight frontier = queries.rightsOf("AWS").stream().filter(Deal.HostingRight.class::isInstance)
                .map(Deal.HostingRight.class::cast).findFirst().orElseThrow();
        assertEquals("Amazon Web Services", frontier.host().name());
        assertEquals("OpenAI", frontier.grantor().name());
        assertEquals("Frontier", frontier.product().name());
        assertEquals(Boolean.TRUE, frontier.exclusive());
    }

    @Test
    void cloudPartnersOfACompany() {
        assertTrue(names(queries.cloudPartnersOf("OpenAI")).containsAll(Set.of("Microsoft", "Amazon Web Services")));
        Deal.CloudPartnership azure = queries.cloudPartnershipsOf("OpenAI").stream()
                .filter(p -> p.provider().name().equals("Microsoft")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, azure.primary());
        assertEquals("Azure", azure.platform().name());
        assertTrue(names(queries.cloudPartnersOf("Microsoft")).contains("OpenAI"));
    }

    @Test
    void aTimelineIsOrderedByDate() {
        List<TimelineEntry> timeline = queries.timeline("OpenAI");
        for (int i = 1; i < timeline.size(); i++) {
            assertFalse(timeline.get(i).day().isBefore(timeline.get(i - 1).day()), timeline.toString());
        }
        int purchase = indexOf(timeline, "2025-10", TimelineEntry.Event.MADE);
        int investment = indexOf(timeline, "2026-02", TimelineEntry.Event.MADE);
        int renegotiation = indexOf(timeline, "2026-04-27", TimelineEntry.Event.MADE);
        assertTrue(purchase >= 0 && purchase < investment && investment < renegotiation, timeline.toString());
        assertTrue(timeline.get(renegotiation).deal() instanceof Deal.Agreement a
                && "renegotiated".equals(a.agreementKind()));
        assertTrue(timeline.stream().anyMatch(e -> e.event() == TimelineEntry.Event.EXPIRES
                && e.date().equals("2032")));
    }

    private static int indexOf(List<TimelineEntry> timeline, String date, TimelineEntry.Event event) {
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).date().equals(date) && timeline.get(i).event() == event) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ as of a date

    @Test
    void asOfADateFollowsValidityAndSupersession() {
        List<Deal.Licence> before = licencesFromOpenAi(queries.dealsOf("Microsoft", BEFORE_RENEGOTIATION));
        assertEquals(1, before.size(), before.toString());
        assertEquals(Boolean.TRUE, before.getFirst().exclusive());

        List<Deal.Licence> after = licencesFromOpenAi(queries.dealsOf("Microsoft", AFTER_RENEGOTIATION));
        assertEquals(1, after.size(), after.toString());
        assertEquals(Boolean.FALSE, after.getFirst().exclusive());
        assertEquals("2032", after.getFirst().validity().endDate());
        assertEquals("2026-04-27", after.getFirst().validity().startDate());

        assertTrue(licencesFromOpenAi(queries.dealsOf("Microsoft", LocalDate.of(2033, 1, 1))).isEmpty(),
                "the licence ends in 2032");
        assertEquals(1, licencesFromOpenAi(queries.asOf(AFTER_RENEGOTIATION)).size());
    }

    @Test
    void anEndedRevenueShareIsInForceOnlyBeforeTheRenegotiation() {
        java.util.function.Predicate<Deal> microsoftPays = d -> d instanceof Deal.RevenueShare r
                && r.payer().name().equals("Microsoft") && r.payee().name().equals("OpenAI");
        assertTrue(queries.dealsOf("Microsoft", BEFORE_RENEGOTIATION).stream().anyMatch(microsoftPays));
        assertTrue(queries.dealsOf("Microsoft", AFTER_RENEGOTIATION).stream().noneMatch(microsoftPays));
    }

    // ------------------------------------------------------------------ changes

    @Test
    void changesBetweenTwoDatesShowOldTermsBesideNewOnes() {
        List<Change> changes = queries.changes(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        Change licence = changes.stream().filter(c -> c.kind() == Change.Kind.SUPERSEDED
                && c.before() instanceof Deal.Licence).findFirst().orElseThrow(() -> new AssertionError(changes));
        assertEquals("2026-04-27", licence.date());
        assertEquals(Boolean.TRUE, ((Deal.Licence) licence.before()).exclusive());
        assertEquals(Boolean.FALSE, ((Deal.Licence) licence.after()).exclusive());
        assertTrue(licence.differences().contains(new Change.Difference("exclusive", "true", "false")),
                licence.differences().toString());
        assertTrue(licence.differences().stream().anyMatch(d -> d.term().equals("endDate") && "2032".equals(d.after())));
        assertTrue(changes.stream().anyMatch(c -> c.kind() == Change.Kind.ENDED
                && c.before() instanceof Deal.RevenueShare r && r.payer().name().equals("Microsoft")));
        assertTrue(changes.stream().allMatch(c -> c.date().startsWith("2026-04")), changes.toString());

        assertTrue(queries.changes(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).isEmpty());
        DealgraphException e = assertThrows(DealgraphException.class,
                () -> queries.changes(AFTER_RENEGOTIATION, BEFORE_RENEGOTIATION));
        assertTrue(e.getMessage().contains("swap"), e.getMessage());
    }

    @Test
    void changesWithOneAgreement() {
        Deal.Agreement renegotiation = queries.dealsBetween("Microsoft", "OpenAI").stream()
                .filter(Deal.Agreement.class::isInstance).map(Deal.Agreement.class::cast)
                .findFirst().orElseThrow();
        List<Change> changes = queries.changesWith(renegotiation.iri());
        assertTrue(changes.stream().anyMatch(c -> c.kind() == Change.Kind.SUPERSEDED
                && c.after() instanceof Deal.Licence l && Boolean.FALSE.equals(l.exclusive())), changes.toString());
        assertTrue(changes.stream().noneMatch(c -> c.after() == renegotiation));
        DealgraphException e = assertThrows(DealgraphException.class,
                () -> queries.changesWith(iris.article(TestGraphs.SEED_ID)));
        assertTrue(e.getMessage().contains("not an agreement"), e.getMessage());
    }

    // ------------------------------------------------------------------ conflicts

    @Test
    void theSeedsExclusiveRightsClash() {
        List<Conflict> conflicts = queries.conflicts();
        Conflict clash = conflicts.stream()
                .filter(c -> c.kind() == Conflict.Kind.OVERLAPPING_EXCLUSIVE_RIGHTS)
                .filter(c -> c.deals().stream().anyMatch(d -> d instanceof Deal.HostingRight h
                        && h.host().name().equals("Amazon Web Services")))
                .findFirst().orElseThrow(() -> new AssertionError(conflicts));
        Deal.Licence microsoft = clash.deals().stream().filter(Deal.Licence.class::isInstance)
                .map(Deal.Licence.class::cast).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, microsoft.exclusive());
        assertEquals("Microsoft", microsoft.licensee().name());
        assertTrue(clash.explanation().contains("Frontier"), clash.explanation());
        assertTrue(clash.deals().stream().allMatch(d -> d.evidence().quote() != null));
        assertTrue(conflicts.stream().noneMatch(c -> c.deals().stream()
                .anyMatch(d -> d instanceof Deal.Licence l && Boolean.FALSE.equals(l.exclusive())
                        && c.kind() == Conflict.Kind.OVERLAPPING_EXCLUSIVE_RIGHTS)),
                "the non-exclusive licence clashes with nothing");
    }

    @Test
    void stakesOverAHundredPercentAndContradictingReports() {
        List<Conflict> conflicts = queries.conflicts();
        Conflict stakes = conflicts.stream().filter(c -> c.kind() == Conflict.Kind.STAKES_OVER_100_PERCENT)
                .findFirst().orElseThrow(() -> new AssertionError(conflicts));
        assertTrue(stakes.explanation().contains("Globex") && stakes.explanation().contains("115"),
                stakes.explanation());
        assertEquals(2, stakes.deals().size());

        Conflict reports = conflicts.stream().filter(c -> c.kind() == Conflict.Kind.CONTRADICTING_REPORTS)
                .findFirst().orElseThrow(() -> new AssertionError(conflicts));
        assertTrue(reports.explanation().contains("exclusive"), reports.explanation());
        assertEquals(Set.of(iris.article(TestGraphs.CLASH_1), iris.article(TestGraphs.CLASH_2)),
                reports.deals().stream().map(d -> d.evidence().article()).collect(Collectors.toSet()));
        assertEquals(Set.of("Initech Deepens Globex Ties", "Hooli Buys Into Globex"),
                reports.deals().stream().map(d -> d.evidence().headline()).collect(Collectors.toSet()));

        StakeSummary globex = queries.stakesIn("Globex").orElseThrow();
        assertEquals(0, BigDecimal.valueOf(115).compareTo(globex.knownTotal()));
    }

    // ------------------------------------------------------------------ linked data: descriptions, pages, search

    @Test
    void theDescriptionOfAnEntityHoldsItsStatementsTheDealsNamingItAndTheirLabels() {
        String openai = queries.entity("OpenAI").orElseThrow().iri();
        Model description = queries.describe(openai);
        Resource self = description.getResource(openai);
        assertEquals("OpenAI", self.getProperty(RDFS.label).getString());
        assertTrue(description.contains(self, RDF.type, DG.Organization));
        for (Deal deal : queries.dealsOf(openai)) {
            Resource d = description.getResource(deal.iri());
            assertTrue(description.contains(d, null, self), "a statement of " + deal.iri() + " naming OpenAI");
            assertTrue(description.contains(d, RDF.type, DG.Fact), deal.iri());
            assertTrue(d.hasProperty(RDFS.label), "the label of " + deal.iri());
        }
        assertFalse(description.contains(null, DG.evidence, (RDFNode) null),
                "the deals' own terms belong to their own descriptions");
        assertTrue(queries.describe(iris.base() + "id/org/no-such-company").isEmpty());
        assertTrue(queries.describe("not an IRI").isEmpty());
    }

    @Test
    void theDescriptionOfADealHoldsItsEvidenceNodesAndTheLabelsOfItsParties() {
        Deal.Licence licence = licencesFromOpenAi(queries.dealsOf("Microsoft")).getFirst();
        Model description = queries.describe(licence.iri());
        Resource evidence = description.getResource(licence.iri() + "#evidence");
        assertTrue(description.contains(description.getResource(licence.iri()), DG.evidence, evidence));
        assertTrue(description.contains(null, OA.exact, licence.evidence().quote()), "the quote selector");
        assertTrue(description.contains(null, OA.start, (RDFNode) null), "the position selector");
        assertEquals("Microsoft", description.getResource(licence.licensee().iri()).getProperty(RDFS.label).getString());
    }

    @Test
    void anArticleGraphAndAnArticleWithItsFacts() {
        String seed = iris.article(TestGraphs.SEED_ID);
        ArticleDetails article = queries.article(seed).orElseThrow();
        assertTrue(article.headline().startsWith("OpenAI and Microsoft"), article.headline());
        assertEquals(TestGraphs.SEED_ID, article.identifier());
        assertFalse(article.deals().isEmpty());
        for (Deal deal : article.deals()) {
            assertEquals(seed, deal.evidence().article());
            assertEquals(deal.evidence().quote(), article.text().substring(deal.evidence().start(), deal.evidence().end()));
        }
        Model graph = queries.graph(seed);
        assertTrue(graph.isIsomorphicWith(ModelFactory.createModelForGraph(store.copyOfGraph(seed))));
        assertTrue(queries.article(iris.base() + "article/none").isEmpty());
        assertTrue(queries.articles().stream().anyMatch(a -> a.iri().equals(seed)));
    }

    @Test
    void entityDetailsGiveKindNamesAndIdentifier() {
        EntityDetails aws = queries.entityDetails(queries.entity("AWS").orElseThrow().iri()).orElseThrow();
        assertEquals("Amazon Web Services", aws.name());
        assertEquals(EntityDetails.Type.ORGANIZATION, aws.type());
        assertTrue(aws.otherNames().contains("AWS"), aws.otherNames().toString());
        assertEquals("amazon-web-services", aws.identifier());
        assertTrue(queries.entityDetails(iris.base() + "id/org/none").isEmpty());
    }

    @Test
    void searchFindsNamesAndOtherNamesByPrefixBestFirst() {
        List<SearchHit> open = queries.search("open", 10);
        assertEquals("OpenAI", open.getFirst().label());
        assertEquals("Organization", open.getFirst().type());
        assertEquals("Amazon Web Services", queries.search("aws", 5).getFirst().label());
        List<SearchHit> amazon = queries.search("AMAZON", 10);
        assertEquals("Amazon", amazon.getFirst().label(), "the whole name before the names it begins");
        assertTrue(amazon.stream().anyMatch(h -> h.label().equals("Amazon Web Services")));
        assertEquals(1, queries.search("amazon", 1).size());
        assertTrue(queries.search("zzzz-nothing", 10).isEmpty());
        assertTrue(queries.search("  ", 10).isEmpty());
        assertTrue(queries.search("\"} . ?s ?p ?o { \"", 10).isEmpty(), "the text is a value, never query text");
    }

    @Test
    void statisticsAndTheDumpMatchTheStore() {
        DatasetStatistics stats = queries.statistics();
        Model union = store.unionCopy();
        assertEquals(union.size(), stats.triples());
        assertEquals(store.size(), stats.quads());
        assertEquals(store.graphNames().size(), stats.graphs());
        assertEquals(union.listSubjects().toSet().size(), stats.subjects());
        assertEquals(union.listObjectsOfProperty(RDF.type).toSet().size(), stats.classes().size());
        assertEquals(union.listResourcesWithProperty(RDF.type, DG.Fact).toSet().size(),
                stats.classes().get(DG.Fact.getURI()));
        assertEquals(union.listResourcesWithProperty(RDF.type, DG.Deal).toSet().size(),
                stats.classes().get(DG.Deal.getURI()));
        assertFalse(stats.examples().isEmpty());

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        queries.dump(out);
        org.apache.jena.sparql.core.DatasetGraph dumped = org.apache.jena.riot.RDFParser
                .fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), org.apache.jena.riot.Lang.NQUADS)
                .toDatasetGraph();
        List<String> names = new java.util.ArrayList<>();
        dumped.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        names.sort(null);
        assertEquals(store.graphNames(), names);
        for (String name : names) {
            assertTrue(dumped.getGraph(org.apache.jena.graph.NodeFactory.createURI(name))
                    .isIsomorphicWith(store.copyOfGraph(name)), name);
        }
    }

    // ------------------------------------------------------------------ configuration and failures

    @Test
    void everyQueryHasATimeLimit() {
        assertEquals(DealQueries.DEFAULT_TIMEOUT, queries.timeout());
        DealQueries patient = queries.withTimeout(Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(30), patient.timeout());
        assertEquals(queries.entity("Microsoft"), patient.entity("Microsoft"));
        assertThrows(DealgraphException.class, () -> queries.withTimeout(Duration.ZERO));
    }
}
