package org.dealgraph.query;

import java.util.List;
import java.util.Objects;

/**
 * What the graph says an entity is: its kind, its names and its identifier.
 *
 * @param iri        the entity's IRI
 * @param name       its canonical name (the least of its labels)
 * @param type       organization, person, product or platform
 * @param otherNames the other names articles use for it ({@code AWS}), sorted
 * @param identifier  its key ({@code amazon-web-services}), or null
 * @param description what it is, one sentence ({@code schema:description}), or null
 * @param sameAs      the IRIs of the same entity elsewhere ({@code owl:sameAs}, {@code schema:sameAs}: its Wikidata
 *                    item), sorted
 * @param websites    its official websites ({@code schema:url}), sorted
 */
public record EntityDetails(String iri, String name, Type type, List<String> otherNames, String identifier,
                            String description, List<String> sameAs, List<String> websites) {
    public EntityDetails {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        otherNames = List.copyOf(otherNames);
        sameAs = List.copyOf(sameAs);
        websites = List.copyOf(websites);
    }

    /** An entity of which nothing but its kind, names and identifier is known. */
    public EntityDetails(String iri, String name, Type type, List<String> otherNames, String identifier) {
        this(iri, name, type, otherNames, identifier, null, List.of(), List.of());
    }

    /** The entity as a party of deals. */
    public Entity entity() {
        return new Entity(iri, name);
    }

    /** The kinds of entity, one per entity class of the ontology. */
    public enum Type {
        ORGANIZATION("Organization"), PERSON("Person"), PRODUCT("Product"), PLATFORM("Platform");

        private final String className;

        Type(String className) {
            this.className = className;
        }

        /** The local name of the class, e.g. {@code Organization}. */
        public String className() {
            return className;
        }

        static Type ofClassIri(String iri) {
            for (Type t : values()) {
                if (iri.endsWith("#" + t.className)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("Not an entity class: " + iri);
        }
    }
}
