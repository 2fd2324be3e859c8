package org.dealgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of scoring predicted deal facts against gold facts, as the reference scorer computes it.
 *
 * @param articles          one row per scored article, in scoring order
 * @param types             one row per fact type, in the order the reference scorer prints them (sorted by name)
 * @param gold              number of gold facts
 * @param predicted         number of predicted facts
 * @param matched           number of gold facts matched by a predicted fact
 * @param attributes        number of gold attributes of matched facts
 * @param attributesCorrect how many of those the matching predicted fact got right
 * @param details           misses, spurious facts and attribute mismatches, worded as the reference scorer with {@code -v} prints them
 * @param warnings          what the reference scorer prints on standard error (facts of unknown type)
 */
public record Score(List<ArticleScore> articles, List<TypeCount> types, int gold, int predicted, int matched,
                    int attributes, int attributesCorrect, List<String> details, List<String> warnings) {

    public Score {
        articles = List.copyOf(articles);
        types = List.copyOf(types);
        details = List.copyOf(details);
        warnings = List.copyOf(warnings);
    }

    /** Counts of one fact type; {@code type} is the type as the reference scorer prints it ({@code None} when missing). */
    public record TypeCount(String type, int gold, int predicted, int matched) {
    }

    /** Counts of one article (the gold file name without {@code .jsonl}). */
    public record ArticleScore(String article, int gold, int predicted, int matched, int attributes,
                               int attributesCorrect) {
        public double precision() {
            return Score.precision(matched, predicted);
        }

        public double recall() {
            return Score.recall(matched, gold);
        }

        public double f1() {
            return Score.f1(precision(), recall());
        }

        public double attributeAccuracy() {
            return Score.accuracy(attributesCorrect, attributes);
        }
    }

    public double precision() {
        return precision(matched, predicted);
    }

    public double recall() {
        return recall(matched, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double attributeAccuracy() {
        return accuracy(attributesCorrect, attributes);
    }

    /** F1 of each article, in scoring order. */
    public Map<String, Double> articleF1() {
        Map<String, Double> f1 = new LinkedHashMap<>();
        articles.forEach(a -> f1.put(a.article(), a.f1()));
        return f1;
    }

    public Optional<ArticleScore> article(String name) {
        return articles.stream().filter(a -> a.article().equals(name)).findFirst();
    }

    public Optional<TypeCount> type(String name) {
        return types.stream().filter(t -> t.type().equals(name)).findFirst();
    }

    /** The last line the reference scorer prints, e.g. {@code facts: P=0.83 R=0.71 F1=0.77 attributes=0.90 (gold 41, predicted 35, matched 29)}. */
    public String summaryLine() {
        return "facts: P=" + Py.format2(precision()) + " R=" + Py.format2(recall()) + " F1=" + Py.format2(f1())
                + " attributes=" + Py.format2(attributeAccuracy())
                + " (gold " + gold + ", predicted " + predicted + ", matched " + matched + ")";
    }

    /** The per-type table of the reference scorer, one line per type, without line ends. */
    public List<String> tableLines() {
        List<String> lines = new ArrayList<>();
        for (TypeCount t : types) {
            lines.add(Py.padRight(t.type(), 20) + " gold " + pad3(t.gold()) + "  predicted " + pad3(t.predicted())
                    + "  matched " + pad3(t.matched()));
        }
        return lines;
    }

    /**
     * What the reference scorer prints on standard output: with {@code verbose} ({@code -v}) the details first, then
     * the per-type table, then the summary line; every line ends with {@code \n}.
     */
    public String report(boolean verbose) {
        StringBuilder out = new StringBuilder();
        if (verbose) {
            details.forEach(d -> out.append(d).append('\n'));
        }
        tableLines().forEach(l -> out.append(l).append('\n'));
        out.append(summaryLine()).append('\n');
        return out.toString();
    }

    private static String pad3(int n) {
        String s = Integer.toString(n);
        return s.length() >= 3 ? s : " ".repeat(3 - s.length()) + s;
    }

    static double precision(int matched, int predicted) {
        return predicted != 0 ? (double) matched / predicted : 0.0;
    }

    static double recall(int matched, int gold) {
        return gold != 0 ? (double) matched / gold : 0.0;
    }

    static double f1(double p, double r) {
        return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    }

    static double accuracy(int ok, int all) {
        return all != 0 ? (double) ok / all : 0.0;
    }
}
