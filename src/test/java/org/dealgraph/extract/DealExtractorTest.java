package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactsJson;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DealExtractorTest {

    private static final Path SEED = Path.of("data/articles/000_aeaaa436f013f926.txt");

    private static List<String> lines(List<Fact> facts) {
        return facts.stream().map(FactsJson::toJsonLine).toList();
    }

    @Test
    void seedArticleHasTheKeyFactsWithValidEvidence() {
        Article a = ArticleReader.read(SEED);
        List<Fact> facts = Facts.EXTRACTOR.extract(a);
        for (Fact f : facts) {
            assertEquals(f.evidence().quote(), a.text().substring(f.evidence().start(), f.evidence().end()));
        }
        Fact stake = Facts.find(facts, FactType.STAKE, "Microsoft", "OpenAI");
        assertEquals(Boolean.TRUE, Facts.value(stake, "approximate"));
        Facts.find(facts, FactType.ROLE, "Andy Jassy", "Amazon");
        assertEquals(2, Facts.all(facts, FactType.LICENCE, "OpenAI", "Microsoft").size());
        assertEquals(2, Facts.all(facts, FactType.REVENUE_SHARE).size());
    }

    @Test
    void isDeterministicAndThreadSafe() throws Exception {
        Article a = ArticleReader.read(SEED);
        List<String> expected = lines(Facts.EXTRACTOR.extract(a));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> lines(Facts.EXTRACTOR.extract(a))));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyBodyGivesNoFacts() {
        assertTrue(Facts.EXTRACTOR.extract(ArticleReader.parse("x", "Just a headline")).isEmpty());
    }
}
