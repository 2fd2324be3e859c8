package org.dealgraph.eval;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dealgraph.DealgraphException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores predicted deal facts against gold facts with exactly the rules of the deal-facts exchange format's
 * reference scorer: names folded (case, {@code ’}, possessive {@code 's}, punctuation,
 * a leading "the", trailing corporate suffixes), gold lists of acceptable names, core fields matched
 * (symmetric types in either order), gold facts taken in order, each matched by the not yet used
 * predicted fact of the same type that agrees on most attributes (the first in predicted order on a
 * tie), attributes compared one by one (booleans strictly, numbers within 1 %, gold lists as "any
 * of", partial ISO dates at the gold precision, strings folded and compared by equality or
 * containment).
 *
 * <p>Facts are Jena {@link JsonObject}s as parsed from deal-facts JSON; JSON numbers, booleans and
 * strings are kept apart exactly as Python keeps them apart (a number without fraction or exponent is
 * an {@code int}, other numbers are {@code float}s; {@code true} is not {@code 1} and not {@code "true"}).
 */
public final class Scorer {
    private Scorer() {
    }

    static final Map<String, List<String>> CORE = new LinkedHashMap<>();
    static final Set<String> SYMMETRIC = Set.of("Partnership", "CoDevelopment", "Agreement");

    static {
        CORE.put("Investment", List.of("investor", "investee"));
        CORE.put("Stake", List.of("holder", "company"));
        CORE.put("Licence", List.of("licensor", "licensee"));
        CORE.put("HostingRight", List.of("grantor", "host"));
        CORE.put("CloudPartnership", List.of("customer", "provider"));
        CORE.put("PurchaseCommitment", List.of("buyer", "seller"));
        CORE.put("RevenueShare", List.of("payer", "payee"));
        CORE.put("Availability", List.of("product", "platform"));
        CORE.put("Partnership", List.of("party1", "party2"));
        CORE.put("CoDevelopment", List.of("party1", "party2"));
        CORE.put("LegalDispute", List.of("claimant", "respondent"));
        CORE.put("Agreement", List.of("party1", "party2"));
        CORE.put("Acquisition", List.of("acquirer", "target"));
        CORE.put("Valuation", List.of("company"));
        CORE.put("Role", List.of("person", "organization"));
    }

    // ---------------------------------------------------------------- public API

    /**
     * Scores like the reference scorer given GOLD and PREDICTED: two {@code .jsonl} files, or two folders in which
     * every {@code NAME.jsonl} of the gold folder is compared with the file of the same name in the
     * predicted folder (a missing predicted file counts as nothing extracted).
     *
     * @throws DealgraphException when a file cannot be read or a line is not a JSON object (the
     *                            message names the file and line)
     */
    public static Score scoreFiles(Path gold, Path predicted) {
        List<String> warnings = new ArrayList<>();
        List<ArticleInput> inputs = new ArrayList<>();
        if (Files.isDirectory(gold)) {
            List<Path> goldFiles;
            try (Stream<Path> files = Files.list(gold)) {
                goldFiles = files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                        .sorted((a, b) -> Py.compareCodePoints(a.getFileName().toString(), b.getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                throw new DealgraphException("cannot list gold folder " + gold + ": " + e.getMessage(), e);
            }
            for (Path goldFile : goldFiles) {
                Path predictedFile = predicted.resolve(goldFile.getFileName().toString());
                List<JsonObject> goldFacts = readChecked(goldFile, warnings);
                List<JsonObject> predictedFacts = Files.exists(predictedFile)
                        ? readChecked(predictedFile, warnings) : List.of();
                inputs.add(new ArticleInput(stem(goldFile), goldFacts, predictedFacts));
            }
        } else {
            List<JsonObject> goldFacts = readChecked(gold, warnings);
            List<JsonObject> predictedFacts = readChecked(predicted, warnings);
            inputs.add(new ArticleInput(stem(gold), goldFacts, predictedFacts));
        }
        return scoreArticles(inputs, warnings);
    }

    /**
     * Scores facts already parsed, article by article. Articles are taken in the iteration order of
     * {@code goldByArticle}; an article missing from {@code predictedByArticle} counts as nothing
     * extracted, and predicted articles without gold are ignored.
     */
    public static Score score(Map<String, List<JsonObject>> goldByArticle,
                              Map<String, List<JsonObject>> predictedByArticle) {
        List<String> warnings = new ArrayList<>();
        List<ArticleInput> inputs = new ArrayList<>();
        for (Map.Entry<String, List<JsonObject>> e : goldByArticle.entrySet()) {
            List<JsonObject> predictedFacts = predictedByArticle.getOrDefault(e.getKey(), List.of());
            warnUnknown(e.getKey() + " (gold)", e.getValue(), warnings);
            warnUnknown(e.getKey() + " (predicted)", predictedFacts, warnings);
            inputs.add(new ArticleInput(e.getKey(), e.getValue(), predictedFacts));
        }
        return scoreArticles(inputs, warnings);
    }

    /** Scores the facts of one article. */
    public static Score score(String article, List<JsonObject> gold, List<JsonObject> predicted) {
        Map<String, List<JsonObject>> g = new LinkedHashMap<>();
        g.put(article, gold);
        return score(g, Map.of(article, predicted));
    }

    /**
     * Reads a deal-facts JSON Lines file as the reference scorer does (blank lines skipped).
     *
     * @throws DealgraphException naming the file and line of a line that is not a JSON object
     */
    public static List<JsonObject> readFacts(Path file) {
        return FactsReader.read(file).stream().map(FactsReader.Line::fact).toList();
    }

    /**
     * Parses one line of deal-facts JSON with the same strictness as {@link #readFacts(Path)};
     * {@code where} (e.g. {@code "article 001, fact 3"}) is named in the exception message.
     */
    public static JsonObject parseFact(String json, String where) {
        return FactsReader.parseLine(Py.strip(json), where);
    }

    /** The name folding of the reference scorer ({@code fold}): {@code "The Walt Disney Co."} becomes {@code "walt disney"}. */
    public static String fold(String name) {
        return Py.foldString(name);
    }

    // ---------------------------------------------------------------- the rules of the reference scorer

    private record ArticleInput(String article, List<JsonObject> gold, List<JsonObject> predicted) {
    }

    private static List<JsonObject> readChecked(Path file, List<String> warnings) {
        List<JsonObject> facts = new ArrayList<>();
        for (FactsReader.Line line : FactsReader.read(file)) {
            if (!isKnownType(line.fact().get("type"))) {
                warnings.add(file + ":" + line.number() + ": unknown type " + Py.repr(line.fact().get("type"))
                        + ", counted as wrong");
            }
            facts.add(line.fact());
        }
        return facts;
    }

    private static void warnUnknown(String where, List<JsonObject> facts, List<String> warnings) {
        for (int i = 0; i < facts.size(); i++) {
            if (!isKnownType(facts.get(i).get("type"))) {
                warnings.add(where + ":" + (i + 1) + ": unknown type " + Py.repr(facts.get(i).get("type"))
                        + ", counted as wrong");
            }
        }
    }

    private static boolean isKnownType(JsonValue type) {
        return Py.isStr(type) && CORE.containsKey(type.getAsString().value());
    }

    /** Python's {@code Path.stem}. */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(0, dot) : name;
    }

    /** One row of the per-type table: the type as printed and its counts. */
    private static final class Row {
        final String display;
        int gold;
        int predicted;
        int matched;

        Row(String display) {
            this.display = display;
        }
    }

    /** A key that is equal for type values that Python's dict treats as the same key ({@code True == 1 == 1.0}). */
    private static String typeKey(JsonValue type) {
        if (Py.isNone(type)) {
            return "None";
        }
        if (type.isString()) {
            return "s:" + type.getAsString().value();
        }
        if (type.isBoolean() || type.isNumber()) {
            return "n:" + Py.numericValue(type).stripTrailingZeros().toPlainString();
        }
        return "r:" + Py.repr(type);
    }

    private static Row row(Map<String, Row> byType, JsonValue type) {
        return byType.computeIfAbsent(typeKey(type), k -> new Row(Py.str(type)));
    }

    private static Score scoreArticles(List<ArticleInput> inputs, List<String> warnings) {
        int totalGold = 0;
        int totalPredicted = 0;
        int totalMatched = 0;
        int totalAttributes = 0;
        int totalAttributesOk = 0;
        Map<String, Row> byType = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        List<Score.ArticleScore> articles = new ArrayList<>();

        for (ArticleInput input : inputs) {
            String article = input.article();
            int matched = 0;
            int attributes = 0;
            int attributesOk = 0;
            List<JsonObject> unmatched = new ArrayList<>(input.predicted());
            for (JsonObject gf : input.gold()) {
                JsonValue t = gf.get("type");
                Row row = row(byType, t);
                row.gold++;
                JsonObject hit = null;
                int best = -1;
                if (isKnownType(t)) {
                    String type = t.getAsString().value();
                    for (JsonObject pf : unmatched) {
                        if (Py.isStr(pf.get("type")) && pf.get("type").getAsString().value().equals(type)
                                && coreMatch(type, gf, pf)) {
                            int agreement = agreement(type, gf, pf);
                            if (agreement > best) {
                                best = agreement;
                                hit = pf;
                            }
                        }
                    }
                }
                if (hit == null) {
                    details.add("  missed   [" + article + "] " + Py.dumps(gf));
                    continue;
                }
                removeFirstEqual(unmatched, hit);
                row.matched++;
                matched++;
                List<String> core = CORE.get(t.getAsString().value());
                for (Map.Entry<String, JsonValue> e : gf.entrySet()) {
                    String k = e.getKey();
                    if (k.equals("type") || k.equals("evidence") || core.contains(k)) {
                        continue;
                    }
                    attributes++;
                    if (attrEqual(e.getValue(), hit.get(k))) {
                        attributesOk++;
                    } else {
                        details.add("  attr     [" + article + "] " + t.getAsString().value() + "." + k + ": gold "
                                + Py.repr(e.getValue()) + " got " + Py.repr(hit.get(k)));
                    }
                }
            }
            for (JsonObject pf : unmatched) {
                row(byType, pf.get("type"));
                details.add("  spurious [" + article + "] " + Py.dumps(pf));
            }
            for (JsonObject pf : input.predicted()) {
                row(byType, pf.get("type")).predicted++;
            }
            totalGold += input.gold().size();
            totalPredicted += input.predicted().size();
            totalMatched += matched;
            totalAttributes += attributes;
            totalAttributesOk += attributesOk;
            articles.add(new Score.ArticleScore(article, input.gold().size(), input.predicted().size(), matched,
                    attributes, attributesOk));
        }

        List<Row> rows = new ArrayList<>(byType.values());
        rows.sort((a, b) -> Py.compareCodePoints(a.display, b.display)); // stable, like Python's sorted
        List<Score.TypeCount> types = rows.stream()
                .map(r -> new Score.TypeCount(r.display, r.gold, r.predicted, r.matched)).toList();
        return new Score(articles, types, totalGold, totalPredicted, totalMatched, totalAttributes,
                totalAttributesOk, details, warnings);
    }

    /** Python's {@code list.remove(x)}: removes the first element equal to {@code x}. */
    private static void removeFirstEqual(List<JsonObject> list, JsonObject x) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == x || Py.equal(list.get(i), x)) {
                list.remove(i);
                return;
            }
        }
    }

    /** {@code names(value)}: the folded acceptable names of a field (a list gives several). */
    static Set<String> names(JsonValue value) {
        Set<String> names = new HashSet<>();
        if (Py.isList(value)) {
            for (JsonValue v : value.getAsArray()) {
                if (!Py.isNone(v)) {
                    names.add(Py.fold(v));
                }
            }
        } else if (!Py.isNone(value)) {
            names.add(Py.fold(value));
        }
        return names;
    }

    private static boolean same(JsonObject gold, String goldKey, JsonObject pred, String predKey) {
        if (Py.isNone(pred.get(predKey))) {
            return false;
        }
        Set<String> g = names(gold.get(goldKey));
        g.retainAll(names(pred.get(predKey)));
        return !g.isEmpty();
    }

    /** {@code core_match(gold, pred)} of the reference scorer. */
    static boolean coreMatch(String type, JsonObject gold, JsonObject pred) {
        List<String> keys = CORE.get(type);
        boolean all = true;
        for (String k : keys) {
            if (!same(gold, k, pred, k)) {
                all = false;
                break;
            }
        }
        if (all) {
            return true;
        }
        if (SYMMETRIC.contains(type) && keys.size() == 2) {
            return same(gold, keys.get(0), pred, keys.get(1)) && same(gold, keys.get(1), pred, keys.get(0));
        }
        return false;
    }

    /** How many of the gold fact's attributes the predicted fact gets right. */
    static int agreement(String type, JsonObject gold, JsonObject pred) {
        List<String> core = CORE.get(type);
        int n = 0;
        for (Map.Entry<String, JsonValue> e : gold.entrySet()) {
            String k = e.getKey();
            if (!k.equals("type") && !k.equals("evidence") && !core.contains(k) && attrEqual(e.getValue(), pred.get(k))) {
                n++;
            }
        }
        return n;
    }

    /** {@code attr_equal(g, p)} of the reference scorer; {@code null} is a missing value. */
    static boolean attrEqual(JsonValue g, JsonValue p) {
        if (Py.isNone(p)) {
            return false;
        }
        if (p.isArray()) {
            for (JsonValue x : p.getAsArray()) {
                if (attrEqual(g, x)) {
                    return true;
                }
            }
            return false;
        }
        if (Py.isBool(g) || p.isBoolean()) {
            return Py.isBool(g) && p.isBoolean() && g.getAsBoolean().value() == p.getAsBoolean().value();
        }
        if (Py.isNumber(g)) {
            return p.isNumber() && Py.withinOnePercent(g, p);
        }
        if (Py.isList(g)) {
            for (JsonValue x : g.getAsArray()) {
                if (attrEqual(x, p)) {
                    return true;
                }
            }
            return false;
        }
        String gs = Py.str(g);
        String ps = Py.str(p);
        if (isPartialDate(gs)) {
            int n = gs.codePointCount(0, gs.length());
            int pn = ps.codePointCount(0, ps.length());
            return ps.substring(0, ps.offsetByCodePoints(0, Math.min(n, pn))).equals(gs);
        }
        String fg = Py.foldString(gs);
        String fp = Py.foldString(ps);
        return !fg.isEmpty() && !fp.isEmpty() && (fg.equals(fp) || fp.contains(fg) || fg.contains(fp));
    }

    /** {@code re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s)}, with Python's Unicode {@code \d}. */
    private static boolean isPartialDate(String s) {
        int[] cps = s.codePoints().toArray();
        if (cps.length != 4 && cps.length != 7 && cps.length != 10) {
            return false;
        }
        for (int i = 0; i < cps.length; i++) {
            boolean dash = i == 4 || i == 7;
            if (dash ? cps[i] != '-' : Character.getType(cps[i]) != Character.DECIMAL_DIGIT_NUMBER) {
                return false;
            }
        }
        return true;
    }
}
