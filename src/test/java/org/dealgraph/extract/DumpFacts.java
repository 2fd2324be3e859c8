package org.dealgraph.extract;

import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactsJson;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Development tool: writes {@code OUT/NAME.jsonl} for every {@code NAME.txt} in the input folders.
 * Usage: {@code DumpFacts OUT DIR...}; with {@code -Ddealgraph.debug=true} it prints masked sentences.
 */
public final class DumpFacts {

    private DumpFacts() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        DealExtractor extractor = DealExtractor.create(Path.of("data/reference/entities.tsv"));
        boolean debug = Boolean.getBoolean("dealgraph.debug");
        for (int i = 1; i < args.length; i++) {
            List<Path> files;
            try (Stream<Path> list = Files.list(Path.of(args[i]))) {
                files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                Article a = ArticleReader.read(f);
                if (debug) {
                    System.out.println("== " + a.id());
                    for (SentenceView s : extractor.analyse(a)) {
                        System.out.println(s.sentence().index() + ": " + s.masked());
                        for (int k = 0; k < s.mentions().size(); k++) {
                            Mention m = s.mentions().get(k);
                            System.out.println("     " + m.kind().letter() + k + " = "
                                    + (m.entity() != null ? m.entity().name() + " [" + m.entity().surface() + "]" : m.value()));
                        }
                    }
                }
                List<String> lines = new ArrayList<>();
                for (Fact fact : extractor.extract(a)) {
                    lines.add(FactsJson.toJsonLine(fact));
                }
                Files.write(out.resolve(a.id() + ".jsonl"), lines, StandardCharsets.UTF_8);
            }
        }
    }
}
