package org.dealgraph.limits;

import java.io.IOException;
import java.time.Duration;

/**
 * Thrown by a read of a request body that has not fully arrived within its time
 * ({@code dealgraph.limits.body-read-time}); answered 408.
 */
public final class BodyTooSlow extends IOException {
    private final Duration limit;

    public BodyTooSlow(Duration limit) {
        super(message(limit));
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** The message sent to the client. */
    public static String message(Duration limit) {
        return "The request body did not arrive within " + limit.toMillis() / 1000.0 + " s "
                + "(dealgraph.limits.body-read-time); send it at once, or at a faster rate.";
    }

    /** The BodyTooSlow that caused {@code e}, or null. */
    static BodyTooSlow in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooSlow slow) {
                return slow;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
