package org.dealgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.dealgraph.store.GraphStore;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Validators for everything the web server derives from the store (documents, pages, VoID, the ontology, the dump,
 * the API's JSON): a strong {@code ETag} and a {@code Last-Modified} from the store's change state
 * ({@link GraphStore#changeState()}), and {@code Cache-Control}. A GET or HEAD whose {@code If-None-Match} (or,
 * without it, {@code If-Modified-Since}) matches is answered {@code 304 Not Modified} before anything is read
 * from the store. The ETag names the server process, the store's version and the request (its path, query and
 * {@code Accept} header, so that each negotiated form has its own, and whether the client takes gzip); it is given
 * with 200 answers only.
 * <p>
 * Text answers are gzipped here for clients that accept it (Tomcat's own compression leaves answers with a strong
 * ETag alone, since their bytes would change under it; here the gzipped form has an ETag of its own).
 */
@Component
class Caching extends OncePerRequestFilter {
    /** For documents that change with the store: caches may keep them, but ask again each time (a cheap 304). */
    static final String REVALIDATE = "public, no-cache";
    /** For the ontology, which changes only with a new release of the service. */
    static final String ONTOLOGY = "public, max-age=3600";
    /** Paths that are not derived from the store, or have their own rules. */
    private static final List<String> EXCLUDED = List.of("/actuator", "/error", "/v3/api-docs", "/swagger-ui",
            "/yasgui/", "/webjars/");
    /** The types gzipped for clients that accept it. */
    private static final Set<String> TEXT = Set.of("text/html", "text/plain", "text/csv", "application/json",
            "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/trig",
            "application/n-quads", "application/xml", "image/svg+xml");

    private final GraphStore store;
    /** Distinguishes this process's validators from those of an earlier one over the same store. */
    private final String instance = Long.toString(System.currentTimeMillis(), 36);

    Caching(GraphStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return EXCLUDED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        GraphStore.ChangeState state = store.changeState();
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = etag(request, state.version(), gzip);
        // HTTP dates have whole seconds: a date is given only once its second is over, so that no later change
        // can share the second a client was told (it would then be answered 304 with a stale copy); until then
        // the ETag alone validates.
        long lastModified = System.currentTimeMillis() - state.lastModified() >= 1000 ? state.lastModified() / 1000 * 1000 : -1;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String cacheControl = path.startsWith(OntologyController.PATH) ? ONTOLOGY : REVALIDATE;
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            if (lastModified >= 0) {
                response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING);
            return;
        }
        Validated validated = new Validated(response, etag, lastModified, cacheControl, gzip);
        chain.doFilter(request, validated);
        validated.finish();
    }

    /** Whether an Accept-Encoding header takes gzip (not with q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].strip().replace(" ", "");
                    if (p.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private String etag(HttpServletRequest request, long version, boolean gzip) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String variant = request.getRequestURI() + "?" + (request.getQueryString() == null ? "" : request.getQueryString())
                + "\n" + (accept == null ? "" : accept.strip());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(variant.getBytes(StandardCharsets.UTF_8));
            return "\"" + instance + "-" + version + "-" + HexFormat.of().formatHex(digest, 0, 8) + (gzip ? "-gzip" : "")
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the client's copy is current: If-None-Match decides when given (weak comparison), else If-Modified-Since. */
    static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified >= 0 && lastModified <= since;
    }

    /**
     * The response, given the validators as its body begins if it is a 200 that has none of its own, and gzipped if
     * the client takes gzip and the body is text.
     */
    private static final class Validated extends HttpServletResponseWrapper {
        private final String etag;
        private final long lastModified;
        private final String cacheControl;
        private final boolean gzip;
        private boolean done;
        private boolean compressing;
        private GZIPOutputStream compressed;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Validated(HttpServletResponse response, String etag, long lastModified, String cacheControl, boolean gzip) {
            super(response);
            this.etag = etag;
            this.lastModified = lastModified;
            this.cacheControl = cacheControl;
            this.gzip = gzip;
        }

        /** Whether the body is gzipped: the client takes it, the body is text and not encoded already. */
        private boolean compress() {
            String type = getContentType();
            return gzip && type != null && TEXT.contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT))
                    && !containsHeader(HttpHeaders.CONTENT_ENCODING);
        }

        private void begin() {
            if (done || isCommitted()) {
                return;
            }
            done = true;
            if (getStatus() == HttpServletResponse.SC_OK && !containsHeader(HttpHeaders.ETAG)) {
                setHeader(HttpHeaders.ETAG, etag);
                if (lastModified >= 0) {
                    setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
                }
                if (!containsHeader(HttpHeaders.CACHE_CONTROL)) {
                    setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
                }
            }
            if (compress()) {
                compressing = true;
                setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                // The length is that of the gzipped body, unknown until it is written.
                super.setContentLengthLong(-1);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                begin();
                ServletOutputStream out = super.getOutputStream();
                if (compressing) {
                    compressed = new GZIPOutputStream(out, 8192);
                    stream = new Gzipped(out, compressed);
                } else {
                    stream = out;
                }
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String charset = getCharacterEncoding();
                writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(),
                        charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)), false);
            }
            return writer;
        }

        /** Whether a length set now would be wrong: the body is (or is going to be) gzipped. */
        private boolean lengthChanges() {
            return done ? compressing : gzip && compress();
        }

        @Override
        public void setContentLength(int length) {
            if (!(lengthChanges())) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!(lengthChanges())) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!(HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && lengthChanges())) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!(HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && lengthChanges())) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!(HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && lengthChanges())) {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            begin();
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        /** Ends the gzipped body, if there is one. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (compressed != null) {
                compressed.finish();
            }
        }
    }

    /** A servlet stream writing through gzip. */
    private static final class Gzipped extends ServletOutputStream {
        private final ServletOutputStream target;
        private final GZIPOutputStream gzip;

        Gzipped(ServletOutputStream target, GZIPOutputStream gzip) {
            this.target = target;
            this.gzip = gzip;
        }

        @Override
        public void write(int b) throws IOException {
            gzip.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            gzip.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            gzip.flush();
        }

        @Override
        public void close() throws IOException {
            gzip.finish();
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
