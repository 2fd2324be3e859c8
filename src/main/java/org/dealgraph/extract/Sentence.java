package org.dealgraph.extract;

import org.dealgraph.fact.Evidence;

import org.dealgraph.nlp.Token;

import java.util.List;

/**
 * A sentence of an article body.
 *
 * @param index     zero-based position among the article's sentences
 * @param paragraph zero-based index of the paragraph holding the sentence
 * @param start     offset of the first character in {@link org.dealgraph.article.Article#text()}
 * @param end       offset just past the last character
 * @param text      the sentence text, equal to {@code article.text().substring(start, end)}
 * @param tokens    its tokens with part of speech and lemma, offsets relative to {@code start}
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** A sentence not analysed into tokens. */
    public Sentence(int index, int paragraph, int start, int end, String text) {
        this(index, paragraph, start, end, text, List.of());
    }

    /** The evidence that points at this whole sentence. */
    public Evidence evidence() {
        return new Evidence(index, start, end, text);
    }
}
