package org.dealgraph.fact;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The kind of value a fact field holds, and the Java type that carries it. */
public enum ValueKind {
    /** A named entity: {@link EntityRef}. */
    ENTITY(EntityRef.class),
    /** An amount in US dollars: {@link BigDecimal}. */
    MONEY(BigDecimal.class),
    /** A percentage, 27 for 27 %: {@link BigDecimal}. */
    PERCENT(BigDecimal.class),
    /** {@link Boolean}. */
    BOOLEAN(Boolean.class),
    /** An ISO 8601 date only as precise as the text: {@code 2026}, {@code 2026-02}, {@code 2026-04-27}. */
    DATE(String.class),
    /** Free text such as a title or a subject. */
    TEXT(String.class),
    /** One word of a closed list (see {@link FactType#allowedValues(String)}). */
    CODE(String.class);

    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private final Class<?> javaType;

    ValueKind(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }

    /** True when {@code value} is a well-formed value of this kind. */
    public boolean accepts(Object value) {
        if (!javaType.isInstance(value)) {
            return false;
        }
        return this != DATE || PARTIAL_DATE.matcher((String) value).matches();
    }
}
