package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.extract.Facts.extract;
import static org.dealgraph.extract.Facts.find;
import static org.dealgraph.extract.Facts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A sentence without a date of its own takes the date the story is at, never the end of an earlier term. */
class NarrativeDateTest {

    @Test
    void theEndOfATermIsNotTheDateOfTheNextSentence() {
        List<Fact> facts = extract(null, "Intel will keep paying a revenue share to Arm through 2029, subject to a cap. "
                + "SoftBank also retains approximately 40 percent ownership of Arm's chip business.");
        Fact stake = find(facts, FactType.STAKE, "SoftBank", "Arm");
        assertNull(value(stake, "date"), "the stake is not dated by the revenue share's end");
    }

    @Test
    void anEventDateCarriesOverToTheNextSentence() {
        List<Fact> facts = extract(null, "In March 2025 SoftBank bought more shares of Arm. "
                + "SoftBank now holds about 40 percent of Arm.");
        Fact stake = find(facts, FactType.STAKE, "SoftBank", "Arm");
        assertEquals("2025-03", value(stake, "date"));
    }
}
