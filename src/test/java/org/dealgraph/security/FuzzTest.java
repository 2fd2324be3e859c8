package org.dealgraph.security;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.dealgraph.security.Http.ADMIN;
import static org.dealgraph.security.Http.ADMIN_PASSWORD;
import static org.dealgraph.security.Http.WRITER;
import static org.dealgraph.security.Http.WRITER_PASSWORD;
import static org.dealgraph.security.Http.basic;
import static org.dealgraph.security.Http.encode;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and mutated requests to the SPARQL query and update endpoints, the Graph Store and the article upload,
 * as anyone, with a wrong password, as a WRITER and as an ADMIN. For every request: an answer (never an empty
 * reply), never a 500 (nor any 5xx but a 503), a body with every refusal, and the store exactly as before (its
 * quads' count and digest) after every refused request and after every request without a role that may write.
 * <p>
 * Seeded and bounded: {@code -Dfuzz.seed=N} (default fixed) and {@code -Dfuzz.requests=N} (default 300) replay or
 * widen a run; a finding names its seed and number.
 */
@SpringBootTest(classes = DealgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.articles.location=" + WriteAccessTest.SEED,
                "dealgraph.fuseki.query-timeout=2s", "dealgraph.limits.max-request-body=256KB",
                "dealgraph.limits.max-article-size=64KB", "dealgraph.fuseki.max-concurrent-requests=8"})
