package org.dealgraph.query;

import java.math.BigDecimal;

/**
 * Where a deal was read: the article, the quoted passage and how sure the extractor was.
 *
 * @param article    the IRI of the article (also the name of its graph)
 * @param headline   the article's headline
 * @param published  the article's publication date (ISO 8601), or null when it states none
 * @param quote      the sentence the deal was read from
 * @param start      the offset of the quote's first character in the article text, in Unicode code points (as the
 *                   W3C Web Annotation model counts {@code oa:start}; not Java's UTF-16 units)
 * @param end        the offset just after the quote's last character, in code points
 * @param confidence from 0 (a guess) to 1 (certain)
 */
public record Evidence(String article, String headline, String published, String quote, int start, int end,
                       BigDecimal confidence) {
}
