package org.dealgraph.query;

import org.dealgraph.DealgraphException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Partial ISO 8601 dates as the graph stores them: {@code 2032}, {@code 2026-02} or {@code 2026-04-27}.
 * Two dates of different precision are compared at the coarser one, so {@code 2026-04-27} is neither before
 * nor after {@code 2026}: a period is "not after" a day when the day falls in it or later.
 */
final class Dates {
    private Dates() {
    }

    /** Compares two partial dates at the coarser precision of the two. */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n));
    }

    /** The earlier of two partial dates (either may be null), by their text. */
    static String earliest(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The first day of a partial date: {@code 2026-02} gives 2026-02-01. */
    static LocalDate firstDay(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
                case 7 -> YearMonth.parse(iso).atDay(1);
                default -> LocalDate.parse(iso);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new DealgraphException("Not an ISO 8601 year, year-month or date in the graph: '" + iso + "'", e);
        }
    }

    /** The last day of a partial date: {@code 2032} gives 2032-12-31. */
    static LocalDate lastDay(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
                case 7 -> YearMonth.parse(iso).atEndOfMonth();
                default -> LocalDate.parse(iso);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new DealgraphException("Not an ISO 8601 year, year-month or date in the graph: '" + iso + "'", e);
        }
    }
}
