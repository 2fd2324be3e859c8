package org.dealgraph.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.fact.Fact;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapesTest {
    static final Path SHAPES = Path.of("ontology", "shapes.ttl");
    static final Path DEVSET = Path.of("src", "test", "resources", "devset");

    private static Shapes shapes;
    private static Graph ontology;
    private static Article seed;
    private static List<Fact> facts;
    private static final FactMapper MAPPER = new FactMapper(new Iris());

    @BeforeAll
    static void load() {
        Graph graph = RDFDataMgr.loadGraph(SHAPES.toString());
        shapes = Shapes.parse(graph);
        ontology = RDFDataMgr.loadGraph("ontology/dealgraph.ttl");
        seed = GoldFacts.seedArticle();
        facts = GoldFacts.seedFacts(seed);
    }

    /** Validates as ShapesValidator does: the article graph joined with the ontology. */
    static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(shapes, new org.apache.jena.graph.compose.Union(data.getGraph(), ontology));
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    private static Model seedModel() {
        return MAPPER.toModel(seed, facts);
    }

    private static Resource onlyDeal(Model model, Resource type) {
        List<Resource> deals = model.listResourcesWithProperty(RDF.type, type).toList();
        assertTrue(deals.size() == 1, "one " + type);
        return deals.get(0);
    }

    private static void assertViolation(Model model, String expectedMessagePart) {
        ValidationReport report = validate(model);
        assertFalse(report.conforms(), "expected a violation about '" + expectedMessagePart + "'");
        assertTrue(report.getEntries().stream().anyMatch(e -> e.toString().contains(expectedMessagePart)),
                "no violation mentions '" + expectedMessagePart + "':\n" + describe(report));
    }

    @Test
    void theShapesHaveAShapePerDealClass() {
        assertTrue(shapes.numRootShapes() >= 20, "shapes: " + shapes.numRootShapes());
        for (var type : org.dealgraph.fact.FactType.values()) {
            assertTrue(shapes.getTargetShapes().stream().anyMatch(s -> s.getTargets().stream()
                            .anyMatch(t -> t.getObject().equals(FactMapper.classOf(type).asNode()))),
                    "no shape targets " + type.jsonName());
        }
    }

    @Test
    void theSeedGraphConforms() {
        ValidationReport report = validate(seedModel());
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void anEmptyArticleGraphConforms() {
        ValidationReport report = validate(MAPPER.toModel(seed, List.of()));
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void aDealWithoutItsCoreRoleDoesNotConform() {
        Model model = seedModel();
        model.removeAll(onlyDeal(model, DG.Stake), DG.holder, null);
        assertViolation(model, "exactly one holder");
    }

    @Test
    void aWrongStatusCodeDoesNotConform() {
        Model model = seedModel();
        Resource investment = onlyDeal(model, DG.Investment);
        model.removeAll(investment, DG.status, null);
        investment.addProperty(DG.status, DG.superseded);
        assertViolation(model, "investment is announced, completed, contingent or planned");
    }

    @Test
    void aStatusLiteralInsteadOfAConceptDoesNotConform() {
        Model model = seedModel();
        Resource role = onlyDeal(model, DG.Role);
        role.addProperty(DG.status, "active");
        assertViolation(model, "has no status");
    }

    @Test
    void aRoleHeldByAnOrganizationDoesNotConform() {
        Model model = seedModel();
        Resource role = onlyDeal(model, DG.Role);
        Resource person = role.getPropertyResourceValue(DG.person);
        model.removeAll(person, RDF.type, null);
        person.addProperty(RDF.type, DG.Organization);
        assertViolation(model, "exactly one person");
    }

    @Test
    void aDealWithoutProvenanceDoesNotConform() {
        Model model = seedModel();
        Resource stake = onlyDeal(model, DG.Stake);
        model.removeAll(stake, org.dealgraph.vocab.Prov.wasDerivedFrom, null);
        assertViolation(model, "wasDerivedFrom");
    }

    @Test
    void aPartialDateOfTheWrongTypeDoesNotConform() {
        Model model = seedModel();
        Resource investment = onlyDeal(model, DG.Investment);
        model.removeAll(investment, DG.date, null);
        investment.addProperty(DG.date, "February 2026");
        assertViolation(model, "at most one date");
    }

    @Test
    void evidenceOffsetsThatDoNotSelectTheQuoteDoNotConform() {
        Model model = seedModel();
        Resource stake = onlyDeal(model, DG.Stake);
        Resource position = model.getResource(stake.getURI() + "#position");
        int start = position.getProperty(OA.start).getInt();
        model.removeAll(position, OA.start, null);
        position.addLiteral(OA.start, model.createTypedLiteral(Integer.toString(start + 1),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
        assertViolation(model, "do not select the quoted text");
    }

    @Test
    void twoArticlesInOneGraphDoNotConform() {
        Model model = seedModel();
        Article other = new Article("other", "Other", null, null, "Other.", 0);
        model.add(MAPPER.toModel(other, List.of()));
        assertViolation(model, "exactly one article");
    }

    @Test
    void supersessionAcrossKindsDoesNotConform() {
        Model model = seedModel();
        onlyDeal(model, DG.Stake).addProperty(DG.supersededBy, onlyDeal(model, DG.Investment));
        assertViolation(model, "same kind of fact");
    }

    @Test
    void anEntityWithoutLabelDoesNotConform() {
        Model model = seedModel();
        Resource person = onlyDeal(model, DG.Role).getPropertyResourceValue(DG.person);
        model.removeAll(person, org.apache.jena.vocabulary.RDFS.label, (RDFNode) null);
        assertViolation(model, "rdfs:label");
    }

    @Test
    void theOntologyItselfParsesAlongsideTheShapes() {
        Model both = ModelFactory.createDefaultModel();
        RDFDataMgr.read(both, SHAPES.toString());
        RDFDataMgr.read(both, "ontology/dealgraph.ttl");
        assertTrue(both.size() > 500);
    }

    static Stream<String> devArticles() throws java.io.IOException {
        try (Stream<Path> files = java.nio.file.Files.list(DEVSET.resolve("articles"))) {
            return files.map(f -> f.getFileName().toString().replace(".txt", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("devArticles")
    void theGoldFactsOfEveryDevelopmentArticleMapToAConformingGraph(String id) {
        Article article = ArticleReader.read(DEVSET.resolve("articles").resolve(id + ".txt"));
        List<Fact> gold = GoldFacts.read(DEVSET.resolve("gold").resolve(id + ".jsonl"), article);
        assertFalse(gold.isEmpty());
        ValidationReport report = validate(MAPPER.toModel(article, gold));
        assertTrue(report.conforms(), describe(report));
    }
}