@ActiveProfiles("memory")
class FuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int REQUESTS = Integer.getInteger("fuzz.requests", 300);
    /** Sends only request number N of the run ({@code -Dfuzz.only=N}), to replay a finding. */
    static final int ONLY = Integer.getInteger("fuzz.only", -1);
    /** The run stops here even if requests remain, so that it stays within its time on a busy machine. */
    static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 90));
    static final String SEED_GRAPH = "http://localhost:8080/article/000_aeaaa436f013f926";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        Http.addUser(registry, 0, WRITER, WRITER_PASSWORD, "WRITER");
        Http.addUser(registry, 1, ADMIN, ADMIN_PASSWORD, "ADMIN");
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedFuseki fuseki;
    @Autowired
    GraphStore store;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Who sends a request. */
    enum Who {
        ANONYMOUS(null), WRONG_PASSWORD(basic(WRITER, "not-" + WRITER_PASSWORD)), WRITER_(basic(WRITER, WRITER_PASSWORD)),
        ADMIN_(basic(ADMIN, ADMIN_PASSWORD));

        final String authorization;

        Who(String authorization) {
            this.authorization = authorization;
        }

        boolean mayWrite() {
            return this == WRITER_ || this == ADMIN_;
        }
    }

    /** The store's quads: their number and a digest independent of their order. */
    record Digest(long quads, String hash) {
    }

    static Digest digest(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long count = 0;
            byte[] sum = new byte[32];
            try {
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                    Quad q = it.next();
                    byte[] h = MessageDigest.getInstance("SHA-256").digest(q.toString().getBytes(StandardCharsets.UTF_8));
                    int carry = 0;
                    for (int i = 31; i >= 0; i--) {
                        int v = (sum[i] & 0xff) + (h[i] & 0xff) + carry;
                        sum[i] = (byte) v;
                        carry = v >> 8;
                    }
                    count++;
                }
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return new Digest(count, java.util.HexFormat.of().formatHex(sum));
        });
    }

    static final List<String> QUERIES = new ArrayList<>(List.of(
            "SELECT * { ?s ?p ?o } LIMIT 5",
            "ASK { ?s ?p ?o }",
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5",
            "DESCRIBE <" + SEED_GRAPH + ">",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "PREFIX dg: <https://w3id.org/dealgraph/ontology#> SELECT ?d { ?d a dg:Deal ; dg:status ?st FILTER(REGEX(STR(?st), \"^a\")) }",
            "SELECT (STRDT(\"2026-02-30\", <http://www.w3.org/2001/XMLSchema#date>) AS ?d) {}",
            "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT ?x { VALUES ?x { 1 2 3 } } ORDER BY DESC(?x)"));
    static final List<String> UPDATES = List.of(
            "INSERT DATA { GRAPH <urn:fuzz:g1> { <urn:s> <urn:p> \"o\" } }",
            "DELETE WHERE { GRAPH <urn:fuzz:g1> { ?s ?p ?o } }",
            "DROP GRAPH <urn:fuzz:g1>",
            "DROP SILENT GRAPH <urn:fuzz:g2>",
            "CLEAR DEFAULT",
            "DROP ALL",
            "INSERT DATA { <urn:s> <urn:p> <urn:o> }",
            "LOAD <file:///etc/passwd> INTO GRAPH <urn:fuzz:g3>",
            "COPY <" + SEED_GRAPH + "> TO <urn:fuzz:g4>",
            "WITH <urn:fuzz:g5> INSERT { ?s <urn:p> 1 } WHERE { ?s ?p ?o }",
            "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
            "INSERT { GRAPH <urn:fuzz:g6> { <urn:s> <urn:p> ?d } } WHERE { BIND(STRDT(\"2026-02-30\", <http://www.w3.org/2001/XMLSchema#date>) AS ?d) }",
            "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <urn:s> <urn:p> 1 } }",
            "INSERT DATA { GRAPH <urn:fuzz:g7> { <urn:s> <urn:p> \"2026-02-30\"^^<http://www.w3.org/2001/XMLSchema#date> } }",
            "INSERT { GRAPH <urn:fuzz:g8> { ?s ?p ?o } } WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }",
            "MOVE <urn:fuzz:g1> TO <" + SEED_GRAPH + ">",
            "ADD DEFAULT TO <urn:fuzz:g9>");
    static final List<String> TRIPLES = List.of(
            "<urn:s> <urn:p> \"o\" .",
            "@prefix ex: <urn:ex:> . ex:s ex:p ex:o , \"x\"@en , 5 .",
            "<urn:s> <urn:p> \"2026-02-30\"^^<http://www.w3.org/2001/XMLSchema#date> .",
            "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    + "<rdf:Description rdf:about=\"urn:s\"><rdf:value>1</rdf:value></rdf:Description></rdf:RDF>",
            "{ \"@context\": \"http://example.org/context.jsonld\", \"@id\": \"urn:s\" }",
            "<urn:g> { <urn:s> <urn:p> <urn:o> }");
    static final List<String> ARTICLES = List.of(
            WriteAccessTest.ARTICLE,
            "<html><head><title>Acme buys Beta</title><meta property=\"og:title\" content=\"Acme buys Beta\">"
                    + "</head><body><article><p>Acme Corp agreed to buy Beta Labs for $5 million.</p></article></body></html>",
            "---\ntitle: Acme and Beta\ndate: 2026-03-02\n---\n\n# Acme and Beta\n\nAcme Corp invests $5 million in Beta Labs.\n",
            "Headline only\n");
    static final List<String> TOKENS = List.of("{", "}", "(", ")", "<", ">", "\"", "'", "\\", "GRAPH ?g", "GRAPH <urn:x-arq:UnionGraph>",
            "SERVICE <http://127.0.0.1:1/> { ?s ?p ?o }", "LOAD <file:///etc/hosts>", "DROP ALL", "CLEAR DEFAULT", ";",
            "\u202e", "%00", "\u0000", "\"2026-02-30\"^^<http://www.w3.org/2001/XMLSchema#date>", "STRDT(", "REGEX(",
            "BIND(", "*", "?x", "@en", "\n", ",", ".", "#", "((((((((((", "))))", "_:b", "[]", "\uFFFF", "\uD800",
            "PREFIX : <", "BASE <", "1e999999", "\"\"\"", "^^", "<http://localhost:8080/article/000_aeaaa436f013f926>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "---\n", "\r\n", "\t");
    static final List<String> IDS = List.of("fuzz-a", "fuzz-b", "000_aeaaa436f013f926", "../x", "a.ttl", "", ".hidden",
            "x".repeat(200), "a%2Fb", "\u00e9t\u00e9", "con", "a b", "fuzz-c.trig");
    static final List<String> GRAPHS = List.of("urn:fuzz:g1", "urn:fuzz:g2", SEED_GRAPH, "urn:x-arq:DefaultGraph",
            "urn:x-arq:UnionGraph", "relative", "", "http://[bad", "urn:fuzz:" + "x".repeat(300));
    static final List<String> QUERY_TYPES = List.of("application/sparql-query", "application/x-www-form-urlencoded",
            "text/plain", "multipart/form-data; boundary=x", "application/sparql-query; charset=latin1", "");
    static final List<String> UPDATE_TYPES = List.of("application/sparql-update", "application/x-www-form-urlencoded",
            "text/plain", "application/sparql-update; charset=utf-16", "");
    static final List<String> RDF_TYPES = List.of("text/turtle", "application/n-triples", "application/rdf+xml",
            "application/ld+json", "application/trig", "text/plain", "");
    static final List<String> ARTICLE_TYPES = List.of("text/plain", "text/html", "text/markdown",
            "multipart/form-data; boundary=fuzz", "application/octet-stream", "text/plain; charset=latin1", "");

    static {
        try (Stream<Path> cq = Files.list(Path.of("ontology/cq"))) {
            cq.filter(p -> p.toString().endsWith(".rq")).sorted().limit(6).forEach(p -> {
                try {
                    QUERIES.add(Files.readString(p));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** {@code text} with one to four random changes, or now and then random bytes. */
    static byte[] mutate(Random random, String text) {
        if (random.nextInt(10) == 0) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            return noise;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int changes = random.nextInt(5);
        for (int c = 0; c < changes; c++) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            byte[] next;
            switch (random.nextInt(6)) {
                case 0 -> { // a token inserted
                    byte[] token = pick(random, TOKENS).getBytes(StandardCharsets.UTF_8);
                    next = concat(slice(bytes, 0, at), token, slice(bytes, at, bytes.length));
                }
                case 1 -> { // a byte changed (possibly into invalid UTF-8)
                    next = bytes.clone();
                    if (next.length > 0) {
                        next[Math.min(at, next.length - 1)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> { // a piece removed
                    int to = Math.min(bytes.length, at + random.nextInt(20));
                    next = concat(slice(bytes, 0, at), slice(bytes, to, bytes.length));
                }
                case 3 -> // cut short
                        next = slice(bytes, 0, at);
                case 4 -> { // a piece repeated
                    int to = Math.min(bytes.length, at + random.nextInt(30));
                    byte[] piece = slice(bytes, at, to);
                    next = concat(slice(bytes, 0, to), piece, piece, slice(bytes, to, bytes.length));
                }
                default -> { // invalid UTF-8 inserted
                    next = concat(slice(bytes, 0, at), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                            slice(bytes, at, bytes.length));
                }
            }
            bytes = next;
        }
        return bytes;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(Math.max(from, to), b.length));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String text(Random random, String base) {
        return new String(mutate(random, base), StandardCharsets.UTF_8);
    }

    /** One fuzzed request, with a line describing it. */
    record Case(HttpRequest request, String description, boolean write, byte[] body) {
    }

    Case next(Random random, Who who) {
        String fuseki = this.fuseki.datasetUrl();
        String web = "http://localhost:" + port;
        int kind = random.nextInt(4);
        String method;
        String url;
        String type;
        byte[] body;
        boolean write = true;
        switch (kind) {
            case 0 -> { // SPARQL query
                String q = text(random, pick(random, QUERIES));
                String endpoint = fuseki + pick(random, List.of("/sparql", "/query", "", "/"));
                write = false;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        method = pick(random, List.of("GET", "GET", "HEAD", "DELETE", "PUT"));
                        url = endpoint + "?query=" + encode(q) + (random.nextBoolean() ? "" : "&format=" + encode(pick(random, List.of("json", "xml", "csv", "tsv", "x", ""))));
                        type = "";
                        body = new byte[0];
                    }
                    case 1 -> {
                        method = "POST";
                        url = endpoint;
                        type = pick(random, QUERY_TYPES);
                        body = mutate(random, pick(random, QUERIES));
                    }
                    default -> {
                        method = "POST";
                        url = endpoint;
                        type = "application/x-www-form-urlencoded";
                        body = (pick(random, List.of("query=", "update=", "query=&query=", "request=")) + encode(q)).getBytes(StandardCharsets.UTF_8);
                        write = true; // an update= field at a query endpoint must never write
                    }
                }
            }
            case 1 -> { // SPARQL update
                String u = text(random, pick(random, UPDATES));
                method = pick(random, List.of("POST", "POST", "POST", "GET", "PUT", "PATCH"));
                type = pick(random, UPDATE_TYPES);
                url = fuseki + pick(random, List.of("/update", "/update", "/sparql", "/data", "")) + (method.equals("GET") ? "?update=" + encode(u) : "");
                body = type.startsWith("application/x-www-form-urlencoded")
                        ? (pick(random, List.of("update=", "request=", "update=x&update=", "using-graph-uri=urn:g&update=")) + encode(u)).getBytes(StandardCharsets.UTF_8)
                        : u.getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> { // Graph Store
                method = pick(random, List.of("PUT", "POST", "DELETE", "GET", "PATCH", "POST"));
                String graph = random.nextInt(4) == 0 ? text(random, pick(random, GRAPHS)) : pick(random, GRAPHS);
                String query = pick(random, List.of("?graph=" + encode(graph), "?default", "?graph=" + encode(graph) + "&graph=urn:fuzz:g2",
                        "", "?graph=" + encode(graph) + "&default"));
                url = fuseki + pick(random, List.of("/data", "/data", "/get", "")) + query;
                type = pick(random, RDF_TYPES);
                body = mutate(random, pick(random, TRIPLES));
            }
            default -> { // article upload
                method = pick(random, List.of("POST", "POST", "POST", "PUT", "DELETE"));
                String id = random.nextInt(4) == 0 ? text(random, pick(random, IDS)) : pick(random, IDS);
                url = web + "/api/articles?id=" + encode(id) + (random.nextBoolean() ? "&replace=true" : "");
                type = pick(random, ARTICLE_TYPES);
                byte[] article = mutate(random, pick(random, ARTICLES));
                body = type.startsWith("multipart")
                        ? concat(("--fuzz\r\nContent-Disposition: form-data; name=\"" + pick(random, List.of("file", "file", "other"))
                        + "\"; filename=\"" + pick(random, List.of("a.txt", "a.html", "a.md", "a.exe", "")) + "\"\r\nContent-Type: "
                        + pick(random, List.of("text/plain", "text/html", "image/png")) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                        article, "\r\n--fuzz--\r\n".getBytes(StandardCharsets.UTF_8))
                        : article;
            }
        }
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            b = HttpRequest.newBuilder(URI.create(fuseki + "/sparql?query=" + encode(url)));
        }
        b.timeout(Duration.ofSeconds(30)).method(method, body.length == 0 && !method.equals("POST") && !method.equals("PUT")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!type.isEmpty()) {
            b.header("Content-Type", type);
        }
        if (who.authorization != null) {
            b.header("Authorization", who.authorization);
        }
        if (random.nextInt(5) == 0) {
            b.header("Accept", pick(random, List.of("application/sparql-results+json", "text/csv", "text/turtle", "x/y", "*/*;q=0", "text/html")));
        }
        String shown = new String(body, StandardCharsets.UTF_8);
        HttpRequest built = b.build();
        return new Case(built, who + " " + method + " " + url + " [" + type + "] " + built.headers().firstValue("Accept").map(a -> "Accept: " + a + " ").orElse("")
                + shown.substring(0, Math.min(160, shown.length())).replace("\n", "\\n"), write, body);
    }

    @Test
    void fuzzedRequestsAreAnsweredAndRefusedOnesChangeNothing() throws Exception {
        Random random = new Random(SEED);
        List<String> findings = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int done = 0;
        for (int i = 0; i < REQUESTS && System.nanoTime() < deadline; i++, done++) {
            Who who = pick(random, List.of(Who.values()));
            Case c = next(random, who);
            if (ONLY >= 0 && i != ONLY) {
                continue;
            }
            Digest before = digest(store.datasetGraph());
            HttpResponse<String> response;
            try {
                response = client.send(c.request(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                findings.add("#" + i + " no reply (" + e + "): " + c.description());
                continue;
            }
            Digest after = digest(store.datasetGraph());
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String what = "#" + i + " " + status + " " + c.description() + " -> "
                    + response.body().substring(0, Math.min(200, response.body().length())).replace("\n", "\\n");
            int before_ = findings.size();
            if (status >= 500 && status != 503) {
                findings.add("server error: " + what);
            }
            if (status >= 400 && response.body().isBlank() && !c.request().method().equals("HEAD")) {
                findings.add("a refusal without a body: " + what);
            }
            if (status >= 400 && !after.equals(before)) {
                findings.add("a refused request changed the store " + before + " -> " + after + ": " + what);
            }
            if ((!who.mayWrite() || !c.write()) && !after.equals(before)) {
                findings.add("a write without the role: " + before + " -> " + after + ": " + what);
            }
            if (findings.size() > before_) {
                // The body of each finding, to replay it: target/fuzz-findings/SEED-NUMBER.bin
                Path dir = Files.createDirectories(Path.of("target/fuzz-findings"));
                Files.write(dir.resolve(SEED + "-" + i + ".bin"), c.body());
            }
        }
        if (!findings.isEmpty()) {
            System.out.println("FUZZ findings:\n" + String.join("\n", findings));
        }
        System.out.printf("FUZZ seed=%d requests=%d statuses=%s findings=%d%n", SEED, done, statuses, findings.size());
        assertTrue(ONLY >= 0 || done >= Math.min(REQUESTS, 100), "only " + done + " requests within " + BUDGET);
        assertTrue(findings.isEmpty(), findings.size() + " findings (seed " + SEED + "):\n" + String.join("\n", findings));
    }
}
