package org.dealgraph.extract;

import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

/**
 * Something found in a sentence: a named entity, an amount of money, a percentage or a date.
 *
 * @param kind        what was found
 * @param start       offset in the sentence text (not the article) of the first character
 * @param end         offset in the sentence text just past the last character
 * @param entity      the resolved entity for entity kinds, else {@code null}
 * @param value       {@link java.math.BigDecimal} for money (US dollars) and percentages, an ISO date string
 *                    for dates (or {@code null} when the date cannot be resolved), else {@code null}
 * @param approximate the text qualifies the number ("about", "roughly")
 * @param upTo        the text gives the number as a ceiling ("up to", "as much as")
 * @param inferred    the entity was found by coreference ("the company", "its") rather than by name
 */
public record Mention(Kind kind, int start, int end, EntityRef entity, Object value,
                      boolean approximate, boolean upTo, boolean inferred) {

    /** The kinds of mention, each with the letter used in masked sentence text. */
    public enum Kind {
        ORG('O'), PERSON('P'), PRODUCT('R'), PLATFORM('L'), MONEY('M'), PERCENT('C'), DATE('D');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        /** The mention kind of an entity kind. */
        public static Kind of(EntityKind kind) {
            return switch (kind) {
                case ORGANIZATION -> ORG;
                case PERSON -> PERSON;
                case PRODUCT -> PRODUCT;
                case PLATFORM -> PLATFORM;
            };
        }
    }

    static Mention entity(EntityRef entity, int start, int end, boolean inferred) {
        return new Mention(Kind.of(entity.kind()), start, end, entity, null, false, false, inferred);
    }

    boolean overlaps(int s, int e) {
        return s < end && e > start;
    }
}
