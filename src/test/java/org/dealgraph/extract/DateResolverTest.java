package org.dealgraph.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 29); // a Wednesday

    private static List<String> isos(String text, LocalDate published) {
        return DateResolver.find(text, published).stream().map(DateResolver.Found::iso).toList();
    }

    private static String only(String text, LocalDate published) {
        List<DateResolver.Found> found = DateResolver.find(text, published);
        assertEquals(1, found.size(), "dates in '" + text + "': " + found);
        return found.get(0).iso();
    }

    @Test
    void absoluteDatesKeepTheirPrecision() {
        assertEquals("2026-04-27", only("announced on April 27, 2026, that", null));
        assertEquals("2026-02", only("traces back to February 2026, when", null));
        assertEquals("2032", only("a defined end date of 2032", null));
        assertEquals("2025-10", only("committed in October 2025 to purchase", null));
        assertEquals("2025-09-09", only("On Sept. 9 the company said", LocalDate.of(2025, 9, 24)));
    }

    @Test
    void relativeDatesUseThePublicationDate() {
        assertEquals("2026", only("signed a deal earlier this year", PUBLISHED));
        assertEquals("2025", only("invested last year", PUBLISHED));
        assertEquals("2026-03", only("raised money last month", PUBLISHED));
        assertEquals("2026-04", only("reported earlier this month", PUBLISHED));
        assertEquals("2026-04-27", only("said on Monday that", PUBLISHED));
        assertEquals("2026-04-29", only("said on Wednesday that", PUBLISHED));
        assertEquals("2026-02", only("in February the startup", PUBLISHED));
        assertEquals("2025-12", only("In December, it raised", PUBLISHED));
        assertEquals("2026-03", only("completed in March of this year", PUBLISHED));
    }

    @Test
    void relativeDatesWithoutPublicationDateStayUnresolved() {
        assertNull(only("signed a deal earlier this year", null));
        assertNull(only("said on Monday that", null));
        assertNull(only("in February the startup", null));
    }

    @Test
    void numbersThatAreNotYearsAreIgnored() {
        assertTrue(isos("cut 10,000 jobs and paid $2025 million for 2030 percent", null).isEmpty());
        assertTrue(isos("the revised arrangement may expand choice", PUBLISHED).isEmpty());
    }
}
