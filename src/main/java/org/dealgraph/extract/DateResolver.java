package org.dealgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a sentence and resolves them to ISO 8601 dates only as precise as the text
 * ({@code 2026}, {@code 2026-02}, {@code 2026-04-27}). Relative expressions ("earlier this year",
 * "last month", "on Monday", a month without a year) are resolved against the publication date; without
 * one they are found but left unresolved ({@code null} value).
 */
public final class DateResolver {

    /** A date expression: its span in the sentence and its ISO value, or {@code null} when unresolvable. */
    public record Found(int start, int end, String iso) {
    }

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern FULL = Pattern.compile(
            "(?:mid-|early |late )?" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d\\d)\\b");
    /** Day before month, as British and European publishers write: "18 July 2023", "on 26 July". */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d,.])(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?:mid-|early |late |the end of |the start of )?" + MONTH
                    + "(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b|\\s+of\\s+(?<rel>this|last|next)\\s+year\\b)");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)");
    private static final Pattern BARE_MONTH = Pattern.compile(
            "(?:(?<=\\b(?:in|In|since|Since|until|Until|by|By|from|From|during|During|through|Through|of|before"
                    + "|Before|after|After|since early|since late) )(?:early |late |mid-)?|mid-)" + MONTH + "\\b");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern RELATIVE_HINT = Pattern.compile("(?i)this|last|next|previous|following|ago|earlier|before|today|yesterday");
    /** Words that put the event of a month without a year after the publication date. */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|would|shall|'ll|expected|expects?|scheduled|due|plans?|planned|planning|intends?|intended|aims?|set to|going to"
                    + "|upcoming|next)\\b");
    /** Prepositions that open a period and, before a month without a year, point ahead of the publication date. */
    private static final Pattern FUTURE_BEFORE = Pattern.compile("\\b(?:starting|beginning|from|until|till|by)(?: in| on)? $");
    /** Past-tense verbs: the event of a month without a year lies before the publication date. */
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:[a-z]+ed|said|told|was|were|had|did|took|made|paid|struck|began|became|won|got|bought|sold|led|put|spent|raised"
                    + "|held|met|brought|built|gave|left|ran|saw|set|wrote|came|went|hit|sought|grew|fell|rose|drew|chose|kept)\\b");
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile(
            "\\b(?:in|In|during|During|since|of|before|after|through)\\s+(?:early |late |mid-)?$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?]");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![$€£\\d,.])(?:mid-|early |late |the end of )?\\b(?<year>(?:19[5-9]|20\\d)\\d)\\b(?![,.]?\\d)(?!\\s?(?:%|percent))");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?:(?:earlier|later) )?(?<rel>this|last|next|previous|the previous|the following) (?<unit>year|month|week)\\b"
                    + "|\\b(?<ago>a year|a month) (?:earlier|ago|before)\\b"
                    + "|\\b(?<day>today|yesterday)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on |On |last |Last |this |This )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateResolver() {
    }

    /** Finds the date expressions of {@code text}; {@code published} may be {@code null}. */
    public static List<Found> find(String text, LocalDate published) {
        List<Found> out = new ArrayList<>();
        boolean months = MONTH_NAME.matcher(text).find();
        boolean digits = DIGIT.matcher(text).find();
        if (months) {
            findMonths(text, published, out);
        }
        Matcher m;
        if (digits) {
            m = YEAR.matcher(text);
            while (m.find()) {
                add(out, m.start(), m.end(), m.group("year"));
            }
        }
        if (RELATIVE_HINT.matcher(text).find()) {
            m = RELATIVE.matcher(text);
            while (m.find()) {
                add(out, m.start(), m.end(), published == null ? null : relative(m, published));
            }
        }
        if (text.contains("day")) {
            m = WEEKDAY.matcher(text);
            while (m.find()) {
                String iso = null;
                if (published != null) {
                    DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
                    iso = published.with(TemporalAdjusters.previousOrSame(wd)).toString();
                }
                add(out, m.start(), m.end(), iso);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void findMonths(String text, LocalDate published, List<Found> out) {
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            int month = month(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            int year = Integer.parseInt(m.group("year"));
            String iso = validDay(year, month, day) ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)
                    : String.format(Locale.ROOT, "%04d-%02d", year, month);
            add(out, m.start(), m.end(), iso);
        }
        m = DAY_FIRST.matcher(text);
        while (m.find()) {
            int month = month(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : published == null ? null
                    : published.getYear() - (month > published.getMonthValue() + 1 ? 1 : 0);
            if (year != null && validDay(year, month, day)) {
                add(out, m.start(), m.end(), String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = month(m.group("month"));
            Integer year = m.group("year") != null ? Integer.valueOf(m.group("year"))
                    : published == null ? null : published.getYear() + relativeYears(m.group("rel"));
            add(out, m.start(), m.end(), year == null ? null : ym(year, month));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            int month = month(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            String iso = null;
            if (published != null) {
                boolean future = future(text, m.start(), m.end());
                int thisYearDay = month * 100 + day;
                int publishedDay = published.getMonthValue() * 100 + published.getDayOfMonth();
                int year = thisYearDay > publishedDay && !future && month > published.getMonthValue() ? published.getYear() - 1
                        : thisYearDay < publishedDay && future ? published.getYear() + 1 : published.getYear();
                iso = validDay(year, month, day) ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day) : null;
            }
            add(out, m.start(), m.end(), iso);
        }
        m = BARE_MONTH.matcher(text);
        while (m.find()) {
            String iso = null;
            if (published != null) {
                int month = month(m.group("month"));
                boolean future = future(text, m.start(), m.end());
                int year = month > published.getMonthValue() && !future ? published.getYear() - 1
                        : month < published.getMonthValue() && future ? published.getYear() + 1 : published.getYear();
                iso = ym(year, month);
            }
            add(out, m.start(), m.end(), iso);
        }
    }

    /**
     * The tense of the clause around a month named without a year: the tense marker nearest to it on either side
     * ("will invest ... in June", "in June, X will", "X said in June it would" is past, "in January completed").
     */
    private static boolean future(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        Matcher stop = CLAUSE_END.matcher(before);
        int cut = 0;
        while (stop.find()) {
            cut = stop.end();
        }
        before = before.substring(cut);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        stop = CLAUSE_END.matcher(after);
        if (stop.find()) {
            after = after.substring(0, stop.start());
        }
        if (FUTURE_BEFORE.matcher(before).find()) {
            return true;
        }
        before = TRAILING_PREPOSITION.matcher(before).replaceFirst("");
        int futureDistance = Math.min(lastDistance(FUTURE, before), firstDistance(FUTURE, after));
        int pastDistance = Math.min(lastDistance(PAST, before), firstDistance(PAST, after));
        return futureDistance < Integer.MAX_VALUE && futureDistance <= pastDistance;
    }

    private static int lastDistance(Pattern p, String before) {
        Matcher m = p.matcher(before);
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            best = before.length() - m.end();
        }
        return best;
    }

    private static int firstDistance(Pattern p, String after) {
        Matcher m = p.matcher(after);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    private static String relative(Matcher m, LocalDate published) {
        if (m.group("day") != null) {
            return (m.group("day").equalsIgnoreCase("today") ? published : published.minusDays(1)).toString();
        }
        if (m.group("ago") != null) {
            return m.group("ago").toLowerCase(Locale.ROOT).endsWith("year")
                    ? Integer.toString(published.getYear() - 1)
                    : YearMonth.from(published).minusMonths(1).toString();
        }
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int delta = switch (rel) {
            case "last", "previous", "the previous" -> -1;
            case "next", "the following" -> 1;
            default -> 0;
        };
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "year" -> Integer.toString(published.getYear() + delta);
            case "month" -> YearMonth.from(published).plusMonths(delta).toString();
            default -> YearMonth.from(published.plusWeeks(delta)).toString();
        };
    }

    private static int relativeYears(String rel) {
        return switch (rel == null ? "this" : rel) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static void add(List<Found> out, int start, int end, String iso) {
        for (Found f : out) {
            if (start < f.end() && end > f.start()) {
                return;
            }
        }
        out.add(new Found(start, end, iso));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static String ym(int year, int month) {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    private static boolean validDay(int year, int month, int day) {
        return day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }
}
