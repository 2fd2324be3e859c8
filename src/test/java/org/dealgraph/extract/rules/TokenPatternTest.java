package org.dealgraph.extract.rules;

import org.dealgraph.article.Article;
import org.dealgraph.extract.DealExtractor;
import org.dealgraph.extract.SentenceView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenPatternTest {

    private static final DealExtractor EXTRACTOR = DealExtractor.createDefault();

    private static List<Unit> units(String sentence) {
        Article a = new Article("t", "Headline", null, null, null, "Headline\n\n" + sentence + "\n", "Headline\n\n".length());
        List<SentenceView> views = EXTRACTOR.analyse(a);
        assertEquals(1, views.size(), "one sentence");
        return Units.of(views.get(0));
    }

    private static String text(List<Unit> units, int[] range, String sentence) {
        return sentence.substring(units.get(range[0]).start(), units.get(range[1]).end());
    }

    @Test
    void lemmasMatchEveryFormAndMentionsAreOneUnit() {
        String s = "Microsoft bought Activision Blizzard for $68.7 billion.";
        List<Unit> u = units(s);
        TokenPattern p = TokenPattern.compile("acquirer:ORG buy target:ORG \"for\" price:MONEY");
        Optional<TokenPattern.Match> m = p.find(u, 0);
        assertTrue(m.isPresent());
        assertEquals("Microsoft", text(u, m.get().captures().get("acquirer"), s));
        assertEquals("Activision Blizzard", text(u, m.get().captures().get("target"), s));
        assertEquals("$68.7 billion", text(u, m.get().captures().get("price"), s));
    }

    @Test
    void repetitionAlternativesTestsAndLookahead() {
        String s = "Microsoft will quickly buy the games maker Activision Blizzard.";
        List<Unit> u = units(s);
        assertTrue(TokenPattern.compile("ORG [pos=AUX|ADV]* (acquire | buy) [!mention]{0,4}? ORG").find(u, 0).isPresent());
        assertFalse(TokenPattern.compile("ORG acquire").find(u, 0).isPresent());
        assertFalse(TokenPattern.compile("ORG [pos=AUX|ADV]* buy !\"the\"").find(u, 0).isPresent());
        assertTrue(TokenPattern.compile("ORG [pos=AUX|ADV]* buy !\"a\"").find(u, 0).isPresent());
        Map<String, TokenPattern> macros = Map.of("BUY", TokenPattern.compile("buy | acquire"));
        assertTrue(TokenPattern.compile("x:ORG _* @BUY", macros::get).find(u, 0).isPresent());
    }

    @Test
    void badPatternsAreRefusedWithWhere() {
        PatternSyntaxException e = assertThrows(PatternSyntaxException.class, () -> TokenPattern.compile("ORG (buy"));
        assertTrue(e.getMessage().contains("missing ')'"), e.getMessage());
        assertThrows(PatternSyntaxException.class, () -> TokenPattern.compile("Buy ORG"));
        assertThrows(PatternSyntaxException.class, () -> TokenPattern.compile("[lemma=buy"));
        assertThrows(PatternSyntaxException.class, () -> TokenPattern.compile("@NOPE"));
        assertThrows(PatternSyntaxException.class, () -> TokenPattern.compile("x{3,1}"));
    }

    @Test
    void aRunawayPatternGivesUpWithinItsBudget() {
        StringBuilder s = new StringBuilder("Globex");
        for (int i = 0; i < 60; i++) {
            s.append(" and the other");
        }
        s.append(" firm.");
        List<Unit> u = units(s.toString());
        long t0 = System.nanoTime();
        assertFalse(TokenPattern.compile("(_* _*)* MONEY").find(u, 0).isPresent());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "bounded");
    }

    @Test
    void ruleFilesAreCheckedAsTheyAreRead() {
        RuleSet standard = RuleSet.standard();
        assertTrue(standard.rules().size() >= 20);
        assertTrue(standard.lemmas().contains("acquire"));
        PatternSyntaxException e = assertThrows(PatternSyntaxException.class, () -> RuleSet.parse(Map.of("x.rules",
                "rule r\n  type Takeover\n  pattern ORG buy ORG\n")));
        assertTrue(e.getMessage().startsWith("x.rules:2:"), e.getMessage());
        assertThrows(PatternSyntaxException.class, () -> RuleSet.parse(Map.of("x.rules",
                "rule r\n  type Acquisition\n  set price=3\n  pattern ORG buy ORG\n")));
        assertThrows(PatternSyntaxException.class, () -> RuleSet.parse(Map.of("x.rules",
                "attribute Acquisition status\n  sold = buy\n")));
    }
}
