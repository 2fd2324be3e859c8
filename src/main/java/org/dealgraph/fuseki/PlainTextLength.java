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
 * Fuseki writes its plain-text messages (errors such as "Bad URI" or "No such graph") with a Content-Length of the
 * message's number of characters, then sends it as UTF-8: a message quoting a request's non-ASCII text (an IRI with
 * U+FFFD, an accented letter) is longer in bytes than declared, which Jetty turns into a 500 and a broken
 * connection. Here the declared length of plain-text answers is left out; the server sends them delimited by the
 * connection's framing instead.
 */
final class PlainTextLength implements Filter {
    /** A response whose declared length takes effect only once it is known not to be plain text. */
    private static final class Wrapped extends HttpServletResponseWrapper {
        private long pending = -1;

        Wrapped(HttpServletResponse response) {
            super(response);
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
            return super.getOutputStream();
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

        void finish() {
            settle();
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        Wrapped response = new Wrapped((HttpServletResponse) res);
        chain.doFilter(req, response);
        response.finish();
    }
}
