package org.dealgraph.eval;

import org.apache.jena.atlas.json.JsonObject;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.extract.Extractor;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactsJson;

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

    /**
     * A split of a corpus: lines {@code NAME<TAB>PART} (an article's file name without extension and the part it
     * belongs to, such as {@code dev} or {@code test}); blank lines and lines starting with {@code #} are skipped.
     */
    public static java.util.Map<String, String> readSplit(Path file) {
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new org.dealgraph.DealgraphException("Cannot read the split " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new org.dealgraph.DealgraphException(file + ":" + (i + 1) + ": expected NAME<TAB>PART, got: " + line);
            }
            if (parts.put(cols[0].strip(), cols[1].strip()) != null) {
                throw new org.dealgraph.DealgraphException(file + ":" + (i + 1) + ": " + cols[0] + " is listed twice");
            }
        }
        return parts;
    }
}
