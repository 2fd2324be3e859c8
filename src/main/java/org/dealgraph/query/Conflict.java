package org.dealgraph.query;

import java.util.List;

/**
 * Claims that cannot all be true, kept side by side with their sources (each deal carries its {@link Evidence}).
 *
 * @param kind        what kind of clash
 * @param explanation what clashes, in words
 * @param deals       the clashing deals
 */
public record Conflict(Kind kind, String explanation, List<Deal> deals) {
    public Conflict {
        deals = List.copyOf(deals);
    }

    /** The kinds of clash. */
    public enum Kind {
        /** Two exclusive rights or licences from one grantor to different holders, for the same thing, at the same time. */
        OVERLAPPING_EXCLUSIVE_RIGHTS,
        /** The current stakes in one company add up to more than 100 %. */
        STAKES_OVER_100_PERCENT,
        /** Two articles report the same deal with a different figure, exclusivity or end. */
        CONTRADICTING_REPORTS
    }
}
