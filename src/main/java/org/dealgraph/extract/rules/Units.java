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
