package org.dealgraph.limits;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

import java.io.IOException;
import java.time.Duration;

/**
 * Tomcat's part of the body read time: every read of a request body (by a stream, the form parser or the
 * multipart parser, which all read through the request's input buffer) fails with {@link BodyTooSlow} once the body
 * has not fully arrived within {@code bodyTime} of the request's start. Tomcat's own read timeout
 * ({@code server.tomcat.connection-timeout}) bounds each wait for the next bytes, but restarts with every byte, so
 * a client trickling its body would otherwise hold a worker indefinitely. If whoever read the body did not answer
 * 408 itself, this valve does; the connection is closed without reading the rest.
 */
public final class TomcatBodyDeadline extends ValveBase {
    private final Duration bodyTime;

    public TomcatBodyDeadline(Duration bodyTime) {
        super(true);
        if (bodyTime.isNegative() || bodyTime.isZero()) {
            throw new IllegalArgumentException("the body read time must be positive: " + bodyTime);
        }
        this.bodyTime = bodyTime;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        InputBuffer original = coyote.getInputBuffer();
        Deadline deadline = new Deadline(original, System.nanoTime() + bodyTime.toNanos(), bodyTime);
        coyote.setInputBuffer(deadline);
        try {
            getNext().invoke(request, response);
        } finally {
            coyote.setInputBuffer(original);
        }
        if (deadline.expired) {
            coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            // Tomcat takes a failed read for a client that went away, and would answer a 500 for it.
            request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
            coyote.setErrorException(null);
            if (!response.isCommitted()) {
                response.resetError();
                response.setSuspended(false);
                RequestLimits.tooSlow(response, new BodyTooSlow(bodyTime));
            }
        }
    }

    private static final class Deadline implements InputBuffer {
        private final InputBuffer in;
        private final long at;
        private final Duration limit;
        volatile boolean expired;

        Deadline(InputBuffer in, long at, Duration limit) {
            this.in = in;
            this.at = at;
            this.limit = limit;
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) throws IOException {
            if (expired) {
                throw new BodyTooSlow(limit);
            }
            // Read first: the end of a body (or of none) is never refused, however late it is asked for.
            int n = in.doRead(handler);
            if (n >= 0 && System.nanoTime() - at > 0) {
                expired = true;
                throw new BodyTooSlow(limit);
            }
            return n;
        }

        @Override
        public int available() {
            return in.available();
        }
    }
}
