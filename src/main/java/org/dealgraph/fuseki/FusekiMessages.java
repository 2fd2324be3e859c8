package org.dealgraph.fuseki;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Locale;

/**
 * Every error Fuseki answers is plain text with its status and a message, whatever the client accepts: an error
 * it sends with {@code sendError} would otherwise get Jetty's error page, which is chosen by the request's
 * {@code Accept} and is empty for a client that accepts neither HTML nor text; and some of Fuseki's errors come with
 * no message at all (a Graph Store read of a graph that cannot be written as RDF/XML, the format it gives a client
 * without {@code Accept}, was a 406 without a word).
 * <p>
 * And Fuseki writes its plain-text messages (errors such as "Bad URI" or "No such graph") with a Content-Length of the
 * message's number of characters, then sends it as UTF-8: a message quoting a request's non-ASCII text (an IRI with
 * U+FFFD, an accented letter) is longer in bytes than declared, which Jetty turns into a 500 and a broken
 * connection. Here the declared length of plain-text answers is left out; the server sends them delimited by the
 * connection's framing instead.
 */
final class FusekiMessages implements Filter {
    /** A response whose declared length takes effect only once it is known not to be plain text. */
    private static final class Wrapped extends HttpServletResponseWrapper {
        private long pending = -1;
        private long written;
        private jakarta.servlet.ServletOutputStream counted;
        private final String method;

        Wrapped(HttpServletResponse response, String method) {
            super(response);
            this.method = method;
        }

        private boolean plainText() {
            String type = getContentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain");
        }

        private void settle() {
            if (pending >= 0) {
                if (!plainText()) {
                    super.setContentLengthLong(pending);
                }
                pending = -1;
            }
        }

        @Override
        public void setContentLength(int len) {
            setContentLengthLong(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            // Fuseki declares the length first and the type after; decided when the body is written.
            pending = len;
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            settle();
            if (counted == null) {
                jakarta.servlet.ServletOutputStream out = super.getOutputStream();
                counted = new jakarta.servlet.ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        written++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        written += len;
                    }

                    /** The server's own print, which writes the response's charset (the base class takes only Latin-1). */
                    @Override
                    public void print(String text) throws IOException {
                        out.print(text);
                        written += text == null ? 4 : text.length();
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(jakarta.servlet.WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return counted;
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            settle();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            settle();
            super.flushBuffer();
        }

        /** After the request: an error that was given no message gets one (some of Fuseki's give none). */
        void finish() throws IOException {
            if (getStatus() >= 400 && written == 0 && !isCommitted() && !"HEAD".equals(method)) {
                sendError(getStatus(), null);
                return;
            }
            settle();
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (isCommitted()) {
                super.sendError(sc, msg);
                return;
            }
            pending = -1;
            resetBuffer();
            setStatus(sc);
            setContentType("text/plain;charset=utf-8");
            String reason = org.eclipse.jetty.http.HttpStatus.getMessage(sc);
            String text = msg == null || msg.isBlank() ? "Error " + sc + ": " + reason : msg;
            if (sc == 406 && (msg == null || msg.isBlank())) {
                text += ": the answer cannot be given in a format the request accepts (without Accept, RDF/XML for a "
                        + "graph); ask for another in Accept, such as text/turtle or application/n-triples.";
            }
            getOutputStream().write((text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        Wrapped response = new Wrapped((HttpServletResponse) res, ((jakarta.servlet.http.HttpServletRequest) req).getMethod());
        chain.doFilter(req, response);
        response.finish();
    }
}
