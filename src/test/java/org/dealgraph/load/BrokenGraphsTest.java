package org.dealgraph.load;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.article.Article;
import org.dealgraph.cli.Cli;
import org.dealgraph.fact.EntityKind;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.Evidence;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Graphs broken on purpose, one for each rule of the shapes, each refused by {@link ShapesValidator} (the code of
 * {@code dealgraph validate}) with the rule's own message; and graphs that are right in ways the shapes once got
 * wrong (an integer percentage, an emoji before the evidence), which conform. Every broken graph starts from the
 * seed article's graph, which conforms, and changes one thing.
 */
class BrokenGraphsTest {
    private static final Iris IRIS = new Iris("http://broken.example/");
    private static final FactMapper MAPPER = new FactMapper(IRIS);
    private static final ShapesValidator VALIDATOR = ShapesValidator.packaged();
    private static Article seed;
    private static List<Fact> facts;

    /** A graph broken on purpose, and a part of the message that refuses it. */
    record Broken(String rule, Consumer<Model> breakIt, String message) {
        Model model() {
            Model model = MAPPER.toModel(seed, facts);
            breakIt.accept(model);
            return model;
        }
    }

    @BeforeAll
    static void load() {
        seed = GoldFacts.seedArticle();
        facts = GoldFacts.seedFacts(seed);
    }

    private static Resource only(Model model, Resource type) {
        List<Resource> found = model.listResourcesWithProperty(RDF.type, type).toList();
        assertEquals(1, found.size(), "one " + type.getLocalName() + " in the seed");
        return found.getFirst();
    }

    private static Resource licence(Model model, boolean superseded) {
        return model.listResourcesWithProperty(RDF.type, DG.Licence).toList().stream()
                .filter(l -> l.hasProperty(DG.supersededBy) == superseded).findFirst().orElseThrow();
    }

    private static void replace(Model model, Resource subject, org.apache.jena.rdf.model.Property p, RDFNode value) {
        model.removeAll(subject, p, null);
        model.add(subject, p, value);
    }

    /** A valuation of OpenAI at $852 billion, as of the seed's sentence that states it, added to the seed's graph. */
    static Resource addValuation(Model model) {
        String quote = seed.text().lines().filter(l -> !l.isBlank()).skip(1).findFirst().orElseThrow();
        int start = seed.text().indexOf(quote);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("company", new EntityRef("openai", "OpenAI", null, EntityKind.ORGANIZATION));
        values.put("amountUSD", new BigDecimal("852000000000"));
        Fact valuation = new Fact(FactType.VALUATION, values, new Evidence(1, start, start + quote.length(), quote), 0.8);
        List<Fact> all = new java.util.ArrayList<>(facts);
        all.add(valuation);
        model.add(MAPPER.toModel(seed, all));
        return only(model, DG.Valuation);
    }

