package org.dealgraph.load;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.dealgraph.article.Article;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SPARQL examples of README.md, run on a dataset laid out as the store lays it out: the seed article's graph
 * (from its gold facts) and the ontology's graph, the default graph being their union.
 */
class ReadmeQueriesTest {
    private static final Iris IRIS = new Iris("http://readme.example/");
    private static Dataset dataset;
    private static List<Fact> facts;
    private static List<String> queries;

    @BeforeAll
    static void load() throws Exception {
        Article seed = GoldFacts.seedArticle();
        facts = GoldFacts.seedFacts(seed);
        dataset = DatasetFactory.create();
        dataset.addNamedModel(IRIS.article(seed.id()), new FactMapper(IRIS).toModel(seed, facts));
        dataset.addNamedModel(GraphStore.ONTOLOGY_GRAPH, RDFDataMgr.loadModel("ontology/dealgraph.ttl"));
        String readme = Files.readString(Path.of("README.md"));
        queries = new ArrayList<>();
        Matcher m = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            queries.add(m.group(1));
        }
    }

    private static List<QuerySolution> run(String query) {
        // The default graph as the store serves it: the union of all named graphs.
        Dataset served = DatasetFactory.create(dataset.getUnionModel());
        dataset.listModelNames().forEachRemaining(name -> served.addNamedModel(name, dataset.getNamedModel(name)));
        try (QueryExecution qe = QueryExecution.dataset(served).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static String query(String containing) {
        return queries.stream().filter(q -> q.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no README query contains " + containing));
    }

    @Test
    void everyExampleRunsAndTakesNoKindFromTheTextOfAnIri() {
        assertTrue(queries.size() >= 3, "README examples: " + queries.size());
        for (String q : queries) {
            String compact = q.replaceAll("\\s+", "");
            for (String trick : List.of("STR(dg:", "STRAFTER(STR(", "STRSTARTS(STR(", "STRBEFORE(STR(")) {
                assertFalse(compact.contains(trick), "a README query reads a kind from an IRI: " + q);
            }
            assertFalse(run(q).isEmpty(), "no answer on the seed article: " + q);
        }
    }

    @Test
    void theBreakdownByKindGivesEveryKindWithItsCountAndWhetherItIsADeal() {
        Map<String, Long> expected = new TreeMap<>(facts.stream()
                .collect(Collectors.groupingBy(f -> f.type().jsonName(), Collectors.counting())));
        Map<String, Long> counted = new TreeMap<>();
        for (QuerySolution row : run(query("GRAPH ?article"))) {
            String kind = row.getLiteral("kind").getString();
            counted.put(kind, row.getLiteral("facts").getLong());
            boolean deal = FactMapper.isDeal(FactType.fromJsonName(kind).orElseThrow());
            assertEquals(deal, row.getLiteral("deal").getBoolean(), kind);
        }
        assertEquals(expected, counted);
        assertTrue(counted.containsKey("Stake") && counted.containsKey("Licence"), "facts and deals alike");
    }

    @Test
    void theRolesOfMicrosoftSeparatePartiesFromWhatTheFactsAreAbout() {
        Set<String> concerns = new TreeSet<>();
        Set<String> parties = new TreeSet<>();
        for (QuerySolution row : run(query("dg:concerns"))) {
            String role = row.getLiteral("role").getString();
            (row.getResource("relation").equals(DG.concerns) ? concerns : parties).add(role);
        }
        assertTrue(parties.contains("licensee") && parties.contains("party"), "parties: " + parties);
        assertTrue(Set.of("product", "platform").containsAll(concerns), "about: " + concerns);
        assertFalse(parties.contains("product") || parties.contains("platform"), "a product is no party: " + parties);
    }
}
