package org.dealgraph.fact;

/**
 * Where a fact was read: the sentence and the character span in the article text.
 *
 * @param sentence  zero-based index of the sentence in the article
 * @param start     offset of the first character of the evidence in {@link org.dealgraph.article.Article#text()}
 * @param end       offset just past the last character
 * @param quote     the evidence text, equal to {@code article.text().substring(start, end)}
 */
public record Evidence(int sentence, int start, int end, String quote) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
        }
    }
}
