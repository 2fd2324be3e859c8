package org.dealgraph.query;

import org.dealgraph.article.Article;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.fact.EntityKind;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.Evidence;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.load.FactMapper;
import org.dealgraph.load.LoadReport;
import org.dealgraph.store.GraphStore;
import org.dealgraph.support.SeedArticles;
import org.dealgraph.vocab.Iris;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The graphs the query tests run on: the two seed articles ({@link SeedArticles}) read by the default extractor, and
 * two small hand-made articles about fictional companies whose facts clash (built as facts, not extracted, so that
 * the conflict rules are tested independently of extraction quality).
 */
public final class TestGraphs {
    public static final String SEED_ID = "000_aeaaa436f013f926";
    public static final String CLASH_1 = "zz-test-globex-1";
    public static final String CLASH_2 = "zz-test-globex-2";

    private TestGraphs() {
    }

    /** A new in-memory store with the seed articles and the two clashing test articles. */
    public static GraphStore load(Iris iris) {
        GraphStore store = GraphStore.inMemory();
        LoadReport report = new ArticleLoader(DealExtractor.createDefault(), iris, store)
                .loadAll(SeedArticles.files());
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException("articles failed to load: " + report.failures());
        }
        addClashes(store, iris);
        return store;
    }

    /**
     * Two reports about Globex: the first says Initech holds 60 % of Globex and an exclusive licence to its search
     * patents; the second says Hooli holds 55 % of Globex and Initech's licence is not exclusive.
     */
    static void addClashes(GraphStore store, Iris iris) {
        EntityRef globex = org("globex", "Globex");
        EntityRef initech = org("initech", "Initech");
        EntityRef hooli = org("hooli", "Hooli");
        String text1 = "Initech Deepens Globex Ties\n\nInitech holds 60 percent of Globex. "
                + "Globex gave Initech an exclusive licence to its search patents.\n";
        Article a1 = new Article(CLASH_1, "Initech Deepens Globex Ties", null, null, text1, 0);
        List<Fact> facts1 = List.of(
                fact(FactType.STAKE, Map.of("holder", initech, "company", globex, "percent", new BigDecimal("60")),
                        text1, "Initech holds 60 percent of Globex.", 0),
                fact(FactType.LICENCE, Map.of("licensor", globex, "licensee", initech,
                        "subject", "search patents", "exclusive", true),
                        text1, "Globex gave Initech an exclusive licence to its search patents.", 1));
        String text2 = "Hooli Buys Into Globex\n\nHooli holds 55 percent of Globex. "
                + "Initech's licence to the search patents of Globex is non-exclusive.\n";
        Article a2 = new Article(CLASH_2, "Hooli Buys Into Globex", null, null, text2, 0);
        List<Fact> facts2 = List.of(
                fact(FactType.STAKE, Map.of("holder", hooli, "company", globex, "percent", new BigDecimal("55")),
                        text2, "Hooli holds 55 percent of Globex.", 0),
                fact(FactType.LICENCE, Map.of("licensor", globex, "licensee", initech,
                        "subject", "search patents", "exclusive", false),
                        text2, "Initech's licence to the search patents of Globex is non-exclusive.", 1));
        FactMapper mapper = new FactMapper(iris);
        store.replaceGraph(iris.article(CLASH_1), mapper.toModel(a1, facts1).getGraph());
        store.replaceGraph(iris.article(CLASH_2), mapper.toModel(a2, facts2).getGraph());
    }

    private static EntityRef org(String key, String name) {
        return new EntityRef(key, name, name, EntityKind.ORGANIZATION);
    }

    private static Fact fact(FactType type, Map<String, Object> values, String text, String quote, int sentence) {
        int start = text.indexOf(quote);
        return new Fact(type, values, new Evidence(sentence, start, start + quote.length(), quote), 0.9);
    }
}
