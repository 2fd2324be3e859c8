package org.dealgraph.query;

/**
 * An article in a list.
 *
 * @param iri       the article's IRI
 * @param headline  its headline, or null
 * @param published its publication date (ISO 8601), or null
 */
public record ArticleSummary(String iri, String headline, String published) {
}
