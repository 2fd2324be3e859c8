package org.dealgraph.extract.rules;

import org.dealgraph.extract.Mention;
import org.dealgraph.nlp.Token;

/**
 * What a token pattern steps over: one token, or one whole mention (a name, an amount, a date) however many
 * tokens it spans.
 *
 * @param index      position among the sentence's units
 * @param firstToken index of the first token covered
 * @param lastToken  index of the last token covered
 * @param token      the token, for a unit that is not a mention (else the mention's last token)
 * @param mention    the mention, or {@code null}
 * @param start      offset of the first character in the sentence text
 * @param end        offset just past the last character in the sentence text
 */
public record Unit(int index, int firstToken, int lastToken, Token token, Mention mention, int start, int end) {

    public boolean isMention() {
        return mention != null;
    }

    /** The lemma a word test compares with: the token's lemma, or the mention's text in lower case. */
    public String lemma() {
        return token.lemma();
    }
}
