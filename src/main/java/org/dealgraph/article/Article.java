package org.dealgraph.article;

import org.dealgraph.DealgraphException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An article as read from a file.
 *
 * @param id        a stable identifier derived from the file name (e.g. {@code 000_aeaaa436f013f926});
 *                  used in IRIs, so only letters, digits, '-', '_' and '.'
 * @param headline  the first non-empty line
 * @param published the publication date, when the article states one
 * @param publisher the publisher named in a trailing {@code Source:} line or in the file's metadata, when present
 * @param source    the address the article was published at, when known
 * @param text      the whole text of the file (BOM removed, line ends normalised to {@code \n});
 *                  every character offset in the project is an index into this string
 * @param bodyStart offset in {@code text} where the body starts (after the headline and metadata lines)
 */
public record Article(String id, String headline, LocalDate published, String publisher, String source,
                      String text, int bodyStart) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(text, "text");
        if (source != null && !WEB_ADDRESS.matcher(source).matches()) {
            throw new DealgraphException("The source address of article " + id + " must be an absolute http(s) address, got: "
                    + source);
        }
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
        }
    }

    /** What a source address must look like: an absolute http(s) address with no spaces or markup. */
    public static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    /** An article with no known source address. */
    public Article(String id, String headline, LocalDate published, String publisher, String text, int bodyStart) {
        this(id, headline, published, publisher, null, text, bodyStart);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> publisherName() {
        return Optional.ofNullable(publisher);
    }

    public Optional<String> sourceAddress() {
        return Optional.ofNullable(source);
    }

    /** This article with the metadata that {@code overrides} gives replacing its own. */
    public Article with(ArticleMetadata overrides) {
        return new Article(id,
                overrides.headline() != null ? overrides.headline() : headline,
                overrides.published() != null ? overrides.published() : published,
                overrides.publisher() != null ? overrides.publisher() : publisher,
                overrides.source() != null ? overrides.source() : source,
                text, bodyStart);
    }

    public String body() {
        return text.substring(bodyStart);
    }
}
