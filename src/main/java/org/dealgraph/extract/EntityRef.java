package org.dealgraph.extract;

import java.util.Objects;

/**
 * A resolved mention of a named entity.
 *
 * @param key     a stable identifier of the entity (lower-case slug, e.g. {@code amazon-web-services});
 *                the same entity has the same key in every article and every run
 * @param name    the canonical name (e.g. {@code Amazon Web Services})
 * @param surface the text as written in the article (e.g. {@code AWS})
 * @param kind    what kind of entity it is
 */
public record EntityRef(String key, String name, String surface, EntityKind kind) {
    public EntityRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (surface == null) {
            surface = name;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
