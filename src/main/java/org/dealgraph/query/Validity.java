package org.dealgraph.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The status and the dates of a deal, and its versions. Dates are ISO 8601 texts as precise as the article:
 * {@code 2032}, {@code 2026-02} or {@code 2026-04-27}; null when not stated.
 *
 * <p>The rules of {@link #inForceOn(LocalDate)}: a deal is in force on a day unless
 * <ol>
 *   <li>its status is {@code blocked} or {@code abandoned} (it never took effect);</li>
 *   <li>it starts later: its {@code startDate}, or else its {@code date} (when it was made or announced), is after
 *       the day;</li>
 *   <li>its term is over: the day is after its {@code endDate} (a year or month counts to its end);</li>
 *   <li>it was ended or replaced: the day is on or after its {@code endedOn}, or on or after the
 *       {@code startDate} of a version that supersedes it ({@code supersededFrom});</li>
 *   <li>its status says it is over ({@code ended}, {@code superseded}, {@code resolved}) and the graph knows no
 *       date from which (then it is not taken to be in force on any day).</li>
 * </ol>
 * Undated deals that are not reported over hold on every day. Dates of different precision are compared at the
 * coarser precision.
 *
 * @param status         the status code ({@code active}, {@code superseded}, {@code contingent}, ...) or null
 * @param date           when the deal was made, announced or observed
 * @param startDate      the first day its terms are in force
 * @param endDate        the last period its terms are in force (the term it was made for)
 * @param endCondition   the event its terms end on, in words (e.g. "AGI")
 * @param endedOn        the first day its terms were no longer in force because the parties ended or replaced them
 * @param supersedes     IRIs of the earlier versions this deal replaces
 * @param supersededBy   IRIs of the later versions that replace this deal
 * @param supersededFrom the earliest start date of a later version, or null
 */
public record Validity(String status, String date, String startDate, String endDate, String endCondition,
                       String endedOn, List<String> supersedes, List<String> supersededBy, String supersededFrom) {
    private static final Set<String> NEVER = Set.of("blocked", "abandoned");
    private static final Set<String> OVER = Set.of("ended", "superseded", "resolved");

    public Validity {
        supersedes = List.copyOf(supersedes);
        supersededBy = List.copyOf(supersededBy);
    }

    /** The date from which the deal holds: {@code startDate}, or else {@code date}; null when neither is known. */
    public String since() {
        return startDate != null ? startDate : date;
    }

    /** The date from which the deal no longer holds: the earlier of {@code endedOn} and {@code supersededFrom}. */
    public String stoppedOn() {
        return Dates.earliest(endedOn, supersededFrom);
    }

    /** Whether the terms of the deal are in force on {@code day} (see the class description for the rules). */
    public boolean inForceOn(LocalDate day) {
        String d = day.toString();
        if (status != null && NEVER.contains(status)) {
            return false;
        }
        String since = since();
        if (since != null && Dates.compare(since, d) > 0) {
            return false;
        }
        if (endDate != null && Dates.compare(d, endDate) > 0) {
            return false;
        }
        String stop = stoppedOn();
        if (stop != null && Dates.compare(d, stop) >= 0) {
            return false;
        }
        return !(status != null && OVER.contains(status) && endDate == null && stop == null);
    }

    /**
     * Whether the periods of two deals can share a day: neither starts after the other's term ends, nor on or after
     * the other was ended or replaced. Unknown bounds are open, so undated deals overlap everything.
     */
    public boolean overlaps(Validity other) {
        return !endsBefore(this, other) && !endsBefore(other, this);
    }

    private static boolean endsBefore(Validity a, Validity b) {
        String start = b.since();
        if (start == null) {
            return false;
        }
        if (a.endDate != null && Dates.compare(start, a.endDate) > 0) {
            return true;
        }
        String stop = a.stoppedOn();
        return stop != null && Dates.compare(start, stop) >= 0;
    }
}
