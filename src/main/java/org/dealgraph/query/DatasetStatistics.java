package org.dealgraph.query;

import java.util.List;
import java.util.Map;

/**
 * Figures of the whole graph, as a VoID description states them.
 *
 * @param triples    distinct triples of the default graph: the union of the article graphs and the ontology's graph
 * @param quads      statements of the article graphs (a triple stated by two articles counts twice)
 * @param graphs     article graphs (the ontology's graph is not counted)
 * @param subjects   distinct subjects of the union graph
 * @param properties distinct properties of the union graph
 * @param objects    distinct objects of the union graph
 * @param resources  resources with a page of their own: entities, deals and articles
 * @param classes    the instances of each class (by class IRI, sorted)
 * @param examples   IRIs of a few well-connected entities
 */
public record DatasetStatistics(long triples, long quads, long graphs, long subjects, long properties, long objects,
                                long resources, Map<String, Long> classes, List<String> examples) {
    public DatasetStatistics {
        classes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(classes));
        examples = List.copyOf(examples);
    }
}
