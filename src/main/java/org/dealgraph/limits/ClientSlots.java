package org.dealgraph.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests each client (by IP address) has in progress: at most {@code max} at once. A client's entry
 * exists only while it has a request in progress, so the map holds no more than the requests themselves.
 */
final class ClientSlots {
    private final int max;
    private final ConcurrentMap<String, AtomicInteger> inProgress = new ConcurrentHashMap<>();

    ClientSlots(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("the per-client limit must be positive: " + max);
        }
        this.max = max;
    }

    int max() {
        return max;
    }

    /** Takes a slot for {@code client}; false (and nothing taken) when it has {@code max} already. */
    boolean tryAcquire(String client) {
        while (true) {
            AtomicInteger count = inProgress.computeIfAbsent(client, c -> new AtomicInteger());
            int now = count.get();
            if (now >= max) {
                return false;
            }
            if (now < 0) {
                // Being removed by a concurrent release: take a fresh entry.
                inProgress.remove(client, count);
                continue;
            }
            if (count.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back a slot taken with {@link #tryAcquire}. */
    void release(String client) {
        AtomicInteger count = inProgress.get(client);
        if (count == null) {
            return;
        }
        if (count.decrementAndGet() == 0 && count.compareAndSet(0, Integer.MIN_VALUE / 2)) {
            inProgress.remove(client, count);
        }
    }

    /** Clients with a request in progress (for tests and diagnostics). */
    int clients() {
        return inProgress.size();
    }

    /** The message of a refusal; {@code setting} names the property that sets the limit. */
    String refusal(String client, String setting) {
        return "Too many requests at once from " + client + ": at most " + max + " may be in progress at once "
                + "(" + setting + "). Retry after " + RequestLimits.RETRY_AFTER_SECONDS + " s.";
    }
}
