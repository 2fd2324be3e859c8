package org.dealgraph.bench;

import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.extract.Sentence;
import org.dealgraph.extract.SentenceSplitter;
import org.dealgraph.nlp.LanguageAnalyzer;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * Extraction speed on real-text articles, on one thread (so the rate is per core): the time to load the language
 * models, then rounds over the articles for reading only (the baseline), for the linguistic analysis (sentences,
 * tokens, tags, lemmas) and for the whole extraction, with the peak heap of each phase. Rates are also given as
 * ratios to the baseline, measured in the same process.
 */
public final class RealTextBenchmark {

    /** One measured phase. */
    public record Phase(String name, int articles, double seconds, long peakHeapBytes) {
        public double rate() {
            return articles / seconds;
        }
    }

    /** Everything measured. */
    public record Result(int articleCount, long words, double modelLoadMillis, double extractorMillis, Phase baseline,
                         Phase analysis, Phase extraction) {
    }

    private final List<Path> files;
    private final double seconds;
    private final PrintStream out;

    /**
     * @param files   the articles
     * @param seconds how long each phase should run at least (it repeats the articles in whole rounds)
     */
    public RealTextBenchmark(List<Path> files, double seconds, PrintStream out) {
        if (files.isEmpty()) {
            throw new DealgraphException("The real-text benchmark needs at least one article");
        }
        this.files = List.copyOf(files);
        this.seconds = seconds;
        this.out = out;
    }

    public Result run() {
        long t0 = System.nanoTime();
        double modelMillis = LanguageAnalyzer.modelLoadMillis();
        DealExtractor extractor = DealExtractor.createDefault();
        double extractorMillis = (System.nanoTime() - t0) / 1e6;
        List<Article> articles = files.stream().map(ArticleReader::read).toList();
        SentenceSplitter splitter = extractor.splitter();
        long words = 0;
        for (Article a : articles) {
            for (Sentence s : splitter.sentences(a)) {
                words += s.tokens().size();
            }
        }
        // Warm-up, not measured.
        repeat(0.3 * seconds, () -> articles.forEach(extractor::extract));
        Phase baseline = measure("reading only (baseline)", () -> files.forEach(ArticleReader::read));
        Phase analysis = measure("reading + sentences, tokens, tags, lemmas", () -> files.forEach(f -> splitter.sentences(ArticleReader.read(f))));
        Phase extraction = measure("reading + extraction", () -> files.forEach(f -> extractor.extract(ArticleReader.read(f))));
        return new Result(articles.size(), words, modelMillis, extractorMillis, baseline, analysis, extraction);
    }

    public String report(Result r) {
        StringBuilder sb = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        sb.append(String.format("Dealgraph real-text benchmark: %d articles (%d tokens), 1 thread, Java %s, max heap %d MiB%n",
                r.articleCount(), r.words(), Runtime.version().feature(), rt.maxMemory() >> 20));
        sb.append(String.format("  language models loaded in %.0f ms; extractor (models, rules, reference list) ready in %.0f ms%n",
                r.modelLoadMillis(), r.extractorMillis()));
        for (Phase p : List.of(r.baseline(), r.analysis(), r.extraction())) {
            sb.append(String.format("  %-42s %8.1f articles/s per core  %9.0f tokens/s  peak heap %5d MiB  time x%.1f of the baseline%n",
                    p.name(), p.rate(), p.rate() * r.words() / r.articleCount(), p.peakHeapBytes() >> 20,
                    r.baseline().rate() / p.rate()));
        }
        return sb.toString();
    }

    private Phase measure(String name, Runnable round) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        int rounds = repeat(seconds, round);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Phase phase = new Phase(name, rounds * files.size(), elapsed, peak);
        out.printf("  %s: %.1f articles/s%n", name, phase.rate());
        return phase;
    }

    private static int repeat(double seconds, Runnable round) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int rounds = 0;
        do {
            round.run();
            rounds++;
        } while (System.nanoTime() < end);
        return rounds;
    }
}
