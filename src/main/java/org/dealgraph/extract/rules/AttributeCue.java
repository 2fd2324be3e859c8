package org.dealgraph.extract.rules;

import org.dealgraph.fact.FactType;

/**
 * One line of an attribute section: when {@code cue} occurs near a match of a rule for {@code type} (and the field
 * is not set yet), the field gets {@code value}. Lines are tried in file order, so earlier lines win.
 *
 * @param type  the fact type
 * @param field the attribute
 * @param value the value, as written (typed by the fact schema)
 * @param cue   the pattern to look for, or {@code null} with {@link Kind#PAST} or {@link Kind#DEFAULT}
 * @param kind  a pattern cue, the trigger in a past form outside a future or modal context, the fact's date in a
 *              month before the article's, or the default
 */
public record AttributeCue(FactType type, String field, String value, TokenPattern cue, Kind kind) {

    public enum Kind { PATTERN, PAST, EARLIER, DEFAULT }
}
