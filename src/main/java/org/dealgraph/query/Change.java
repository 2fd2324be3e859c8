package org.dealgraph.query;

import java.util.List;

/**
 * A change in the terms that hold: a deal replaced by a new version, ended, started or run out. The old terms
 * ({@code before}) stand beside the new ones ({@code after}), and {@code differences} lists what differs.
 *
 * @param kind        what kind of change
 * @param date        when, as precise as the article
 * @param before      the deal as it was (null for a deal that started)
 * @param after       the deal as it is (null for a deal that ended or ran out)
 * @param differences the terms that differ between {@code before} and {@code after} (empty unless both are given)
 */
public record Change(Kind kind, String date, Deal before, Deal after, List<Difference> differences) {
    public Change {
        differences = List.copyOf(differences);
    }

    /** The kinds of change. */
    public enum Kind {
        /** A new version of the deal replaced the old one. */
        SUPERSEDED,
        /** The parties ended the deal, and no new version replaces it. */
        ENDED,
        /** A deal came into force or was made. */
        STARTED,
        /** The term of a deal ran out ({@code endDate}). */
        EXPIRED
    }

    /**
     * A term whose value changed.
     *
     * @param term   the name of the term, e.g. {@code exclusive} or {@code endDate}
     * @param before the old value, as text (null when not stated)
     * @param after  the new value, as text (null when not stated)
     */
    public record Difference(String term, String before, String after) {
    }
}
