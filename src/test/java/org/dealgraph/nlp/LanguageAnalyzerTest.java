package org.dealgraph.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageAnalyzerTest {

    private final LanguageAnalyzer analyzer =
            new LanguageAnalyzer(Lexicon.of(Set.of("invest", "buy", "acquire", "sue", "license", "stake", "commit")), false);

    private static Token find(List<Token> tokens, String text) {
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + text + " in " + tokens));
    }

    @Test
    void lemmasOfTheRulesVocabularyAreExact() {
        List<Token> tokens = analyzer.tokens("Globex is investing $4 billion after it bought Initech and sued Hooli.");
        assertEquals("invest", find(tokens, "investing").lemma());
        assertEquals(Token.Form.ING, find(tokens, "investing").form());
        assertEquals("buy", find(tokens, "bought").lemma());
        assertEquals(Token.Form.PAST, find(tokens, "bought").form());
        assertEquals("sue", find(tokens, "sued").lemma());
    }

    @Test
    void tokensCarryOffsetsAndTags() {
        String s = "Initech's board licensed the patents to Globex.";
        List<Token> tokens = analyzer.tokens(s);
        for (Token t : tokens) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
            assertTrue(!t.pos().isEmpty());
        }
        assertEquals("'s", find(tokens, "'s").lemma(), "the possessive is split off its name");
        assertEquals("license", find(tokens, "licensed").lemma());
        assertEquals("PUNCT", tokens.get(tokens.size() - 1).pos());
    }

    @Test
    void sentencesAreFoundWithoutBreakingAtAbbreviations() {
        String text = "Globex Corp. agreed to buy Initech Inc. for $2 billion. The deal closes in May.";
        List<int[]> spans = analyzer.sentences(text);
        assertEquals(2, spans.size(), () -> spans.stream().map(sp -> text.substring(sp[0], sp[1])).toList().toString());
        assertTrue(text.substring(spans.get(1)[0], spans.get(1)[1]).startsWith("The deal"));
    }

    @Test
    void theLexiconGeneratesRegularAndIrregularForms() {
        Lexicon lexicon = Lexicon.of(Set.of("commit", "license", "stake", "buy"));
        assertEquals("commit", lexicon.lookup("committed").lemma());
        assertEquals("commit", lexicon.lookup("committing").lemma());
        assertEquals("license", lexicon.lookup("licensing").lemma());
        assertEquals("stake", lexicon.lookup("stakes").lemma());
        assertEquals("buy", lexicon.lookup("buys").lemma());
        assertEquals("buy", lexicon.lookup("bought").lemma());
        assertNull(lexicon.lookup("zebras"));
        assertTrue(LanguageAnalyzer.modelLoadMillis() > 0);
    }
}
