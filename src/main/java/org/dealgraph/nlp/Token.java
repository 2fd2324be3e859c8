package org.dealgraph.nlp;

/**
 * One token of a sentence, as the linguistic analysis sees it.
 *
 * @param index   zero-based position in the sentence
 * @param text    the token as written
 * @param start   offset of the first character in the sentence text
 * @param end     offset just past the last character in the sentence text
 * @param pos     the Universal Dependencies part-of-speech tag ({@code NOUN}, {@code VERB}, {@code PROPN}, ...)
 * @param lemma   the dictionary form, lower case ({@code "bought"} has the lemma {@code "buy"})
 * @param form    the inflection the word shows, when the lexicon knows it
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, Form form) {

    /** The inflection of a word form, as far as its spelling tells it. */
    public enum Form {
        /** The dictionary form or a form that shows no inflection. */
        BASE,
        /** Third person singular present: "buys". */
        PRESENT_S,
        /** Past tense or past participle: "bought", "acquired". */
        PAST,
        /** Present participle or gerund: "buying". */
        ING,
        /** A plural noun: "stakes". */
        PLURAL
    }

    /** The token text in lower case, with the typographic apostrophe as a plain one ("n’t" is "n't"). */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