    static List<Broken> brokenGraphs() {
        return List.of(
                new Broken("closed: a stake with a licensor",
                        m -> only(m, DG.Stake).addProperty(DG.licensor, only(m, DG.Stake).getPropertyResourceValue(DG.holder)),
                        "licensor"),
                new Broken("closed: a stake with a cap",
                        m -> only(m, DG.Stake).addLiteral(DG.capped, true), "capped"),
                new Broken("closed: a stake with an end condition",
                        m -> only(m, DG.Stake).addProperty(DG.endCondition, "AGI"), "endCondition"),
                new Broken("closed: an article with a property it does not have",
                        m -> m.getResource(IRIS.article(seed.id())).addProperty(DG.title, "Editor"), "title"),
                new Broken("required amount: a valuation without an amount",
                        m -> m.removeAll(addValuation(m), DG.amount, null), "valuation has exactly one amount"),
                new Broken("core role: a stake without its holder",
                        m -> m.removeAll(only(m, DG.Stake), DG.holder, null), "exactly one holder"),
                new Broken("status codes: an investment that is superseded",
                        m -> replace(m, only(m, DG.Investment), DG.status, DG.superseded),
                        "investment is announced, completed, contingent or planned"),
                new Broken("no status: a role with a status",
                        m -> only(m, DG.Role).addProperty(DG.status, DG.active), "has no status"),
                new Broken("numbers: a percentage above 100",
                        m -> replace(m, only(m, DG.Stake), DG.percent, m.createTypedLiteral("127", XSDDatatype.XSDinteger)),
                        "percentage from 0 to 100"),
                new Broken("numbers: a percentage that is text",
                        m -> replace(m, only(m, DG.Stake), DG.percent, m.createLiteral("27")), "percentage from 0 to 100"),
                new Broken("numbers: a negative amount",
                        m -> replace(m, addValuation(m).getPropertyResourceValue(DG.amount), SchemaDO.value,
                                m.createTypedLiteral("-1", XSDDatatype.XSDdecimal)), "non-negative schema:value"),
                new Broken("dates: a date in words",
                        m -> replace(m, only(m, DG.Investment), DG.date, m.createLiteral("February 2026")), "at most one date"),
                new Broken("one fact class: a stake that is a valuation too",
                        m -> only(m, DG.Stake).addProperty(RDF.type, DG.Valuation), "exactly one fact class"),
                new Broken("asserted superclasses: an investment not typed dg:Deal",
                        m -> m.remove(only(m, DG.Investment), RDF.type, DG.Deal), "superclass"),
                new Broken("supersession: a superseded licence that is still active",
                        m -> replace(m, licence(m, true), DG.status, DG.active), "no longer in force"),
                new Broken("supersession: dg:endedOn on a licence in force",
                        m -> licence(m, false).addLiteral(DG.endedOn, m.createTypedLiteral("2026-04-27", XSDDatatype.XSDdate)),
                        "Only a deal no longer in force"),
                new Broken("supersession: the inverse link missing",
                        m -> m.removeAll(licence(m, false), DG.supersedes, null), "stated both ways"),
                new Broken("supersession: a stake superseded by an investment",
                        m -> {
                            only(m, DG.Stake).addProperty(DG.supersededBy, only(m, DG.Investment));
                            only(m, DG.Investment).addProperty(DG.supersedes, only(m, DG.Stake));
                        }, "same kind of fact"),
                new Broken("provenance: a fact without its article",
                        m -> m.removeAll(only(m, DG.Stake), org.dealgraph.vocab.Prov.wasDerivedFrom, null), "wasDerivedFrom"),
                new Broken("evidence: offsets that do not select the quote",
                        m -> {
                            Resource position = m.getResource(only(m, DG.Stake).getURI() + "#position");
                            int start = position.getProperty(OA.start).getInt();
                            replace(m, position, OA.start, m.createTypedLiteral(Integer.toString(start + 1),
                                    XSDDatatype.XSDnonNegativeInteger));
                        }, "do not select the quoted text"),
                new Broken("one article per graph",
                        m -> m.add(MAPPER.toModel(new Article("other", "Other", null, null, "Other.", 0), List.of())),
                        "exactly one article"),
                new Broken("entities: a person without a name",
                        m -> m.removeAll(only(m, DG.Role).getPropertyResourceValue(DG.person),
                                org.apache.jena.vocabulary.RDFS.label, null), "rdfs:label"));
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void theSeedGraphItselfConforms() {
        ValidationReport report = VALIDATOR.validate(MAPPER.toModel(seed, facts).getGraph());
        assertTrue(report.conforms(), describe(report));
        Model withValuation = MAPPER.toModel(seed, facts);
        addValuation(withValuation);
        report = VALIDATOR.validate(withValuation.getGraph());
        assertTrue(report.conforms(), "with a valuation: " + describe(report));
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenGraphIsRefusedWithItsRule() {
        return brokenGraphs().stream().map(b -> DynamicTest.dynamicTest(b.rule(), () -> {
            ValidationReport report = VALIDATOR.validate(b.model().getGraph());
            assertFalse(report.conforms(), b.rule() + ": the broken graph conforms");
            assertTrue(report.getEntries().stream().anyMatch(e -> e.toString().contains(b.message())),
                    b.rule() + ": no result mentions '" + b.message() + "':\n" + describe(report));
        }));
    }

    @Test
    void anIntegerPercentageConforms() {
        Model model = MAPPER.toModel(seed, facts);
        replace(model, only(model, DG.Stake), DG.percent, model.createTypedLiteral("27", XSDDatatype.XSDinteger));
        ValidationReport report = VALIDATOR.validate(model.getGraph());
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void anEmojiBeforeTheEvidenceDoesNotMakeCorrectDataFail() {
        String text = "Rocket \uD83D\uDE80 report\nAmazon holds 10% of Initech, the filing says.";
        Article article = new Article("emoji", "Rocket \uD83D\uDE80 report", null, null, text, 0);
        String quote = "Amazon holds 10% of Initech, the filing says.";
        int start = text.indexOf(quote);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("holder", new EntityRef("amazon", "Amazon", null, EntityKind.ORGANIZATION));
        values.put("company", new EntityRef("initech", "Initech", null, EntityKind.ORGANIZATION));
        values.put("percent", new BigDecimal("10"));
        Fact fact = new Fact(FactType.STAKE, values, new Evidence(1, start, start + quote.length(), quote), 0.9);
        ValidationReport report = VALIDATOR.validate(MAPPER.toModel(article, List.of(fact)).getGraph());
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void theValidateCommandRefusesEveryBrokenGraph(@TempDir Path folder) {
        Path location = folder.resolve("store");
        List<Broken> broken = brokenGraphs();
        try (GraphStore store = GraphStore.onDisk(location)) {
            store.replaceGraph(IRIS.article(seed.id()), MAPPER.toModel(seed, facts).getGraph());
            for (int i = 0; i < broken.size(); i++) {
                store.replaceGraph("http://broken.example/graph/" + i, broken.get(i).model().getGraph());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run("validate", "--store", location.toString());
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, report);
        assertTrue(report.contains("Does not conform"), report);
        assertFalse(report.contains("Graph <" + IRIS.article(seed.id()) + ">"), "the seed's own graph conforms");
        for (int i = 0; i < broken.size(); i++) {
            assertTrue(report.contains("Graph <http://broken.example/graph/" + i + ">"),
                    broken.get(i).rule() + " is not reported:\n" + report);
        }
    }

    @Test
    void aValuationWithoutAnAmountIsNotMapped() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("company", new EntityRef("mistral-ai", "Mistral AI", null, EntityKind.ORGANIZATION));
        values.put("date", "2025-09");
        Fact withoutAmount = new Fact(FactType.VALUATION, values, new Evidence(0, 0, 5, seed.text().substring(0, 5)), 0.8);
        Model model = MAPPER.toModel(seed, List.of(withoutAmount));
        assertTrue(model.listResourcesWithProperty(RDF.type, DG.Valuation).toList().isEmpty(),
                "a valuation that names no figure states nothing");
        values.put("amountUSD", new BigDecimal("14000000000"));
        Fact withAmount = new Fact(FactType.VALUATION, values, new Evidence(0, 0, 5, seed.text().substring(0, 5)), 0.8);
        assertEquals(1, MAPPER.toModel(seed, List.of(withAmount)).listResourcesWithProperty(RDF.type, DG.Valuation)
                .toList().size());
        assertTrue(VALIDATOR.validate(MAPPER.toModel(seed, List.of(withAmount)).getGraph()).conforms());
    }
}
