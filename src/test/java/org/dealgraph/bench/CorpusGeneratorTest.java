package org.dealgraph.bench;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.eval.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    @Test
    void theSameSeedGivesTheSameCorpus() {
        CorpusGenerator a = new CorpusGenerator(7);
        CorpusGenerator b = new CorpusGenerator(7);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.next(i), b.next(i));
        }
        assertNotEquals(new CorpusGenerator(8).next(0), new CorpusGenerator(7).next(0));
    }

    @Test
    void articlesAreReadableAndTheirGoldIsValidDealFacts(@TempDir Path folder) throws Exception {
        new CorpusGenerator(1).write(folder, 25);
        try (var files = Files.list(folder.resolve("articles"))) {
            assertEquals(25, files.count());
        }
        Article article = ArticleReader.read(folder.resolve("articles/synthetic-00003.txt"));
        assertEquals("synthetic-00003", article.id());
        assertTrue(article.publishedDate().isPresent());
        assertFalse(article.body().isBlank());
        var gold = Scorer.readFacts(folder.resolve("gold/synthetic-00003.jsonl"));
        assertTrue(gold.size() >= 5, gold.toString());
        assertEquals(1.0, Scorer.score("self", gold, gold).f1(), 1e-9);
    }
}
