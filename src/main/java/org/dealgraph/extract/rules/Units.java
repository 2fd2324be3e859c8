package org.dealgraph.extract.rules;

import org.dealgraph.extract.Mention;
import org.dealgraph.extract.SentenceView;
import org.dealgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** Turns a sentence's tokens and mentions into the units a pattern steps over. */
public final class Units {

    private Units() {
    }

    /**
     * The last token of a word the tokenizer split at its hyphens ("long" "-" "term"), written without spaces and
     * touching no mention, or {@code t} when the token at {@code t} starts no such word.
     */
    private static int hyphenatedEnd(List<Token> tokens, int t, List<Mention> mentions, int m) {
        int last = t;
        while (last + 2 < tokens.size() && tokens.get(last + 1).text().equals("-")
                && tokens.get(last).end() == tokens.get(last + 1).start() && tokens.get(last + 1).end() == tokens.get(last + 2).start()
                && Character.isLetterOrDigit(tokens.get(last + 2).text().charAt(0))
                && (m >= mentions.size() || mentions.get(m).start() >= tokens.get(last + 2).end())) {
            last += 2;
        }
        return last;
    }

    public static List<Unit> of(SentenceView sentence) {
        List<Token> tokens = sentence.sentence().tokens();
        List<Mention> mentions = sentence.mentions();
        List<Unit> out = new ArrayList<>(tokens.size());
        int t = 0;
        int m = 0;
        while (t < tokens.size()) {
            Token token = tokens.get(t);
            while (m < mentions.size() && mentions.get(m).end() <= token.start()) {
                m++;
            }
            Mention mention = m < mentions.size() && mentions.get(m).start() < token.end() ? mentions.get(m) : null;
            if (mention == null) {
                int last = hyphenatedEnd(tokens, t, mentions, m);
                if (last > t) {
                    // "long-term", "multi-year": one word, whatever the tokenizer made of it
                    Token end = tokens.get(last);
                    String text = sentence.sentence().text().substring(token.start(), end.end());
                    String lower = text.toLowerCase(java.util.Locale.ROOT);
                    String lemma = end.lemma().equals(end.lower()) ? lower
                            : lower.substring(0, lower.length() - end.lower().length()) + end.lemma();
                    Token merged = new Token(token.index(), text, token.start(), end.end(), end.pos(), lemma, end.form());
                    out.add(new Unit(out.size(), t, last, merged, null, token.start(), end.end()));
                    t = last + 1;
                    continue;
                }
                out.add(new Unit(out.size(), t, t, token, null, token.start(), token.end()));
                t++;
                continue;
            }
            int last = t;
            while (last + 1 < tokens.size() && tokens.get(last + 1).start() < mention.end()) {
                last++;
            }
            out.add(new Unit(out.size(), t, last, tokens.get(last), mention,
                    Math.min(mention.start(), token.start()), Math.max(mention.end(), tokens.get(last).end())));
            int consumed = tokens.get(last).end();
            t = last + 1;
            while (m < mentions.size() && mentions.get(m).start() < consumed) {
                m++;
            }
            // A reference to two parties at once ("the two companies") is read as the pair: A and B.
            while (m < mentions.size() && mentions.get(m).start() == mentions.get(m).end()
                    && "and".equals(mentions.get(m).value()) && mentions.get(m).start() <= consumed) {
                Mention second = mentions.get(m);
                Token and = new Token(last, "and", consumed, consumed, "CCONJ", "and", Token.Form.BASE);
                out.add(new Unit(out.size(), last, last, and, null, consumed, consumed));
                out.add(new Unit(out.size(), last, last, tokens.get(last), second, consumed, consumed));
                m++;
            }
        }
        return out;
    }
}
