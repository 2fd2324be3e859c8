package org.dealgraph.limits;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response held in memory until the request is done, so that an error part-way (a query timeout after the
 * first rows) becomes an error status instead of a 200 with a truncated body. Nothing reaches the client before
 * {@link #finish()}; an error sent with {@link #sendError} replaces whatever was written. At most {@code limit}
 * bytes are held: a write past it throws {@link TooLarge} (which stops whoever is writing the answer, a query's
 * serialiser, and with it the query) and discards what was held; {@link #overflowed()} says so afterwards.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final Buffer buffer = new Buffer();
    private final long limit;
    private boolean overflowed;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int errorStatus;
    private String errorMessage;

    BufferedResponse(HttpServletResponse response, long limit) {
        super(response);
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** Thrown by a write that would hold more than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The answer is larger than " + limit + " bytes");
        }
    }

    /** A byte buffer whose last bytes can be looked at without copying it all. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(8192);
        }

        String tail(int length) {
            int from = Math.max(0, count - length);
            return new String(buf, from, count - from, StandardCharsets.UTF_8);
        }

        /** Empties the buffer and lets go of its memory. */
        void release() {
            reset();
            buf = new byte[0];
        }
    }

    private void reserve(int length) throws TooLarge {
        if (overflowed || buffer.size() + (long) length > limit) {
            if (!overflowed) {
                overflowed = true;
                buffer.release();
            }
            throw new TooLarge(limit);
        }
    }

    /** Whether the answer was larger than the limit (and was discarded). */
    boolean overflowed() {
        return overflowed;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    reserve(1);
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    reserve(len);
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking writes only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void setBufferSize(int size) {
        // Nothing is sent before the answer is complete; the server's own buffer is left as it is.
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
    }

    @Override
    public void reset() {
        super.reset();
        buffer.reset();
    }

    @Override
    public void setContentLength(int len) {
        // The length is set from the buffer when the response is complete.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As above.
    }

    @Override
    public void sendError(int sc, String msg) {
        errorStatus = sc;
        errorMessage = msg;
        buffer.reset();
    }

    /** Lets go of the held answer's memory once it has been sent or discarded. */
    void release() {
        buffer.release();
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    /** Whether what was written so far contains {@code text} (in UTF-8) within its last {@code tail} bytes. */
    boolean tailContains(String text, int tail) {
        if (writer != null) {
            writer.flush();
        }
        return buffer.tail(tail).contains(text);
    }

    /** Sends what was written, or the error sent instead. */
    void finish() throws IOException {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (writer != null) {
            writer.flush();
        }
        if (errorStatus != 0) {
            response.resetBuffer();
            RequestLimits.send(response, errorStatus, errorMessage == null ? "Error " + errorStatus : errorMessage);
            return;
        }
        response.setContentLengthLong(buffer.size());
        buffer.writeTo(response.getOutputStream());
    }

    /** Discards what was written and sends an error. */
    void fail(int status, String message) throws IOException {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.reset();
        RequestLimits.send(response, status, message);
    }
}
