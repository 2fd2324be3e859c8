package org.dealgraph.article;

import java.time.LocalDate;

/**
 * Metadata given from outside an article file (on the command line, say) to replace what the file states.
 * A {@code null} component leaves the file's value.
 */
public record ArticleMetadata(String headline, LocalDate published, String publisher, String source) {
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    public boolean isEmpty() {
        return headline == null && published == null && publisher == null && source == null;
    }
}
