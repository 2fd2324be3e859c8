package org.dealgraph.extract;

import org.dealgraph.fact.Fact;

import org.dealgraph.article.Article;

import java.util.List;

/** Reads the deal facts an article states. Implementations are stateless and thread-safe. */
public interface Extractor {
    List<Fact> extract(Article article);
}
