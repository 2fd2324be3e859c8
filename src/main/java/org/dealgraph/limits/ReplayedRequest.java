package org.dealgraph.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A request whose body, already read by a filter, is served again from memory. */
public final class ReplayedRequest extends HttpServletRequestWrapper {
    private final byte[] bytes;
    private final boolean text;

    /** The body as UTF-8 text. */
    public ReplayedRequest(HttpServletRequest request, String body) {
        super(request);
        this.bytes = body.getBytes(StandardCharsets.UTF_8);
        this.text = true;
    }

    /** The body as the bytes read (of the request's declared character encoding, if text). */
    public ReplayedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.bytes = body;
        this.text = false;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("blocking reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(),
                encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public String getCharacterEncoding() {
        return text ? StandardCharsets.UTF_8.name() : super.getCharacterEncoding();
    }

    @Override
    public int getContentLength() {
        return bytes.length;
    }

    @Override
    public long getContentLengthLong() {
        return bytes.length;
    }
}
