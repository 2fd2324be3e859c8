package org.dealgraph.support;

import java.nio.file.Path;
import java.util.List;

/**
 * The project's two seed articles in {@code data/articles}. Tests whose expectations are those of the seed articles
 * load these two files by name, not the whole of {@code data/articles}, which also holds the real-news corpus.
 */
public final class SeedArticles {
    /** The first seed article, on which the competency questions give their expected answers. */
    public static final String FIRST = "data/articles/000_aeaaa436f013f926.txt";
    /** The second seed article. */
    public static final String SECOND = "data/articles/001_nvidia-aurelia.txt";
    /** The service setting that loads the two seed articles, and nothing else, on start. */
    public static final String LOCATION = "dealgraph.articles.location=" + FIRST + "," + SECOND;

    private SeedArticles() {
    }

    /** The two seed article files. */
    public static List<Path> files() {
        return List.of(Path.of(FIRST), Path.of(SECOND));
    }
}
