package org.dealgraph.fact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One deal fact that an article states.
 *
 * @param type       the kind of fact
 * @param values     field name to value; every core field is present and holds an {@link EntityRef};
 *                   attributes are present only when the article states them (see {@link ValueKind}
 *                   for the Java type of each kind)
 * @param evidence   where in the article it was read
 * @param confidence how sure the extractor is, from 0 to 1
 */
public record Fact(FactType type, Map<String, Object> values, Evidence evidence, double confidence) {
    public Fact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String role : type.core()) {
            Object value = values.get(role);
            if (!(value instanceof EntityRef)) {
                throw new IllegalArgumentException(type.jsonName() + " needs an entity for " + role + ", got " + value);
            }
            ordered.put(role, value);
        }
        for (Map.Entry<String, ValueKind> field : type.attributes().entrySet()) {
            Object value = values.get(field.getKey());
            if (value == null) {
                continue;
            }
            if (!field.getValue().accepts(value)) {
                throw new IllegalArgumentException(type.jsonName() + "." + field.getKey() + " is not a valid "
                        + field.getValue() + ": " + value);
            }
            if (field.getValue() == ValueKind.CODE && !type.allowedValues(field.getKey()).contains(value)) {
                throw new IllegalArgumentException(type.jsonName() + "." + field.getKey() + " must be one of "
                        + type.allowedValues(field.getKey()) + ", got " + value);
            }
            ordered.put(field.getKey(), value);
        }
        for (String key : values.keySet()) {
            if (!ordered.containsKey(key)) {
                throw new IllegalArgumentException(type.jsonName() + " has no field " + key);
            }
        }
        values = Collections.unmodifiableMap(ordered);
    }

    public EntityRef party(String role) {
        return (EntityRef) values.get(role);
    }

    public Optional<Object> get(String field) {
        return Optional.ofNullable(values.get(field));
    }
}
