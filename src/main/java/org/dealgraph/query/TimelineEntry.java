package org.dealgraph.query;

import java.time.LocalDate;

/**
 * One dated event of a company's timeline.
 *
 * @param date  the date as precise as the article ({@code 2026}, {@code 2026-02}, {@code 2026-04-27})
 * @param day   the first day of {@code date}, by which the timeline is ordered
 * @param event what happened on that date
 * @param deal  the deal
 */
public record TimelineEntry(String date, LocalDate day, Event event, Deal deal) {
    /** What a date of a deal means. */
    public enum Event {
        /** The deal was made, announced or observed ({@code dg:date}). */
        MADE,
        /** Its terms come into force ({@code dg:startDate}). */
        STARTS,
        /** Its terms were ended or replaced ({@code dg:endedOn}). */
        ENDED,
        /** Its term runs out ({@code dg:endDate}). */
        EXPIRES
    }
}
