package org.dealgraph.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares the Java scorer with the reference scorer: every {@code expected*.txt} under
 * {@code src/test/resources/eval/} is the exact output of the reference scorer (a Python script) on the fixtures
 * beside it (standard output without and with {@code -v}, and standard error), recorded once when
 * the fixtures were written and run from the module folder with the same relative paths.
 */
class ScorerGoldenTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");

    private static String expected(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String stderr(Score score) {
        return score.warnings().stream().map(w -> w + "\n").reduce("", String::concat);
    }

    /** Cases scored file against file: {@code CASE/gold/CASE.jsonl} against {@code CASE/pred/CASE.jsonl}. */
    @ParameterizedTest
    @ValueSource(strings = {"names", "symmetric", "greedy", "attributes", "types", "rounding", "rounding2"})
    void fileCaseMatchesScorePy(String name) throws IOException {
        Path dir = EVAL.resolve(name);
        Score score = Scorer.scoreFiles(dir.resolve("gold/" + name + ".jsonl"), dir.resolve("pred/" + name + ".jsonl"));
        assertEquals(expected(dir.resolve("expected.txt")), score.report(false), name + " (the reference scorer)");
        assertEquals(expected(dir.resolve("expected-v.txt")), score.report(true), name + " (the reference scorer -v)");
        assertEquals(expected(dir.resolve("expected-stderr.txt")), stderr(score), name + " (the reference scorer stderr)");
    }

    /** Folders: CRLF and blank lines, a hidden .jsonl, a non-.jsonl file, an article missing from the predictions. */
    @Test
    void folderCaseMatchesScorePy() throws IOException {
        Path dir = EVAL.resolve("folder");
        Score score = Scorer.scoreFiles(dir.resolve("gold"), dir.resolve("pred"));
        assertEquals(expected(dir.resolve("expected.txt")), score.report(false));
        assertEquals(expected(dir.resolve("expected-v.txt")), score.report(true));
        assertEquals(expected(dir.resolve("expected-stderr.txt")), stderr(score));
    }

    /** A snapshot of the dev-set gold scored against itself. */
    @Test
    void devsetGoldAgainstItself() throws IOException {
        Path dir = EVAL.resolve("devset");
        Score score = Scorer.scoreFiles(dir.resolve("gold"), dir.resolve("gold"));
        assertEquals(expected(dir.resolve("expected-self-v.txt")), score.report(true));
        assertEquals(expected(dir.resolve("expected-self-stderr.txt")), stderr(score));
        assertEquals(1.0, score.f1());
        assertEquals(1.0, score.attributeAccuracy());
    }

    /** The dev-set gold against a perturbed copy (dropped, reordered, renamed, swapped and mistyped facts, one article missing). */
    @Test
    void devsetGoldAgainstPerturbedCopy() throws IOException {
        Path dir = EVAL.resolve("devset");
        Score score = Scorer.scoreFiles(dir.resolve("gold"), dir.resolve("perturbed"));
        assertEquals(expected(dir.resolve("expected-perturbed.txt")), score.report(false));
        assertEquals(expected(dir.resolve("expected-perturbed-v.txt")), score.report(true));
        assertEquals(expected(dir.resolve("expected-perturbed-stderr.txt")), stderr(score));
    }
}
