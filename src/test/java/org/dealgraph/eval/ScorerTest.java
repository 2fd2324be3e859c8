package org.dealgraph.eval;

import org.apache.jena.atlas.json.JsonObject;
import org.dealgraph.DealgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorer's API and the Python semantics it reproduces, checked against values recorded from Python. */
class ScorerTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");

    private static JsonObject fact(String json) {
        return Scorer.parseFact(json, "test");
    }

    @Test
    void foldsNamesExactlyAsScorePy() throws IOException {
        for (String line : Files.readAllLines(EVAL.resolve("fold.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            assertEquals(line.substring(tab + 1), Scorer.fold(line.substring(0, tab)), line);
        }
    }

    @Test
    void printsFloatsAsPythonRepr() throws IOException {
        for (String line : Files.readAllLines(EVAL.resolve("float-repr.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ");
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
            assertEquals(parts[1], Py.floatRepr(d), parts[0]);
        }
    }

    @Test
    void keepsNumbersBooleansAndStringsApart() {
        JsonObject f = fact("{\"a\": 50000000000, \"b\": 1e10, \"c\": \"1e10\", \"d\": true, \"e\": 27.0, \"f\": 1.5e1, \"g\": 1E0}");
        assertTrue(Py.isInt(f.get("a")));
        assertFalse(Py.isInt(f.get("b")));
        assertTrue(f.get("c").isString());
        assertTrue(f.get("d").isBoolean());
        assertEquals("{\"a\": 50000000000, \"b\": 10000000000.0, \"c\": \"1e10\", \"d\": true, \"e\": 27.0, \"f\": 15.0, \"g\": 1.0}",
                Py.dumps(f));
        assertTrue(Scorer.attrEqual(f.get("a"), fact("{\"x\": 5e10}").get("x")));
        assertFalse(Scorer.attrEqual(f.get("a"), fact("{\"x\": \"50000000000\"}").get("x")));
        assertFalse(Scorer.attrEqual(fact("{\"x\": true}").get("x"), fact("{\"x\": 1}").get("x")));
    }

    /** Expected texts are Python's json.dumps(f) and repr(f) of the same line (recorded with python3 3.11). */
    @Test
    void dumpsAndReprLikePython() {
        JsonObject f = fact("{\"a\": \"x\\/y \\ud83d\\ude00 \\u00e9 \\\"q\\\" \\\\\", \"c\": 1e-7, \"d\": -5, "
                + "\"e\": 123456789012345678901234567890, \"f\": [], \"g\": {}, \"h\": 1.5e300, \"i\": \"\\u0001\\u007f\\u0085\\u00a0x\"}");
        assertEquals("{\"a\": \"x/y \\ud83d\\ude00 \\u00e9 \\\"q\\\" \\\\\", \"c\": 1e-07, \"d\": -5, "
                + "\"e\": 123456789012345678901234567890, \"f\": [], \"g\": {}, \"h\": 1.5e+300, \"i\": \"\\u0001\\u007f\\u0085\\u00a0x\"}",
                Py.dumps(f));
        assertEquals("{'a': 'x/y \uD83D\uDE00 \u00e9 \"q\" \\\\', 'c': 1e-07, 'd': -5, 'e': 123456789012345678901234567890, "
                + "'f': [], 'g': {}, 'h': 1.5e+300, 'i': '\\x01\\x7f\\x85\\xa0x'}", Py.repr(f));
    }

    @Test
    void summaryLineRoundsHalfEvenOnTheBinaryValue() {
        Score score = new Score(List.of(), List.of(), 1, 8, 1, 8, 1, List.of(), List.of());
        assertEquals("facts: P=0.12 R=1.00 F1=0.22 attributes=0.12 (gold 1, predicted 8, matched 1)", score.summaryLine());
        assertEquals("facts: P=0.00 R=0.00 F1=0.00 attributes=0.00 (gold 0, predicted 0, matched 0)",
                new Score(List.of(), List.of(), 0, 0, 0, 0, 0, List.of(), List.of()).summaryLine());
    }

    @Test
    void scoresParsedFactsPerArticle() {
        Map<String, List<JsonObject>> gold = new LinkedHashMap<>();
        gold.put("a", List.of(fact("{\"type\": \"Stake\", \"holder\": \"Microsoft\", \"company\": \"OpenAI\", \"percent\": 27, \"approximate\": true}"),
                fact("{\"type\": \"Role\", \"person\": \"Andy Jassy\", \"organization\": \"Amazon\", \"title\": \"CEO\"}")));
        gold.put("b", List.of(fact("{\"type\": \"Valuation\", \"company\": \"Scale AI\", \"amountUSD\": 29000000000}")));
        Map<String, List<JsonObject>> predicted = Map.of("a", List.of(
                fact("{\"type\": \"Stake\", \"holder\": \"Microsoft Corp.\", \"company\": \"OpenAI\", \"percent\": 27.1, \"approximate\": false}"),
                fact("{\"type\": \"Agreement\", \"party1\": \"Microsoft\", \"party2\": \"OpenAI\"}")));
        Score score = Scorer.score(gold, predicted);
        assertEquals(3, score.gold());
        assertEquals(2, score.predicted());
        assertEquals(1, score.matched());
        assertEquals(0.5, score.precision());
        assertEquals(1.0 / 3, score.recall());
        assertEquals(0.5, score.attributeAccuracy());
        assertEquals(0.5, score.articleF1().get("a"));
        assertEquals(0.0, score.articleF1().get("b"));
        assertEquals(List.of("a", "b"), List.copyOf(score.articleF1().keySet()));
        assertEquals(1, score.type("Stake").orElseThrow().matched());
        assertEquals(List.of(
                "  attr     [a] Stake.approximate: gold True got False",
                "  missed   [a] {\"type\": \"Role\", \"person\": \"Andy Jassy\", \"organization\": \"Amazon\", \"title\": \"CEO\"}",
                "  spurious [a] {\"type\": \"Agreement\", \"party1\": \"Microsoft\", \"party2\": \"OpenAI\"}",
                "  missed   [b] {\"type\": \"Valuation\", \"company\": \"Scale AI\", \"amountUSD\": 29000000000}"),
                score.details());
        assertEquals("facts: P=0.50 R=0.33 F1=0.40 attributes=0.50 (gold 3, predicted 2, matched 1)", score.summaryLine());
    }

    @Test
    void devsetGoldScoresPerfectlyAgainstItself() {
        Path gold = Path.of("src/test/resources/devset/gold");
        Score score = Scorer.scoreFiles(gold, gold);
        assertEquals(1.0, score.f1());
        assertEquals(1.0, score.attributeAccuracy());
        assertTrue(score.details().isEmpty(), score.details().toString());
        assertTrue(score.warnings().isEmpty(), score.warnings().toString());
    }

    @ParameterizedTest
    @CsvSource({
            "trailing.jsonl, 3", "single-quotes.jsonl, 1", "bare-key.jsonl, 2", "nan.jsonl, 1", "leading-zero.jsonl, 1",
            "trailing-comma.jsonl, 1", "raw-tab.jsonl, 1", "not-object.jsonl, 1", "python-true.jsonl, 1",
            "bare-dot.jsonl, 1", "unterminated.jsonl, 2"})
    void malformedJsonNamesFileAndLine(String file, int line) {
        Path path = EVAL.resolve("malformed").resolve(file);
        DealgraphException e = assertThrows(DealgraphException.class, () -> Scorer.scoreFiles(path, path));
        assertTrue(e.getMessage().startsWith(path + ":" + line + ": not "), e.getMessage());
    }

    @Test
    void missingPredictedFileIsAnError() {
        Path gold = EVAL.resolve("names/gold/names.jsonl");
        DealgraphException e = assertThrows(DealgraphException.class,
                () -> Scorer.scoreFiles(gold, EVAL.resolve("names/pred/nothing.jsonl")));
        assertTrue(e.getMessage().contains("nothing.jsonl"), e.getMessage());
    }
}
