package org.dealgraph.extract;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading an article is bounded: past its time budget, or once its thread is interrupted (a client gone away),
 * extraction stops with {@link ExtractionBudgetExceeded} instead of running on.
 */
class ExtractionBudgetTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.createDefault();

    /** One paragraph of about {@code kb} kilobytes of deal sentences. */
    private static Article longArticle(int kb) {
        String sentence = "Globex Corp agreed to invest $2 billion in Initech, the chipmaker said on Tuesday, and Hooli "
                + "took a 5% stake in Initech for $300 million. ";
        return ArticleReader.parse("long", "Globex invests in Initech\n\n" + sentence.repeat(kb * 1024 / sentence.length()), ".txt");
    }

    @Test
    void anArticlePastItsBudgetIsRefused() {
        DealExtractor strict = EXTRACTOR.withTimeBudget(Duration.ofMillis(20));
        ExtractionBudgetExceeded e = assertThrows(ExtractionBudgetExceeded.class, () -> strict.extract(longArticle(200)));
        assertTrue(e.getMessage().contains("dealgraph.limits.extraction-time"), e.getMessage());
    }

    @Test
    void theSameArticleIsReadWithinAGenerousBudget() {
        assertFalse(EXTRACTOR.withTimeBudget(Duration.ofMinutes(5)).extract(longArticle(8)).isEmpty());
    }

    @Test
    void anInterruptedReadingStops() throws Exception {
        Article article = longArticle(400);
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            try {
                EXTRACTOR.withTimeBudget(Duration.ofMinutes(5)).extract(article);
                return null;
            } catch (RuntimeException e) {
                return e;
            } finally {
                Thread.interrupted();
            }
        });
        while (worker.get() == null) {
            Thread.onSpinWait();
        }
        worker.get().interrupt();
        Throwable thrown = outcome.get(60, TimeUnit.SECONDS);
        assertTrue(thrown instanceof ExtractionBudgetExceeded, String.valueOf(thrown));
        assertTrue(thrown.getMessage().contains("cancelled"), thrown.getMessage());
    }

    @Test
    void aBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> EXTRACTOR.withTimeBudget(Duration.ZERO));
    }
}
