package org.dealgraph.limits;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first handler of a Jetty server (Fuseki's), in front of its servlets. It counts a client's requests from the
 * moment they arrive, before they wait for a worker thread: a client (by IP address) with {@code maxPerClient}
 * requests in progress or waiting gets 429 with {@code Retry-After} at once, so that one client's excess cannot
 * queue up in front of everyone else's requests. Admitted requests are handed to the server's thread pool; a
 * request body that has not fully arrived within {@code bodyTime} of the request's start fails with
 * {@link BodyTooSlow} when it is read (whoever reads it: a filter, the form parser), which {@link RequestLimits}
 * answers with 408, so that a client sending its body a byte at a time cannot hold a worker for longer.
 */
public final class JettyGate extends Handler.Wrapper {
    private final ClientSlots slots;
    private final Duration bodyTime;

    public JettyGate(Handler next, int maxPerClient, Duration bodyTime) {
        super(next);
        if (bodyTime.isNegative() || bodyTime.isZero()) {
            throw new IllegalArgumentException("the body read time must be positive: " + bodyTime);
        }
        this.slots = new ClientSlots(maxPerClient);
        this.bodyTime = bodyTime;
    }

    /** Nothing here blocks: a refusal is written asynchronously, anything else is handed to the thread pool. */
    @Override
    public Invocable.InvocationType getInvocationType() {
        return Invocable.InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String client = Request.getRemoteAddr(request);
        if (!slots.tryAcquire(client)) {
            refuse(response, callback, 429, slots.refusal(client, "dealgraph.fuseki.max-concurrent-requests"));
            return true;
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                slots.release(client);
            }
        };
        Callback done = new Callback() {
            @Override
            public void succeeded() {
                release.run();
                callback.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                release.run();
                callback.failed(x);
            }

            @Override
            public Invocable.InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
        Request timed = new TimedBody(request, System.nanoTime() + bodyTime.toNanos(), bodyTime);
        Executor pool = getServer().getThreadPool();
        try {
            pool.execute(() -> {
                try {
                    Handler next = getHandler();
                    if (next == null || !next.handle(timed, response, done)) {
                        Response.writeError(timed, response, done, 404);
                    }
                } catch (Throwable e) {
                    done.failed(e);
                }
            });
        } catch (RejectedExecutionException e) {
            release.run();
            refuse(response, callback, 503, "The server is busy; retry later.");
        }
        return true;
    }

    private static void refuse(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RequestLimits.RETRY_AFTER_SECONDS));
        Content.Sink.write(response, true, message + "\n", callback);
    }

    /** A request whose body fails once it has not fully arrived by the deadline. */
    private static final class TimedBody extends Request.Wrapper {
        private final long deadline;
        private final Duration limit;

        TimedBody(Request request, long deadline, Duration limit) {
            super(request);
            this.deadline = deadline;
            this.limit = limit;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk != null && (chunk.isLast() || Content.Chunk.isFailure(chunk))) {
                return chunk;
            }
            if (System.nanoTime() - deadline > 0) {
                if (chunk != null) {
                    chunk.release();
                }
                return Content.Chunk.from(new BodyTooSlow(limit), true);
            }
            return chunk;
        }
    }
}
