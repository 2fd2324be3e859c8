package org.dealgraph.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleProgressTest {

    @Test
    void theLineShowsCountRateAndTimeLeft() {
        String line = ConsoleProgress.line(250, 3, 1000, 5_000_000_000L);
        assertEquals("[#######.......................] 250/1000  25%  50 articles/s  elapsed 0:00:05  left 0:00:15  3 failed", line);
    }

    @Test
    void withoutATerminalItWritesPlainLinesAndAlwaysTheLast() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(buffer, true, StandardCharsets.UTF_8), false);
        progress.started(3);
        progress.advanced(1, 0, 3);
        progress.advanced(2, 0, 3);
        progress.advanced(3, 1, 3);
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Loading 3 articles\n"), text);
        assertTrue(text.contains("3/3 100%"), text);
        assertTrue(!text.contains("\r"), "no carriage returns in a log");
    }
}
