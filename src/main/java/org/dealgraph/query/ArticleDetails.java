package org.dealgraph.query;

import java.util.List;
import java.util.Objects;

/**
 * An article and what was read from it.
 *
 * @param iri        the article's IRI, also the name of its graph
 * @param identifier the article's identifier (its file name without {@code .txt})
 * @param headline   the headline
 * @param published  the publication date (ISO 8601), or null
 * @param publisher  the publisher, or null
 * @param text       the text the evidence offsets point into
 * @param deals      the deals read from it, by IRI
 */
public record ArticleDetails(String iri, String identifier, String headline, String published, Entity publisher,
                             String text, List<Deal> deals) {
    public ArticleDetails {
        Objects.requireNonNull(iri, "iri");
        text = text == null ? "" : text;
        deals = List.copyOf(deals);
    }
}
