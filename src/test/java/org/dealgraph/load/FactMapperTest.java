package org.dealgraph.load;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.fact.EntityKind;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.Evidence;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.dealgraph.vocab.Prov;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactMapperTest {
    private static final Iris IRIS = new Iris("http://test.example/");
    private static final FactMapper MAPPER = new FactMapper(IRIS);

    private static Article seed;
    private static List<Fact> facts;

    @BeforeAll
    static void readSeed() {
        seed = GoldFacts.seedArticle();
        facts = GoldFacts.seedFacts(seed);
    }

    private static List<Resource> deals(Model model, Resource type) {
        return model.listResourcesWithProperty(RDF.type, type).toList();
    }

    private static Resource only(List<Resource> resources) {
        assertEquals(1, resources.size(), "expected exactly one of " + resources);
        return resources.get(0);
    }

    @Test
    void mappingIsDeterministic() {
        Model first = MAPPER.toModel(seed, facts);
        Model second = new FactMapper(new Iris("http://test.example/")).toModel(seed, new ArrayList<>(facts));
        assertTrue(first.isIsomorphicWith(second), "same input, isomorphic graphs");
        assertEquals(first.listStatements().toSet(), second.listStatements().toSet(), "same input, identical triples");
        assertFalse(first.listStatements().toList().stream()
                .anyMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()), "no blank nodes");
    }

    @Test
    void theArticleNodeIsTheGraphName() {
        Model model = MAPPER.toModel(seed, facts);
        Resource article = only(deals(model, DG.Article));
        assertEquals(IRIS.article(seed.id()), article.getURI());
        assertEquals(seed.id(), article.getProperty(DCTerms.identifier).getString());
        assertEquals(seed.headline(), article.getProperty(SchemaDO.headline).getString());
        assertEquals(seed.text(), article.getProperty(SchemaDO.text).getString());
        assertEquals("TechCrunch", article.getPropertyResourceValue(SchemaDO.publisher).getProperty(RDFS.label).getString());
    }

    @Test
    void datePublishedIsAnXsdDate() {
        Article dated = new Article("a1", "Headline", LocalDate.of(2026, 4, 27), null, "Headline\nBody.", 9);
        Model model = MAPPER.toModel(dated, List.of());
        Literal date = model.getResource(IRIS.article("a1")).getProperty(SchemaDO.datePublished).getLiteral();
        assertEquals(XSDDatatype.XSDdate.getURI(), date.getDatatypeURI());
        assertEquals("2026-04-27", date.getLexicalForm());
    }

    @Test
    void oneNodePerFactTypedWithItsClassAndItsSuperclasses() {
        Model model = MAPPER.toModel(seed, facts);
        assertEquals(facts.size(), deals(model, DG.Fact).size());
        assertEquals(facts.stream().filter(f -> FactMapper.isDeal(f.type())).count(), deals(model, DG.Deal).size());
        for (FactType type : FactType.values()) {
            long expected = facts.stream().filter(f -> f.type() == type).count();
            assertEquals(expected, deals(model, FactMapper.classOf(type)).size(), type.jsonName());
        }
        Resource stake = only(deals(model, DG.Stake));
        assertTrue(stake.hasProperty(RDF.type, DG.Fact));
        assertFalse(stake.hasProperty(RDF.type, DG.Deal), "a stake is a fact beside the deals, not a deal");
        Resource investment = only(deals(model, DG.Investment));
        assertTrue(investment.hasProperty(RDF.type, DG.Deal) && investment.hasProperty(RDF.type, DG.Fact));
    }

    @Test
    void evidenceOffsetsCountCodePoints() {
        // An emoji is two UTF-16 units but one character of the Web Annotation model (and of SPARQL's SUBSTR).
        String text = "Emoji \uD83D\uDE80 news\nAmazon holds 10% of Initech.";
        Article article = new Article("emoji", "Emoji \uD83D\uDE80 news", null, null, text, 0);
        String quote = "Amazon holds 10% of Initech.";
        int start = text.indexOf(quote);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("holder", new EntityRef("amazon", "Amazon", null, EntityKind.ORGANIZATION));
        values.put("company", new EntityRef("initech", "Initech", null, EntityKind.ORGANIZATION));
        values.put("percent", new java.math.BigDecimal("10"));
        Fact fact = new Fact(FactType.STAKE, values, new Evidence(1, start, start + quote.length(), quote), 0.9);
        Model model = MAPPER.toModel(article, List.of(fact));
        Resource position = model.getResource(only(deals(model, DG.Stake)).getURI() + "#position");
        assertEquals(start - 1, position.getProperty(OA.start).getInt(), "the emoji counts once");
        assertEquals(start - 1 + quote.length(), position.getProperty(OA.end).getInt());
    }

    @Test
    void anInvestmentHasRolesAnAmountNodeAndTypedValues() {
        Model model = MAPPER.toModel(seed, facts);
        Resource investment = only(deals(model, DG.Investment));
        assertEquals(IRIS.entity(new EntityRef("amazon", "Amazon", null, EntityKind.ORGANIZATION)),
                investment.getPropertyResourceValue(DG.investor).getURI());
        Resource amount = investment.getPropertyResourceValue(DG.amount);
        assertEquals(investment.getURI() + "#amount", amount.getURI());
        assertTrue(amount.hasProperty(RDF.type, SchemaDO.MonetaryAmount));
        Literal value = amount.getProperty(SchemaDO.value).getLiteral();
        assertEquals(XSDDatatype.XSDdecimal.getURI(), value.getDatatypeURI());
        assertEquals(0, new BigDecimal("50000000000").compareTo(new BigDecimal(value.getLexicalForm())));
        assertEquals("USD", amount.getProperty(SchemaDO.currency).getString());
        assertTrue(amount.getProperty(DG.upTo).getBoolean());
        Literal date = investment.getProperty(DG.date).getLiteral();
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), date.getDatatypeURI());
        assertEquals("2026-02", date.getLexicalForm());
        assertEquals(DG.contingent, investment.getPropertyResourceValue(DG.status));
    }

    @Test
    void entitiesHaveTypeLabelAltLabelAndKey() {
        Evidence ev = new Evidence(0, 0, 8, "OpenAI a");
        Fact fact = new Fact(FactType.HOSTING_RIGHT, Map.of(
                "grantor", new EntityRef("openai", "OpenAI", "OpenAI", EntityKind.ORGANIZATION),
                "host", new EntityRef("amazon-web-services", "Amazon Web Services", "AWS", EntityKind.ORGANIZATION),
                "product", new EntityRef("frontier", "Frontier", null, EntityKind.PRODUCT)), ev, 0.75);
        Article article = new Article("a2", "OpenAI and AWS", null, null, "OpenAI and AWS.", 0);
        Model model = MAPPER.toModel(article, List.of(fact));
        Resource aws = model.getResource("http://test.example/id/org/amazon-web-services");
        assertTrue(aws.hasProperty(RDF.type, DG.Organization));
        assertEquals("Amazon Web Services", aws.getProperty(RDFS.label).getString());
        assertEquals("AWS", aws.getProperty(SKOS.altLabel).getString());
        assertEquals("amazon-web-services", aws.getProperty(DCTerms.identifier).getString());
        Resource openai = model.getResource("http://test.example/id/org/openai");
        assertFalse(openai.hasProperty(SKOS.altLabel), "no altLabel when the surface is the name");
        assertTrue(model.getResource("http://test.example/id/product/frontier").hasProperty(RDF.type, DG.Product));
        Resource deal = only(deals(model, DG.HostingRight));
        assertEquals(0, new BigDecimal("0.75").compareTo(new BigDecimal(deal.getProperty(DG.confidence).getString())));
    }

    @Test
    void aDescriptionIsWrittenOnceAsSchemaDescriptionInEnglish() {
        String text = "Cloud computing division of Amazon offering compute, storage and AI services.";
        EntityRef aws = new EntityRef("amazon-web-services", "Amazon Web Services", "AWS", EntityKind.ORGANIZATION, text);
        Evidence ev = new Evidence(0, 0, 8, "OpenAI a");
        Fact hosting = new Fact(FactType.HOSTING_RIGHT, Map.of(
                "grantor", new EntityRef("openai", "OpenAI", "OpenAI", EntityKind.ORGANIZATION),
                "host", aws,
                "product", new EntityRef("frontier", "Frontier", null, EntityKind.PRODUCT)), ev, 0.75);
        Fact partnership = new Fact(FactType.CLOUD_PARTNERSHIP, Map.of(
                "customer", new EntityRef("openai", "OpenAI", "OpenAI", EntityKind.ORGANIZATION),
                "provider", aws.withSurface("Amazon Web Services")), ev, 0.75);
        Article article = new Article("a3", "OpenAI and AWS", null, null, "OpenAI and AWS.", 0);
        Model model = MAPPER.toModel(article, List.of(hosting, partnership));

        Resource node = model.getResource("http://test.example/id/org/amazon-web-services");
        List<Statement> descriptions = node.listProperties(SchemaDO.description).toList();
        assertEquals(1, descriptions.size(), "one description however often the entity occurs: " + descriptions);
        Literal d = descriptions.get(0).getLiteral();
        assertEquals(text, d.getLexicalForm());
        assertEquals("en", d.getLanguage());
        assertEquals(RDF.dtLangString, d.getDatatype());

        assertFalse(model.getResource("http://test.example/id/org/openai").hasProperty(SchemaDO.description),
                "an entity without a description gets none");
        assertFalse(model.getResource("http://test.example/id/product/frontier").hasProperty(SchemaDO.description));
        assertEquals(1, model.listStatements(null, SchemaDO.description, (RDFNode) null).toList().size());
    }

    @Test
    void provenanceAndEvidenceUseIrisDerivedFromTheDeal() {
        Model model = MAPPER.toModel(seed, facts);
        Resource article = model.getResource(IRIS.article(seed.id()));
        for (Resource deal : deals(model, DG.Fact)) {
            assertEquals(article, deal.getPropertyResourceValue(Prov.wasDerivedFrom));
            Resource evidence = deal.getPropertyResourceValue(DG.evidence);
            assertEquals(deal.getURI() + "#evidence", evidence.getURI());
            assertTrue(evidence.hasProperty(RDF.type, OA.SpecificResource));
            assertEquals(article, evidence.getPropertyResourceValue(OA.hasSource));
            Resource position = model.getResource(deal.getURI() + "#position");
            Resource quote = model.getResource(deal.getURI() + "#quote");
            assertTrue(evidence.hasProperty(OA.hasSelector, position) && evidence.hasProperty(OA.hasSelector, quote));
            int start = position.getProperty(OA.start).getInt();
            int end = position.getProperty(OA.end).getInt();
            String text = seed.text();
            assertEquals(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)),
                    quote.getProperty(OA.exact).getString());
            assertTrue(evidence.hasProperty(DG.sentenceIndex));
        }
    }

    @Test
    void theSupersededLicencePointsToTheActiveOne() {
        Model model = MAPPER.toModel(seed, facts);
        Map<Boolean, Resource> byExclusive = deals(model, DG.Licence).stream()
                .collect(Collectors.toMap(d -> d.getProperty(DG.exclusive).getBoolean(), d -> d));
        Resource old = byExclusive.get(true);
        Resource current = byExclusive.get(false);
        assertEquals(DG.superseded, old.getPropertyResourceValue(DG.status));
        assertEquals(Set.of(current), Set.copyOf(model.listObjectsOfProperty(old, DG.supersededBy).toList()));
        assertEquals(Set.of(old), Set.copyOf(model.listObjectsOfProperty(current, DG.supersedes).toList()));
        assertEquals(2, model.listStatements(null, DG.supersededBy, (RDFNode) null).toList().size()
                + model.listStatements(null, DG.supersedes, (RDFNode) null).toList().size(),
                "only the licences are linked: the two revenue shares have different payers");
    }

    @Test
    void revenueShareActiveFlagBecomesAStatus() {
        Model model = MAPPER.toModel(seed, facts);
        Set<Resource> statuses = deals(model, DG.RevenueShare).stream()
                .map(d -> d.getPropertyResourceValue(DG.status)).collect(Collectors.toSet());
        assertEquals(Set.of(DG.active, DG.ended), statuses);
    }

    @Test
    void anEndedRevenueShareIsSupersededByTheActiveOneBetweenTheSameParties() {
        EntityRef a = new EntityRef("a", "A", null, EntityKind.ORGANIZATION);
        EntityRef b = new EntityRef("b", "B", null, EntityKind.ORGANIZATION);
        Evidence ev = new Evidence(0, 0, 1, "x");
        Fact ended = new Fact(FactType.REVENUE_SHARE, Map.of("payer", a, "payee", b, "active", false), ev, 1);
        Fact active = new Fact(FactType.REVENUE_SHARE, Map.of("payer", a, "payee", b, "until", "2030"), ev, 1);
        Fact other = new Fact(FactType.REVENUE_SHARE, Map.of("payer", b, "payee", a, "active", true), ev, 1);
        Model model = MAPPER.toModel(new Article("a3", "x", null, null, "x", 0), List.of(ended, active, other));
        Resource endedDeal = model.getResource(IRIS.deal("a3", ended, 0));
        Resource activeDeal = model.getResource(IRIS.deal("a3", active, 0));
        assertEquals(List.of(activeDeal), model.listObjectsOfProperty(endedDeal, DG.supersededBy).toList());
        assertEquals(1, model.listStatements(null, DG.supersededBy, (RDFNode) null).toList().size());
        Literal until = activeDeal.getProperty(DG.endDate).getLiteral();
        assertEquals(XSDDatatype.XSDgYear.getURI(), until.getDatatypeURI());
    }

    @Test
    void duplicateFactsGetDistinctIris() {
        Fact fact = facts.get(0);
        Model model = MAPPER.toModel(seed, List.of(fact, fact));
        List<String> iris = deals(model, DG.Fact).stream().map(Resource::getURI).sorted().toList();
        assertEquals(List.of(IRIS.deal(seed.id(), fact, 0), IRIS.deal(seed.id(), fact, 1)), iris);
    }

    @Test
    void theOrderOfFactsDoesNotChangeTheGraph() {
        List<Fact> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);
        assertTrue(MAPPER.toModel(seed, facts).isIsomorphicWith(MAPPER.toModel(seed, reversed)));
    }

    @Test
    void evidenceOutsideTheTextIsRejected() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("company", new EntityRef("x", "X", null, EntityKind.ORGANIZATION));
        values.put("amountUSD", new BigDecimal("1000"));
        Fact fact = new Fact(FactType.VALUATION, values, new Evidence(0, 0, 100, "x".repeat(100)), 1);
        DealgraphException e = assertThrows(DealgraphException.class,
                () -> MAPPER.toModel(new Article("a4", "X", null, null, "X.", 0), List.of(fact)));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }
}
