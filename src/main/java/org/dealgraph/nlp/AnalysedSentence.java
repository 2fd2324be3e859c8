package org.dealgraph.nlp;

import java.util.List;

/**
 * A sentence found by the linguistic analysis, with its tokens.
 *
 * @param start  offset of the first character in the analysed text
 * @param end    offset just past the last character in the analysed text
 * @param tokens the tokens, with offsets relative to {@code start}
 */
public record AnalysedSentence(int start, int end, List<Token> tokens) {
    public AnalysedSentence {
        tokens = List.copyOf(tokens);
    }
}
