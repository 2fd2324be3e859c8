package org.dealgraph.load;

import org.apache.jena.rdf.model.Model;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleReader;
import org.dealgraph.extract.Extractor;
import org.dealgraph.extract.Fact;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The pipeline from article files to named graphs: read, extract, map, then replace the article's graph
 * in one transaction. An article that fails at any step leaves the store as it was.
 */
public final class ArticleLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

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

    /** Loads one article, replacing any earlier version of its graph. */
    public LoadReport.Loaded load(Article article) {
        List<Fact> facts = extractor.extract(article);
        Model model = mapper.toModel(article, facts);
        String graph = iris.article(article.id());
        store.replaceGraph(graph, model.getGraph());
        return new LoadReport.Loaded(article.id(), graph, facts.size(), model.size());
    }

    /** Loads one article file. */
    public LoadReport.Loaded load(Path file) {
        return load(ArticleReader.read(file));
    }

    /**
     * Loads every article named: files as given, folders by their {@code *.txt} files (recursively, in name order).
     * A file that fails is reported with its reason and skipped; the others load.
     */
    public LoadReport loadAll(List<Path> filesOrFolders) {
        List<LoadReport.Loaded> loaded = new ArrayList<>();
        List<LoadReport.Failure> failures = new ArrayList<>();
        for (Path file : articleFiles(filesOrFolders)) {
            try {
                LoadReport.Loaded one = load(file);
                loaded.add(one);
                LOG.info("Loaded {}: {} facts, {} triples", file, one.facts(), one.triples());
            } catch (DealgraphException | IllegalArgumentException e) {
                failures.add(new LoadReport.Failure(file, e.getMessage()));
                LOG.warn("Skipped {}: {}", file, e.getMessage());
            }
        }
        return new LoadReport(loaded, failures);
    }

    /** The article files named by a list of files and folders, folders expanded recursively to their .txt files. */
    public static List<Path> articleFiles(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".txt"))
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
