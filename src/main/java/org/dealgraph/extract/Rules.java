package org.dealgraph.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers shared by the relation extractors. */
final class Rules {

    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|n't|never|no longer|without|no)\\b[^,;]*$");

    private Rules() {
    }

    /** The date nearest to masked position {@code pos} in the sentence. */
    static Optional<String> dateNear(SentenceView s, int pos) {
        return s.nearestDate(pos, 0, s.masked().length());
    }

    /** The date of the sentence near {@code pos}, else the narrative date of its paragraph. */
    static Optional<String> dateOrNarrative(SentenceView s, int pos, ExtractionContext ctx) {
        Optional<String> d = dateNear(s, pos);
        return d.isPresent() ? d : ctx.narrativeDate(s);
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

    static boolean find(Pattern p, String text) {
        return p.matcher(text).find();
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
