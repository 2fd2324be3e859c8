package org.dealgraph.web;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Optional;

/**
 * Server-driven content negotiation (RFC 9110, 12.5.1): each offered format gets the quality of the most specific
 * media range of the Accept header that matches it; the highest quality wins, ties go to the earlier offer (so
 * {@code *}{@code /*} and a missing Accept header give the first offer, HTML for a resource). JSON-LD is also
 * what a client asking for plain {@code application/json} gets.
 */
final class Negotiation {
    private Negotiation() {
    }

    /** The best of the offered formats for an Accept header, or empty when none is acceptable (a 406). */
    static Optional<RdfFormat> choose(String accept, List<RdfFormat> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return offered.stream().findFirst();
        }
        RdfFormat best = null;
        double bestQuality = 0;
        for (RdfFormat format : offered) {
            double q = format.acceptedTypes().stream().mapToDouble(type -> quality(type, ranges)).max().orElse(0);
            if (q > bestQuality) {
                best = format;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the most specific of {@code ranges} that includes {@code type} gives it, 0 if none does. */
    static double quality(MediaType type, List<MediaType> ranges) {
        MediaType match = null;
        for (MediaType range : ranges) {
            if (range.includes(type) && (match == null || specificity(range) > specificity(match))) {
                match = range;
            }
        }
        return match == null ? 0 : match.getQualityValue();
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }
}
