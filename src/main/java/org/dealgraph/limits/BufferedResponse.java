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
 * {@link #finish()}; an error sent with {@link #sendError} replaces whatever was written.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int errorStatus;
    private String errorMessage;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
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

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    /** Whether what was written so far contains {@code text} (in UTF-8) within its last {@code tail} bytes. */
    boolean tailContains(String text, int tail) {
        if (writer != null) {
            writer.flush();
        }
        byte[] bytes = buffer.toByteArray();
        int from = Math.max(0, bytes.length - tail);
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).contains(text);
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
