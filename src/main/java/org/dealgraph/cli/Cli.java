package org.dealgraph.cli;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.Severity;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleMetadata;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.bench.Benchmark;
import org.dealgraph.bench.RealTextBenchmark;
import org.dealgraph.eval.Evaluation;
import org.dealgraph.eval.Score;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.extract.Extractor;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactsJson;
import org.dealgraph.load.ArticleLoader;
import org.dealgraph.load.LoadReport;
import org.dealgraph.load.ShapesValidator;
import org.dealgraph.security.Accounts;
import org.dealgraph.store.GraphStore;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line commands other than {@code serve}. Each returns an exit status: 0 for success,
 * 1 when the work found a problem (a failed file, a non-conforming store), 2 for a usage error.
 */
public final class Cli {
    static final String USAGE = """
            Usage: dealgraph COMMAND [OPTIONS]

            Commands:
              serve [--dealgraph.NAME=VALUE ...]      start the service (the default command)
              extract --facts [--out DIR] FILE|DIR... print the deal facts of articles as JSON Lines,
                                                      or write DIR/NAME.jsonl for each article NAME
              load [--store DIR] [--base IRI] [--threads N] FILE|DIR...
                                                      load articles into the store (one named graph each)
              validate [--store DIR]                  check each article graph against the SHACL shapes
                                                      (exit 1 on violations) and the union against the
                                                      consistency shapes (clashes are warnings)
              eval [-v] --gold DIR [--split TSV] FILE|DIR...
                                                      extract articles and score them against gold facts;
                                                      with --split (lines NAME<TAB>PART), each part apart
              bench [--articles N] [--threads N] [--dir DIR]
                                                      measure extraction and loading on a synthetic corpus
                                                      (default 10000 articles; DIR is kept, a temporary
                                                      folder is deleted)
              bench --real [--seconds S] FILE|DIR...  measure extraction on real articles on one thread:
                                                      model load time, articles/s per core, peak heap
                                                      (each phase runs at least S seconds, default 10)
              hash-password                           read a password from standard input (one line) and
                                                      print its bcrypt hash for dealgraph.security.users
              help                                    show this text

            Articles: .txt, .html/.htm, .md/.markdown files; folders are searched recursively.
            extract and load take --headline TEXT, --published YYYY-MM-DD, --publisher NAME and
            --source URL to replace what an article file states.

            Defaults: --store store   --base http://localhost:8080/
            """;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }

    public Cli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return 0;
        }
        try {
            Options options = Options.parse(List.of(args).subList(1, args.length));
            return switch (args[0]) {
                case "extract" -> extract(options);
                case "load" -> load(options);
                case "validate" -> validate(options);
                case "eval" -> eval(options);
                case "bench" -> bench(options);
                case "hash-password" -> hashPassword(options);
                default -> usage("Unknown command: " + args[0]);
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (DealgraphException e) {
            err.println("dealgraph: " + e.getMessage());
            return 1;
        }
    }

    /** Reads one line, the password, and prints its hash; the password is never echoed or stored. */
    private int hashPassword(Options options) {
        if (!options.arguments().isEmpty()) {
            throw new UsageException("hash-password takes no arguments; it reads the password from standard input");
        }
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new DealgraphException("Cannot read the password from standard input: " + e.getMessage(), e);
        }
        if (password == null || password.isEmpty()) {
            throw new UsageException("hash-password needs a password on standard input");
        }
        if (password.length() < 12) {
            err.println("dealgraph: warning: a password of fewer than 12 characters is easy to guess");
        }
        out.println(Accounts.hash(password));
        return 0;
    }

    private int usage(String message) {
        err.println("dealgraph: " + message);
        err.print(USAGE);
        return 2;
    }

    private int extract(Options options) {
        if (!options.flag("--facts")) {
            throw new UsageException("extract needs --facts (the only output form so far)");
        }
        if (options.arguments().isEmpty()) {
            throw new UsageException("extract needs at least one article file");
        }
        Extractor extractor = DealExtractor.createDefault();
        Path outDir = options.value("--out").map(Path::of).orElse(null);
        List<Path> files = ArticleLoader.articleFiles(options.paths());
        ArticleMetadata metadata = options.metadata(files.size());
        int failures = 0;
        for (Path file : files) {
            try {
                Article article = ArticleReader.read(file).with(metadata);
                StringBuilder lines = new StringBuilder();
                for (Fact fact : extractor.extract(article)) {
                    lines.append(FactsJson.toJsonLine(fact)).append('\n');
                }
                if (outDir == null) {
                    out.print(lines);
                } else {
                    Files.createDirectories(outDir);
                    Files.writeString(outDir.resolve(article.id() + ".jsonl"), lines, StandardCharsets.UTF_8);
                }
            } catch (DealgraphException e) {
                err.println("dealgraph: skipped " + file + ": " + e.getMessage());
                failures++;
            } catch (IOException e) {
                throw new DealgraphException("Cannot write to " + outDir + ": " + e.getMessage(), e);
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private int load(Options options) {
        if (options.arguments().isEmpty()) {
            throw new UsageException("load needs at least one article file or folder");
        }
        try (GraphStore store = options.openStore()) {
            ArticleLoader loader = new ArticleLoader(DealExtractor.createDefault(), options.iris(), store);
            loader.refreshOntology();
            List<Path> files = ArticleLoader.articleFiles(options.paths());
            LoadReport report = loader.loadAll(files, options.threads(),
                    new ConsoleProgress(err, ConsoleProgress.onTerminal()), options.metadata(files.size()));
            for (LoadReport.Failure failure : report.failures()) {
                err.println("dealgraph: skipped " + failure.file() + ": " + failure.reason());
            }
            // The links of the reference entities, as the service writes them at start.
            try {
                store.putReferenceGraph(org.dealgraph.load.ReferenceLinks.packagedGraph(options.iris()).getGraph());
            } catch (org.dealgraph.store.StoreWriteException e) {
                err.println("dealgraph: the reference entities' links could not be written: " + e.getMessage());
            }
            out.println(report.summary() + " (" + store.description() + ")");
            return report.failures().isEmpty() ? 0 : 1;
        }
    }

    private int validate(Options options) {
        if (!options.arguments().isEmpty()) {
            throw new UsageException("validate takes no arguments besides --store");
        }
        try (GraphStore store = options.openStore()) {
            Map<String, ValidationReport> reports = ShapesValidator.packaged().validate(store);
            int violations = 0;
            for (Map.Entry<String, ValidationReport> entry : reports.entrySet()) {
                ValidationReport report = entry.getValue();
                String graph = entry.getKey();
                if (!report.conforms()) {
                    violations += report.getEntries().size();
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    ShLib.printReport(new PrintStream(buffer, true, StandardCharsets.UTF_8), report);
                    out.println("Graph <" + graph + ">:");
                    out.print(buffer.toString(StandardCharsets.UTF_8));
                }
            }
            // The consistency rules span articles: they see the union. Their findings are warnings (clashing
            // claims are reported, not refused); only a consistency result of severity Violation fails.
            ValidationReport union = ShapesValidator.packaged().validateUnion(store);
            long warnings = union.getEntries().stream().filter(e -> e.severity() != Severity.Violation).count();
            violations += (int) (union.getEntries().size() - warnings);
            if (!union.conforms()) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                ShLib.printReport(new PrintStream(buffer, true, StandardCharsets.UTF_8), union);
                out.println("Consistency of the union of all article graphs:");
                out.print(buffer.toString(StandardCharsets.UTF_8));
            }
            String consistency = warnings == 0 ? "no consistency warnings"
                    : warnings + " consistency warning" + (warnings == 1 ? "" : "s") + " (clashing claims, listed above)";
            out.println(violations == 0
                    ? "Conforms: " + reports.size() + " article graphs checked against the shapes; " + consistency
                    : "Does not conform: " + violations + " violations; " + consistency);
            return violations == 0 ? 0 : 1;
        }
    }

    private int eval(Options options) {
        Path gold = options.value("--gold").map(Path::of)
                .orElseThrow(() -> new UsageException("eval needs --gold DIR (a folder of NAME.jsonl gold files)"));
        if (options.arguments().isEmpty()) {
            throw new UsageException("eval needs at least one article file or folder");
        }
        if (!Files.isDirectory(gold)) {
            throw new DealgraphException("The gold folder " + gold.toAbsolutePath() + " does not exist");
        }
        List<Path> files = ArticleLoader.articleFiles(options.paths());
        DealExtractor extractor = DealExtractor.createDefault();
        java.util.function.Consumer<Path> noGold =
                file -> err.println("dealgraph: no gold facts for " + file + " in " + gold + "; not scored");
        Optional<Path> split = options.value("--split").map(Path::of);
        if (split.isEmpty()) {
            out.print(Evaluation.score(extractor, files, gold, noGold).report(options.flag("-v")));
            return 0;
        }
        Map<String, String> parts = Evaluation.readSplit(split.get());
        Map<String, List<Path>> byPart = new java.util.TreeMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            String part = parts.get(stem);
            if (part == null) {
                err.println("dealgraph: " + f + " is in no part of " + split.get() + "; not scored");
                continue;
            }
            byPart.computeIfAbsent(part, p -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Path>> part : byPart.entrySet()) {
            out.println("== " + part.getKey() + " (" + part.getValue().size() + " articles)");
            out.print(Evaluation.score(extractor, part.getValue(), gold, noGold).report(options.flag("-v")));
        }
        return 0;
    }

    private int bench(Options options) {
        if (options.flag("--real")) {
            if (options.arguments().isEmpty()) {
                throw new UsageException("bench --real needs article files or folders");
            }
            double seconds = options.value("--seconds").map(v -> {
                try {
                    return Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new UsageException("--seconds needs a number, got " + v);
                }
            }).orElse(10.0);
            if (!(seconds > 0)) {
                throw new UsageException("--seconds must be above 0");
            }
            RealTextBenchmark benchmark = new RealTextBenchmark(ArticleLoader.articleFiles(options.paths()), seconds, err);
            out.print(benchmark.report(benchmark.run()));
            return 0;
        }
        if (!options.arguments().isEmpty()) {
            throw new UsageException("bench takes no arguments besides its options");
        }
        int articles = options.positiveInt("--articles", 10_000);
        Path folder = options.value("--dir").map(Path::of).orElse(null);
        boolean temporary = folder == null;
        try {
            if (temporary) {
                folder = Files.createTempDirectory("dealgraph-bench");
            } else if (Files.exists(folder)) {
                throw new DealgraphException("The benchmark folder " + folder + " exists; give a new one");
            }
        } catch (IOException e) {
            throw new DealgraphException("Cannot create a folder for the benchmark: " + e.getMessage(), e);
        }
        try {
            Benchmark benchmark = new Benchmark(articles, options.threads(), err);
            out.print(benchmark.report(benchmark.run(folder)));
        } finally {
            if (temporary) {
                Benchmark.delete(folder);
            }
        }
        return 0;
    }

    /** A mistake in how the command was called; reported with the usage text. */
    static final class UsageException extends DealgraphException {
        UsageException(String message) {
            super(message);
        }
    }
}
