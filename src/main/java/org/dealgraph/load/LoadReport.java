package org.dealgraph.load;

import java.nio.file.Path;
import java.util.List;

/** What a load did: the articles loaded and the files skipped with their reasons. */
public record LoadReport(List<Loaded> loaded, List<Failure> failures) {
    public LoadReport {
        loaded = List.copyOf(loaded);
        failures = List.copyOf(failures);
    }

    /** One article loaded into its named graph. */
    public record Loaded(String articleId, String graph, int facts, long triples) {
    }

    /** One file that could not be loaded, and why. */
    public record Failure(Path file, String reason) {
    }

    public int facts() {
        return loaded.stream().mapToInt(Loaded::facts).sum();
    }

    public long triples() {
        return loaded.stream().mapToLong(Loaded::triples).sum();
    }

    /** One line for people: articles, facts, triples, failures. */
    public String summary() {
        return String.format("%d articles loaded, %d facts, %d triples, %d failed",
                loaded.size(), facts(), triples(), failures.size());
    }
}
