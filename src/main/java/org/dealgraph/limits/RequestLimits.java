package org.dealgraph.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Limits that hold for every request to a server: a client (by IP address) may have at most
 * {@code maxConcurrent} requests in progress at once — more are refused with 429 and {@code Retry-After} — and a
 * request body may be at most {@code maxBody} bytes, refused with 413 whether it declares its length or not. A body
 * that did not arrive in time ({@link BodyTooSlow}, raised by the server's own reads: {@link JettyGate},
 * {@link TomcatBodyDeadline}) is answered 408 and the connection closed. On a server whose clients are counted
 * before they wait for a thread ({@link JettyGate}), this filter counts nothing ({@link #bodyOnly}).
 */
public final class RequestLimits implements Filter {
    /** Seconds a refused client is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final ClientSlots slots;
    private final long maxBody;

    public RequestLimits(int maxConcurrent, long maxBody) {
        this(new ClientSlots(maxConcurrent), maxBody);
    }

    private RequestLimits(ClientSlots slots, long maxBody) {
        if (maxBody < 1) {
            throw new IllegalArgumentException("the body limit must be positive: " + maxBody);
        }
        this.slots = slots;
        this.maxBody = maxBody;
    }

    /** The body limits only: requests in progress are counted elsewhere (by a {@link JettyGate}). */
    public static RequestLimits bodyOnly(long maxBody) {
        return new RequestLimits(null, maxBody);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            if (declared <= 4 * maxBody && request.getHeader("Expect") == null) {
                // A modest excess is read and discarded, so that a client already sending gets the 413 rather than
                // a connection closed under it; a client that asked to wait (Expect: 100-continue) sends nothing.
                try {
                    request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (BodyTooSlow e) {
                    tooSlow(response, e);
                    return;
                }
            }
            tooLarge(response, declared);
            return;
        }
        String client = request.getRemoteAddr();
        if (slots != null && !slots.tryAcquire(client)) {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            send(response, 429, slots.refusal(client, "dealgraph.limits.max-concurrent-requests"));
            return;
        }
        try {
            chain.doFilter(declared < 0 ? new Capped(request, maxBody) : request, res);
            consumeRest(request, response);
        } catch (BodyTooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(response, -1);
            }
        } catch (IOException | ServletException | RuntimeException e) {
            BodyTooSlow slow = BodyTooSlow.in(e);
            HttpException unreadable = slow == null ? unreadable(e) : null;
            if (slow == null && unreadable == null) {
                throw e;
            }
            if (!response.isCommitted()) {
                if (slow != null) {
                    tooSlow(response, slow);
                } else {
                    // The server's own error page depends on what the client accepts, and is empty for some.
                    response.reset();
                    send(response, unreadable.getCode(), "The request cannot be read: " + unreadable.getReason()
                            + (e.getCause() != null && e.getCause().getMessage() != null ? " (" + e.getCause().getMessage() + ")" : "")
                            + ". Send forms and parameters as UTF-8, percent-encoded.");
                }
            }
        } finally {
            if (slots != null) {
                slots.release(client);
            }
        }
    }

    /**
     * The server's refusal of a request it cannot read (a form or parameters that cannot be decoded) raised while
     * a filter or servlet read it, or null.
     */
    private static HttpException unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http;
            }
        }
        return null;
    }

    /** Answers 408 for a body that did not arrive in time, and closes the connection (the rest is not read). */
    static void tooSlow(HttpServletResponse response, BodyTooSlow slow) throws IOException {
        response.reset();
        response.setHeader("Connection", "close");
        send(response, 408, BodyTooSlow.message(slow.limit()));
    }

    /**
     * Reads what a handler left of the request body (one that refused the request before reading it), at most
     * the body limit. Otherwise the server may close the connection after answering, while a client that keeps
     * connections alive already sends its next request on it; that request would get no reply at all.
     */
    private void consumeRest(HttpServletRequest request, HttpServletResponse response) {
        if (request.getContentLengthLong() == 0 || request.getHeader("Expect") != null) {
            return;
        }
        try {
            if (request.getInputStream().skip(maxBody) >= maxBody && !response.isCommitted()) {
                response.setHeader("Connection", "close");
            }
        } catch (IOException | IllegalStateException | UnsupportedOperationException e) {
            // The body was read another way (as characters, or as multipart parts): nothing is left of it; or it
            // did not arrive in time, and the connection is closed after the answer.
        }
    }

    private void tooLarge(HttpServletResponse response, long size) throws IOException {
        send(response, 413, "The request body" + (size >= 0 ? " of " + size + " bytes" : "")
                + " is larger than the limit of " + maxBody + " bytes (dealgraph.limits.max-request-body).");
    }

    /** Writes a plain-text error. */
    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Thrown while reading a body of undeclared length that passes the limit. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("The request body is larger than the limit of " + limit + " bytes");
        }
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    private void count(long n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
