package org.dealgraph.eval;

import org.apache.jena.atlas.json.JsonObject;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.extract.Extractor;
import org.dealgraph.extract.Fact;
import org.dealgraph.extract.FactsJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Extracts articles and scores what was extracted against gold facts. */
public final class Evaluation {
    private Evaluation() {
    }

    /** The facts an extractor reads in an article, in the deal-facts JSON form the scorer compares. */
    public static List<JsonObject> facts(Extractor extractor, Article article) {
        List<JsonObject> facts = new ArrayList<>();
        for (Fact fact : extractor.extract(article)) {
            facts.add(Scorer.parseFact(FactsJson.toJsonLine(fact), article.id()));
        }
        return facts;
    }

    /**
     * Extracts each article file and scores it against {@code goldFolder/ID.jsonl}. Articles without a gold file
     * are not scored: each is passed to {@code withoutGold}.
     */
    public static Score score(Extractor extractor, List<Path> articleFiles, Path goldFolder, Consumer<Path> withoutGold) {
        Map<String, List<JsonObject>> gold = new TreeMap<>();
        Map<String, List<JsonObject>> predicted = new TreeMap<>();
        for (Path file : articleFiles) {
            Article article = ArticleReader.read(file);
            Path goldFile = goldFolder.resolve(article.id() + ".jsonl");
            if (!Files.isRegularFile(goldFile)) {
                withoutGold.accept(file);
                continue;
            }
            gold.put(article.id(), Scorer.readFacts(goldFile));
            predicted.put(article.id(), facts(extractor, article));
        }
        if (gold.isEmpty()) {
            throw new DealgraphException("None of the articles has a gold file in " + goldFolder.toAbsolutePath());
        }
        return Scorer.score(gold, predicted);
    }
}
