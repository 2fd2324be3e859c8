package org.dealgraph.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as read from a file.
 *
 * @param id        a stable identifier derived from the file name (e.g. {@code 000_aeaaa436f013f926});
 *                  used in IRIs, so only letters, digits, '-', '_' and '.'
 * @param headline  the first non-empty line
 * @param published the publication date, when the article states one
 * @param publisher the publisher named in a trailing {@code Source:} line, when present
 * @param text      the whole text of the file (BOM removed, line ends normalised to {@code \n});
 *                  every character offset in the project is an index into this string
 * @param bodyStart offset in {@code text} where the body starts (after the headline and metadata lines)
 */
public record Article(String id, String headline, LocalDate published, String publisher, String text, int bodyStart) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(text, "text");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
        }
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> publisherName() {
        return Optional.ofNullable(publisher);
    }

    public String body() {
        return text.substring(bodyStart);
    }
}
