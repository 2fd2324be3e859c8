package org.dealgraph.query;

import java.util.Objects;

/**
 * An organization, person, product or platform taking part in a deal.
 *
 * @param iri  the entity's IRI (dereferenceable at the service)
 * @param name its canonical name, e.g. {@code "Amazon Web Services"}
 */
public record Entity(String iri, String name) {
    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name;
    }
}
