package org.dealgraph.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library does not do: connect from another local address
 * (127.0.0.2 is another client than 127.0.0.1 to the server), send a body a byte at a time.
 */
final class RawHttp implements AutoCloseable {
    /** What came back: the status (0 for none: the connection closed without a reply) and the body. */
    record Reply(int status, String head, String body, long millis) {
        boolean empty() {
            return status == 0;
        }
    }

    private final Socket socket;
    private final long start = System.nanoTime();

    RawHttp(String localAddress, int port) throws IOException {
        socket = new Socket();
        socket.bind(new InetSocketAddress(localAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(60_000);
    }

    /** Sends the request line and headers (a Content-Length of {@code length} when not negative). */
    RawHttp head(String method, String target, String contentType, long length, String... headers) throws IOException {
        StringBuilder b = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (contentType != null) {
            b.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (length >= 0) {
            b.append("Content-Length: ").append(length).append("\r\n");
        }
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        b.append("Connection: close\r\n\r\n");
        socket.getOutputStream().write(b.toString().getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return this;
    }

    /** Sends bytes of the body; false when the server has closed the connection. */
    boolean send(byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a reply (or the connection's end) is waiting to be read. */
    boolean answered() throws IOException {
        return socket.getInputStream().available() > 0 || socket.isInputShutdown();
    }

    /** Reads the reply until the connection closes, waiting at most {@code timeoutMillis} for each read. */
    Reply reply(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                all.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            if (all.size() == 0) {
                throw e;
            }
        } catch (IOException e) {
            // reset by the server after its reply: keep what came
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || split < 0) {
            return new Reply(0, text, "", millis);
        }
        String head = text.substring(0, split);
        String body = text.substring(split + 4);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new Reply(Integer.parseInt(head.substring(9, 12)), head, body, millis);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int eol = body.indexOf("\r\n", at);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
            at = eol + 2 + size + 2;
        }
        return out.toString();
    }

    /** A whole GET from {@code localAddress}, with its time. */
    static Reply get(String localAddress, int port, String target, int timeoutMillis) throws IOException {
        try (RawHttp http = new RawHttp(localAddress, port)) {
            http.head("GET", target, null, -1);
            return http.reply(timeoutMillis);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
