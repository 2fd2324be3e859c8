package org.dealgraph.load;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.dealgraph.article.Article;
import org.dealgraph.support.CompetencyQuestions;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The competency questions give their expected answers on the graph mapped from the seed's gold facts. */
class CompetencyQuestionsTest {
    private static Dataset dataset;

    @BeforeAll
    static void loadSeed() {
        Article seed = GoldFacts.seedArticle();
        Iris iris = new Iris("http://cq.example/any/base/");
        dataset = DatasetFactory.create();
        dataset.addNamedModel(iris.article(seed.id()), new FactMapper(iris).toModel(seed, GoldFacts.seedFacts(seed)));
        // As in the store: the ontology is a graph of the dataset, so the questions can follow its hierarchy.
        dataset.addNamedModel(org.dealgraph.store.GraphStore.ONTOLOGY_GRAPH,
                org.apache.jena.riot.RDFDataMgr.loadModel("ontology/dealgraph.ttl"));
    }

    /** The default graph the queries see: the union of the article graphs and the ontology's graph. */
    private static Model union() {
        return dataset.getUnionModel();
    }

    @Test
    void thereAreAtLeastTwelveWellFormedQuestions() {
        List<Path> queries = CompetencyQuestions.queries();
        assertTrue(queries.size() >= 12, "competency questions: " + queries);
        for (Path rq : queries) {
            String name = rq.getFileName().toString();
            assertTrue(name.matches("\\d\\d-[a-z0-9-]+\\.rq"), name);
            assertTrue(Files.exists(CompetencyQuestions.expectedFile(rq)), "no expected answer for " + name);
            assertFalse(CompetencyQuestions.question(rq).isBlank(), name + " does not state its question");
            Query query = QueryFactory.create(CompetencyQuestions.queryText(rq));
            assertTrue(query.isSelectType(), name + " is a SELECT");
            assertTrue(query.hasOrderBy(), name + " has ORDER BY");
            assertFalse(CompetencyQuestions.queryText(rq).toUpperCase().matches("(?s).*\\bGRAPH\\b.*"),
                    name + " must not use GRAPH");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQuestionGivesItsExpectedAnswer() {
        return CompetencyQuestions.queries().stream().map(rq -> DynamicTest.dynamicTest(rq.getFileName().toString(),
                () -> {
                    List<String> differences = CompetencyQuestions.check(rq, union());
                    assertEquals(List.of(), differences, () -> String.join("\n", differences));
                }));
    }

    @TestFactory
    Stream<DynamicTest> answersAreLiteralsOnly() {
        return CompetencyQuestions.queries().stream().map(rq -> DynamicTest.dynamicTest(rq.getFileName().toString(),
                () -> {
                    try (var qexec = org.apache.jena.query.QueryExecution.model(union())
                            .query(CompetencyQuestions.queryText(rq)).build()) {
                        qexec.execSelect().forEachRemaining(row -> row.varNames().forEachRemaining(v ->
                                assertTrue(row.get(v).isLiteral(), rq.getFileName() + ": ?" + v + " = " + row.get(v))));
                    }
                }));
    }

    @Test
    void kindsAndCodesComeFromTheOntologyNotFromIriStrings() {
        for (Path rq : CompetencyQuestions.queries()) {
            String text = CompetencyQuestions.queryText(rq).replaceAll("\\s+", "");
            for (String trick : List.of("STR(dg:", "STRAFTER(STR(", "STRSTARTS(STR(", "STRBEFORE(STR(")) {
                assertFalse(text.contains(trick), rq.getFileName() + " takes a kind or code from an IRI: " + trick);
            }
        }
    }

    @Test
    void theKindsOfFactComeFromTheOntologyGraph() {
        Path kinds = CompetencyQuestions.queries().stream()
                .filter(p -> p.getFileName().toString().equals("20-fact-kinds.rq")).findFirst().orElseThrow();
        Model articlesOnly = dataset.getNamedModel(new Iris("http://cq.example/any/base/").article(GoldFacts.seedArticle().id()));
        List<String> differences = CompetencyQuestions.check(kinds, articlesOnly);
        assertFalse(differences.isEmpty(), "without the ontology graph the hierarchy is not there to follow");
    }

    @Test
    void aWrongAnswerIsReportedRowByRow() {
        Path stakes = CompetencyQuestions.queries().stream()
                .filter(p -> p.getFileName().toString().equals("01-stakes.rq")).findFirst().orElseThrow();
        Model changed = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(union());
        var stake = changed.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.dealgraph.vocab.DG.Stake).next();
        changed.removeAll(stake, org.dealgraph.vocab.DG.percent, null);
        stake.addLiteral(org.dealgraph.vocab.DG.percent, changed.createTypedLiteral("49.0",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        List<String> differences = CompetencyQuestions.check(stakes, changed);
        assertEquals(2, differences.size(), String.join("\n", differences));
        assertTrue(differences.get(0).contains("missing") && differences.get(0).contains("?percent=27 "), differences.get(0));
        assertTrue(differences.get(1).contains("unexpected") && differences.get(1).contains("?percent=49 "), differences.get(1));

        List<String> empty = CompetencyQuestions.check(stakes, org.apache.jena.rdf.model.ModelFactory.createDefaultModel());
        assertEquals(1, empty.size(), String.join("\n", empty));
    }
}
