package org.dealgraph.bench;

import org.dealgraph.DealgraphException;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.eval.Evaluation;
import org.dealgraph.eval.Score;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.extract.Extractor;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.load.LoadProgress;
import org.dealgraph.load.LoadReport;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Measures extraction and loading on a synthetic corpus, in one process: reading alone (the baseline),
 * reading and extraction, and reading, extraction and loading into a new TDB2 store, each on the same
 * articles with the same number of threads, plus the peak heap of each phase.
 */
public final class Benchmark {
    private static final int WARM_UP = 300;
    private static final int SCORED = 500;

    private final int articles;
    private final int threads;
    private final PrintStream out;

    public Benchmark(int articles, int threads, PrintStream out) {
        if (articles < 1) {
            throw new DealgraphException("The benchmark needs at least one article, got " + articles);
        }
        if (threads < 1) {
            throw new DealgraphException("The benchmark needs at least one thread, got " + threads);
        }
        this.articles = articles;
        this.threads = threads;
        this.out = out;
    }

    /** One measured phase. */
    public record Phase(String name, int articles, double seconds, long peakHeapBytes) {
        public double rate() {
            return articles / seconds;
        }
    }

    /** Everything measured. */
    public record Result(Phase baseline, Phase extraction, Phase load, long triples, Score syntheticScore) {
    }

    /** Runs the benchmark in {@code folder} (the corpus and the store are written there). */
    public Result run(Path folder) {
        out.printf("Generating %d synthetic articles in %s%n", articles, folder);
        new CorpusGenerator(20261126L).write(folder, articles);
        List<Path> files = ArticleLoader.articleFiles(List.of(folder.resolve("articles")));
        Extractor extractor = DealExtractor.createDefault();

        // Warm-up, not measured: lets the JIT compile the hot paths before the clock starts.
        parallel(files.subList(0, Math.min(WARM_UP, files.size())), f -> extractor.extract(ArticleReader.read(f)));

        Phase baseline = measure("reading only (baseline)", files.size(), () -> parallel(files, ArticleReader::read));
        Phase extraction = measure("reading + extraction", files.size(),
                () -> parallel(files, f -> extractor.extract(ArticleReader.read(f))));
        long[] triples = new long[1];
        Phase load = measure("reading + extraction + TDB2 load", files.size(), () -> {
            try (GraphStore store = GraphStore.onDisk(folder.resolve("store"))) {
                LoadReport report = new ArticleLoader(extractor, new Iris(Iris.DEFAULT_BASE), store)
                        .loadAll(files, threads, LoadProgress.NONE);
                if (!report.failures().isEmpty()) {
                    throw new DealgraphException("The benchmark load failed on " + report.failures().get(0));
                }
                triples[0] = report.triples();
            }
        });
        Score score = Evaluation.score(extractor, files.subList(0, Math.min(SCORED, files.size())), folder.resolve("gold"),
                file -> {
                    throw new DealgraphException("The generated corpus lacks the gold facts of " + file);
                });
        return new Result(baseline, extraction, load, triples[0], score);
    }

    /** The report for people, with the figures as ratios to the baseline too. */
    public String report(Result r) {
        StringBuilder sb = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        sb.append(String.format("Dealgraph benchmark: %d synthetic articles, %d threads, %d cores, Java %s, max heap %d MiB%n",
                articles, threads, rt.availableProcessors(), Runtime.version().feature(), rt.maxMemory() >> 20));
        for (Phase p : List.of(r.baseline(), r.extraction(), r.load())) {
            sb.append(String.format("  %-34s %8.0f articles/s  %6.0f per thread  %6.2f s  peak heap %5d MiB  time x%.1f of the baseline%n",
                    p.name(), p.rate(), p.rate() / threads, p.seconds(), p.peakHeapBytes() >> 20,
                    p.seconds() / r.baseline().seconds()));
        }
        sb.append(String.format("  loading costs x%.2f the time of extraction alone; %d triples written%n",
                r.load().seconds() / r.extraction().seconds(), r.triples()));
        sb.append(String.format("  synthetic facts on the first %d articles: %s%n", Math.min(SCORED, articles),
                r.syntheticScore().summaryLine()));
        return sb.toString();
    }

    private Phase measure(String name, int count, Runnable work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Phase phase = new Phase(name, count, seconds, peak);
        out.printf("  %s: %.0f articles/s%n", name, phase.rate());
        return phase;
    }

    private void parallel(List<Path> files, Consumer<Path> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = Math.max(1, files.size() / (threads * 8));
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i += chunk) {
                List<Path> part = files.subList(i, Math.min(files.size(), i + chunk));
                futures.add(pool.submit(() -> part.forEach(work)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new DealgraphException("The benchmark failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Deletes a folder the benchmark wrote. */
    public static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new DealgraphException("Cannot delete " + p + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new DealgraphException("Cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
