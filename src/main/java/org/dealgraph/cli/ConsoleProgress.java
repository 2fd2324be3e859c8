package org.dealgraph.cli;

import org.dealgraph.load.LoadProgress;
import org.dealgraph.load.LoadReport;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows a load's progress: a bar redrawn in place, with rate and time left, on a terminal; a plain line every
 * few seconds otherwise (logs, pipes, CI).
 */
final class ConsoleProgress implements LoadProgress {
    private static final int BAR = 30;
    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(100).toNanos();

    private final PrintStream out;
    private final boolean terminal;
    private long start;
    private long lastShown;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void started(int total) {
        start = System.nanoTime();
        lastShown = start;
        if (!terminal) {
            out.println("Loading " + total + " articles");
        }
    }

    @Override
    public void advanced(int done, int failed, int total) {
        long now = System.nanoTime();
        boolean last = done == total;
        if (!last && now - lastShown < (terminal ? REDRAW_EVERY_NANOS : LINE_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        String line = line(done, failed, total, now - start);
        if (terminal) {
            out.print("\r" + line);
            if (last) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    /**
     * Whether the process talks to a terminal. From JDK 22 on, {@code System.console()} is not null for a
     * redirected process either, and {@code Console.isTerminal()} tells; this code is compiled for 21, so that
     * method is looked up when present.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static String line(int done, int failed, int total, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
        double rate = done / seconds;
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        String eta = rate > 0 ? clock(Math.round((total - done) / rate)) : "?";
        return String.format("[%s%s] %d/%d %3d%%  %.0f articles/s  elapsed %s  left %s%s",
                "#".repeat(filled), ".".repeat(BAR - filled), done, total,
                total == 0 ? 100 : 100L * done / total, rate, clock(Math.round(seconds)), eta,
                failed > 0 ? "  " + failed + " failed" : "");
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    @Override
    public void finished(LoadReport report) {
        out.flush();
    }
}
