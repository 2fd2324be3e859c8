package org.dealgraph.query;

import java.util.List;
import java.util.Map;

/**
 * Figures of the whole graph, as a VoID description states them.
 *
 * @param triples    distinct triples of the default graph: the union of the article graphs, the ontology's graph and
 *                   the reference graph
 * @param quads      statements of the article graphs (a triple stated by two articles counts twice)
 * @param graphs     article graphs (the ontology's graph and the reference graph are not counted)
 * @param subjects   distinct subjects of the union graph
 * @param properties distinct properties of the union graph
 * @param objects    distinct objects of the union graph
 * @param resources  resources with a page of their own: entities, deals and articles
 * @param classes    the instances of each class (by class IRI, sorted)
 * @param examples   IRIs of a few well-connected entities
 * @param wikidataLinks distinct triples linking a resource to a Wikidata item, by property IRI
 *                      ({@code owl:sameAs}, {@code schema:sameAs}; a property without links is absent)
 */
public record DatasetStatistics(long triples, long quads, long graphs, long subjects, long properties, long objects,
                                long resources, Map<String, Long> classes, List<String> examples,
                                Map<String, Long> wikidataLinks) {
    public DatasetStatistics {
        classes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(classes));
        examples = List.copyOf(examples);
        wikidataLinks = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(wikidataLinks));
    }
}
