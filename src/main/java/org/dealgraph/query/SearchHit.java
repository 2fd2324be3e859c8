package org.dealgraph.query;

/**
 * An entity that matches a search.
 *
 * @param iri   the entity's IRI
 * @param label its name
 * @param type  the local name of its class: {@code Organization}, {@code Person}, {@code Product}, {@code Platform}
 */
public record SearchHit(String iri, String label, String type) {
}
