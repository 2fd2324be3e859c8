package org.dealgraph.fact;

import java.util.Objects;

/**
 * A resolved mention of a named entity.
 *
 * @param key         a stable identifier of the entity (lower-case slug, e.g. {@code amazon-web-services});
 *                    the same entity has the same key in every article and every run
 * @param name        the canonical name (e.g. {@code Amazon Web Services})
 * @param surface     the text as written in the article (e.g. {@code AWS})
 * @param kind        what kind of entity it is
 * @param description a one-sentence description of the entity from the reference list, or null when there is
 *                    none (entities minted from the text have none); a blank description is read as none
 */
public record EntityRef(String key, String name, String surface, EntityKind kind, String description) {
    public EntityRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (surface == null) {
            surface = name;
        }
        if (description != null) {
            description = description.strip();
            if (description.isEmpty()) {
                description = null;
            }
        }
    }

    /** An entity without a description. */
    public EntityRef(String key, String name, String surface, EntityKind kind) {
        this(key, name, surface, kind, null);
    }

    /** The same entity as written differently in the text. */
    public EntityRef withSurface(String text) {
        return new EntityRef(key, name, text, kind, description);
    }

    /** The same name seen as another kind of entity (a minted name found in a product slot). */
    public EntityRef asKind(EntityKind newKind) {
        return new EntityRef(key, name, surface, newKind, description);
    }

    @Override
    public String toString() {
        return name;
    }
}
