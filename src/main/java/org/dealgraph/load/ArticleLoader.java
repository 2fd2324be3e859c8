package org.dealgraph.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleMetadata;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.extract.Extractor;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactsJson;
import org.dealgraph.store.GraphStore;
import org.dealgraph.store.StoreWriteException;
import org.dealgraph.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The pipeline from article files to named graphs: read, extract, map, then replace the article's graph.
 * Reading, extraction and mapping run in parallel; the store is written by one thread. Each article is written
 * whole inside a transaction, so it is either loaded whole or not at all; when several articles are ready at
 * once they share one transaction (a commit is the costly part of a write), and if that transaction fails they
 * are written one by one.
 */
public final class ArticleLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);
    /** The most articles written in one transaction. */
    static final int MAX_BATCH = 64;

    private final Extractor extractor;
    private final Iris iris;
    private final FactMapper mapper;
    private final GraphStore store;

    public ArticleLoader(Extractor extractor, Iris iris, GraphStore store) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.mapper = new FactMapper(iris);
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Puts the ontology packaged with the application ({@code ontology/dealgraph.ttl}) into the store's ontology
     * graph ({@link GraphStore#ONTOLOGY_GRAPH}), so that queries over the store see the class and property
     * hierarchy; a store that already holds the same ontology is not written.
     *
     * @return whether the ontology graph was written
     */
    public boolean refreshOntology() {
        boolean written = store.refreshOntology(org.dealgraph.Resources.turtle(org.dealgraph.Resources.ONTOLOGY));
        if (written) {
            LOG.info("The ontology graph <{}> was written from the packaged ontology", GraphStore.ONTOLOGY_GRAPH);
        }
        return written;
    }

    /** An article read, extracted and mapped, ready to be written. */
    private record Prepared(Path file, String articleId, String graphName, Graph graph, List<Fact> facts) {
    }

    private Prepared prepare(Article article, Path file) {
        List<Fact> facts = extractor.extract(article);
        Model model = mapper.toModel(article, facts);
        return new Prepared(file, article.id(), iris.article(article.id()), model.getGraph(), facts);
    }

    /** One article loaded, with the facts read from it (written in the deal-facts JSON form by {@link FactsJson}). */
    public record LoadedWithFacts(LoadReport.Loaded loaded, List<Fact> facts) {
        public LoadedWithFacts {
            facts = List.copyOf(facts);
        }
    }

    /** Loads one article, replacing any earlier version of its graph, and gives back the facts read from it. */
    public LoadedWithFacts loadWithFacts(Article article) {
        Prepared prepared = prepare(article, null);
        LoadReport.Loaded loaded = write(prepared);
        return new LoadedWithFacts(loaded, prepared.facts());
    }

    /**
     * Loads one new article and gives back the facts read from it, or empty if its graph exists already (checked
     * and written in one transaction, so of two loads of the same new article only one succeeds).
     */
    public java.util.Optional<LoadedWithFacts> loadNewWithFacts(Article article) {
        Prepared prepared = prepare(article, null);
        if (!store.addGraph(prepared.graphName(), prepared.graph())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LoadedWithFacts(loadedOf(prepared), prepared.facts()));
    }

    private LoadReport.Loaded write(Prepared prepared) {
        store.replaceGraph(prepared.graphName(), prepared.graph());
        return loadedOf(prepared);
    }

    private static LoadReport.Loaded loadedOf(Prepared prepared) {
        return new LoadReport.Loaded(prepared.articleId(), prepared.graphName(), prepared.facts().size(),
                prepared.graph().size());
    }

    /** Loads one article, replacing any earlier version of its graph. */
    public LoadReport.Loaded load(Article article) {
        return write(prepare(article, null));
    }

    /** Loads one article file. */
    public LoadReport.Loaded load(Path file) {
        return load(ArticleReader.read(file));
    }

    /** {@link #loadAll(List, int, LoadProgress)} on every core, without progress reports. */
    public LoadReport loadAll(List<Path> filesOrFolders) {
        return loadAll(filesOrFolders, Runtime.getRuntime().availableProcessors(), LoadProgress.NONE);
    }

    /**
     * Loads every article named: files as given, folders by their article files (recursively, in name order;
     * see {@link ArticleReader#EXTENSIONS}).
     * A file that fails — unreadable, malformed, or an identifier already taken by another file of this load —
     * is reported with its reason and skipped; the others load.
     *
     * @param threads how many articles are read and extracted at once
     */
    public LoadReport loadAll(List<Path> filesOrFolders, int threads, LoadProgress progress) {
        return loadAll(filesOrFolders, threads, progress, ArticleMetadata.NONE);
    }

    /**
     * As {@link #loadAll(List, int, LoadProgress)}, with metadata that replaces what the files state.
     */
    public LoadReport loadAll(List<Path> filesOrFolders, int threads, LoadProgress progress, ArticleMetadata overrides) {
        if (threads < 1) {
            throw new DealgraphException("The number of loading threads must be at least 1, got " + threads);
        }
        List<Path> files = articleFiles(filesOrFolders);
        List<LoadReport.Loaded> loaded = new ArrayList<>();
        List<LoadReport.Failure> failures = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        progress.started(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dealgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window of articles in flight keeps memory flat however many files there are.
            int window = Math.max(threads * 4, MAX_BATCH * 2);
            Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
            Deque<Path> inFlightFiles = new ArrayDeque<>();
            Iterator<Path> pending = files.iterator();
            while (pending.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && pending.hasNext()) {
                    Path file = pending.next();
                    inFlightFiles.add(file);
                    inFlight.add(pool.submit(() -> prepare(ArticleReader.read(file).with(overrides), file)));
                }
                // Wait for the oldest article, then take every later one that is ready too (up to a batch).
                List<Prepared> batch = new ArrayList<>();
                do {
                    Path file = inFlightFiles.poll();
                    try {
                        Prepared prepared = inFlight.poll().get();
                        Path earlier = seen.putIfAbsent(prepared.articleId(), file);
                        if (earlier != null) {
                            throw new DealgraphException("the article identifier " + prepared.articleId()
                                    + " is already taken by " + earlier + " in this load; rename one of the files");
                        }
                        batch.add(prepared);
                    } catch (ExecutionException e) {
                        fail(failures, file, e.getCause());
                    } catch (DealgraphException e) {
                        fail(failures, file, e);
                    }
                } while (batch.size() < MAX_BATCH && !inFlight.isEmpty() && inFlight.peek().isDone());
                write(batch, loaded, failures);
                progress.advanced(loaded.size() + failures.size(), failures.size(), files.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DealgraphException("The load was interrupted after " + loaded.size() + " articles", e);
        } catch (Stopped e) {
            int notLoaded = files.size() - loaded.size() - failures.size();
            throw new DealgraphException("Loading stopped at the article " + e.articleId + " ("
                    + (e.file == null ? "no file" : e.file) + "): " + e.getCause().getMessage() + " Loaded before it: "
                    + loaded.size() + " articles (they are in the store); skipped for other reasons: " + failures.size()
                    + "; not loaded: " + notLoaded + ".", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        LoadReport report = new LoadReport(loaded, failures);
        progress.finished(report);
        return report;
    }

    /**
     * Writes whole articles, several to a transaction; if that transaction fails, each article is tried on its
     * own so that one bad article costs only itself. Either way no article is ever half written.
     */
    private void write(List<Prepared> batch, List<LoadReport.Loaded> loaded, List<LoadReport.Failure> failures) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() > 1) {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            batch.forEach(p -> graphs.put(p.graphName(), p.graph()));
            try {
                store.replaceGraphs(graphs);
                batch.forEach(p -> loaded.add(loadedOf(p)));
                return;
            } catch (RuntimeException e) {
                LOG.debug("A batch of {} articles failed; writing them one by one", batch.size(), e);
            }
        }
        for (Prepared prepared : batch) {
            try {
                loaded.add(write(prepared));
            } catch (StoreWriteException e) {
                // The store itself fails (a full disk): every later article would fail the same way.
                throw new Stopped(prepared.file(), prepared.articleId(), e);
            } catch (RuntimeException e) {
                fail(failures, prepared.file(), e);
            }
        }
    }

    /** The store could not be written while writing the article of {@code file}: the load stops there. */
    private static final class Stopped extends RuntimeException {
        private final transient Path file;
        private final String articleId;

        Stopped(Path file, String articleId, StoreWriteException cause) {
            super(cause);
            this.file = file;
            this.articleId = articleId;
        }
    }

    private static void fail(List<LoadReport.Failure> failures, Path file, Throwable e) {
        failures.add(new LoadReport.Failure(file, reason(e)));
        LOG.warn("Skipped {}: {}", file, reason(e));
    }

    private static String reason(Throwable e) {
        if (e instanceof DealgraphException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The article files named by a list of files and folders, folders expanded recursively to their article files. */
    public static List<Path> articleFiles(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ArticleReader::isArticleFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new DealgraphException("Cannot list the folder " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new DealgraphException("No such article file or folder: " + p.toAbsolutePath());
            }
        }
        return files;
    }
}
