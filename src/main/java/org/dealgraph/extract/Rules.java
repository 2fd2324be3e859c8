package org.dealgraph.extract;

import org.dealgraph.fact.EntityRef;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers shared by the relation extractors. */
final class Rules {

    /** A relative clause opened after a name and still open at the end of the text: "X, which is owned by ". */
    static final Pattern RELATIVE_OPENING = Pattern.compile(", (?:which|who|whose|that)\\b[^,;]*$");

    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|n't|never|no longer|without|no)\\b[^,;]*$");

    private Rules() {
    }

    /** The date nearest to masked position {@code pos} in the sentence. */
    static Optional<String> dateNear(SentenceView s, int pos) {
        return s.nearestDate(pos, 0, s.masked().length());
    }

    private static final Pattern DURATION_BEFORE = Pattern.compile(
            "\\b(?:through|until|till|by|ending|ends|expires?|expiring|starting|beginning)\\s+(?:the end of |early |late |mid-)?$");

    /**
     * The date of an event near {@code pos}: like {@link #dateNear} but skipping the dates that bound a
     * period ("through 2027", "starting in 2026").
     */
    static Optional<String> eventDate(SentenceView s, int pos) {
        String masked = s.masked();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : s.mentions()) {
            if (m.kind() != Mention.Kind.DATE || m.value() == null) {
                continue;
            }
            int at = s.maskedPosition(m);
            if (DURATION_BEFORE.matcher(masked.substring(Math.max(0, at - 30), at)).find()) {
                continue;
            }
            int d = Math.abs(at - pos);
            if (d < bestDistance) {
                bestDistance = d;
                best = (String) m.value();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The date of the sentence near {@code pos}, else the narrative date of its paragraph. */
    static Optional<String> dateOrNarrative(SentenceView s, int pos, ExtractionContext ctx) {
        Optional<String> d = eventDate(s, pos);
        return d.isPresent() ? d : ctx.narrativeDate(s);
    }

    /** True when {@code text} contains any of {@code words}: a cheap guard before running costlier rules. */
    static boolean has(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The US-dollar amount of a money placeholder, or {@code null}. */
    static BigDecimal usd(SentenceView s, String placeholder) {
        if (placeholder == null) {
            return null;
        }
        Mention m = s.at(placeholder);
        return m.kind() == Mention.Kind.MONEY ? (BigDecimal) m.value() : null;
    }

    /** True when the placeholder's number is given as a ceiling ("up to"). */
    static boolean upTo(SentenceView s, String placeholder) {
        return placeholder != null && s.at(placeholder).upTo();
    }

    /** True when the words just before {@code pos} in the masked text negate what follows. */
    static boolean negatedBefore(String masked, int pos) {
        String before = masked.substring(Math.max(0, pos - 30), pos);
        return NEGATION.matcher(before).find();
    }

    /** The first mention of {@code kind} in the masked text from {@code from} to {@code to}. */
    static Mention first(SentenceView s, Mention.Kind kind, int from, int to) {
        for (Mention m : s.within(s.masked().substring(Math.max(0, from), Math.min(to, s.masked().length())))) {
            if (m.kind() == kind) {
                return m;
            }
        }
        return null;
    }

    /** The text of a named group, or {@code null}. */
    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean same(EntityRef a, EntityRef b) {
        return a != null && b != null && a.key().equals(b.key());
    }
}
