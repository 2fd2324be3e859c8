package org.dealgraph.web;

import org.dealgraph.query.Deal;
import org.dealgraph.query.Entity;
import org.dealgraph.query.Evidence;
import org.dealgraph.query.Money;
import org.dealgraph.query.Validity;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deals in words, highlighted evidence and content negotiation, without a server. */
class WordsTest {
    private static final String BASE = "http://localhost:8080/";
    private static final Entity AMAZON = new Entity(BASE + "id/org/amazon", "Amazon");
    private static final Entity OPENAI = new Entity(BASE + "id/org/openai", "Open<AI>");

    private static Validity validity(String status, String date) {
        return new Validity(status, date, null, null, null, null, List.of(), List.of(), null);
    }

    private static Evidence evidence(int start, int end) {
        return new Evidence(BASE + "article/a", "Headline", null, "quote", start, end, new BigDecimal("0.8"));
    }

    @Test
    void aDealReadsAsASentenceWithLinkedEscapedParties() {
        Deal investment = new Deal.Investment(BASE + "deal/a/investment-0123456789", AMAZON, OPENAI,
                new Money(new BigDecimal("50000000000"), "USD", true), validity("contingent", "2026-02"), evidence(0, 5));
        String html = new Words(new Site(new Iris(BASE)), OPENAI.iri()).sentence(investment);
        assertEquals("<a href=\"/id/org/amazon\">Amazon</a> agreed to invest up to $50 billion in "
                + "<strong>Open&lt;AI&gt;</strong> — February 2026", html);
        assertEquals("Amazon agreed to invest up to $50 billion in Open<AI>", Words.plain(investment));
    }

    @Test
    void moneyDatesAndPercentagesInWords() {
        assertEquals("$7.5 billion", Words.money(new Money(new BigDecimal("7500000000"), "USD", false)));
        assertEquals("up to €120 million", Words.money(new Money(new BigDecimal("120000000"), "EUR", true)));
        assertEquals("CHF 12,500", Words.money(new Money(new BigDecimal("12500"), "CHF", false)));
        assertEquals("27 April 2026", Words.date("2026-04-27"));
        assertEquals("February 2026", Words.date("2026-02"));
        assertEquals("2032", Words.date("2032"));
        assertEquals("27 %", Words.percent(new BigDecimal("27.0")));
    }

    @Test
    void overlappingEvidenceSpansAreMarkedAndTheTextEscaped() {
        String text = "A <b> B. C and D. E";
        Deal first = new Deal.Valuation(BASE + "deal/a/valuation-1", AMAZON, null, validity(null, null), evidence(0, 8));
        Deal second = new Deal.Valuation(BASE + "deal/a/valuation-2", AMAZON, null, validity(null, null), evidence(4, 17));
        String html = Pages.highlighted(text, List.of(first, second));
        assertFalse(html.contains("<b>"), html);
        assertEquals(3, html.split("<mark>", -1).length - 1, html);
        assertTrue(html.startsWith("<mark><a href=\"#fact-valuation-1\""), html);
        assertTrue(html.contains("href=\"#fact-valuation-2\""), html);
        assertTrue(html.endsWith(" E"), html);
        assertEquals(text, org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")));
    }

    @Test
    void negotiationFollowsQualityThenTheServersOrder() {
        assertEquals(Optional.of(RdfFormat.HTML), Negotiation.choose(null, RdfFormat.DESCRIPTION));
        assertEquals(Optional.of(RdfFormat.HTML), Negotiation.choose("*/*", RdfFormat.DESCRIPTION));
        assertEquals(Optional.of(RdfFormat.TURTLE), Negotiation.choose("text/*;q=0.9, text/html;q=0.1", RdfFormat.DESCRIPTION));
        assertEquals(Optional.of(RdfFormat.NTRIPLES),
                Negotiation.choose("application/n-triples, */*;q=0.1", RdfFormat.DESCRIPTION));
        assertEquals(Optional.empty(), Negotiation.choose("application/trig", RdfFormat.DESCRIPTION));
        assertEquals(Optional.of(RdfFormat.TRIG), Negotiation.choose("application/trig", RdfFormat.GRAPH));
        assertEquals(Optional.empty(), Negotiation.choose("text/turtle;q=0", List.of(RdfFormat.TURTLE)));
    }
}
