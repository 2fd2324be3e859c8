package org.dealgraph.security;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Small HTTP helpers for the security and limits tests: requests with or without HTTP Basic credentials. */
public final class Http {
    public static final HttpClient CLIENT = HttpClient.newHttpClient();
    public static final String WRITER = "writer";
    public static final String WRITER_PASSWORD = "writer-password-for-tests";
    public static final String ADMIN = "root";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private Http() {
    }

    /** Configures user number {@code index} of the service under test, with the bcrypt hash of its password. */
    public static void addUser(DynamicPropertyRegistry registry, int index, String name, String password, String role) {
        String user = "dealgraph.security.users[" + index + "].";
        registry.add(user + "name", () -> name);
        registry.add(user + "password-hash", () -> Accounts.hash(password));
        registry.add(user + "roles", () -> role);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** Bodies from this size on are sent after the server's "100 Continue", as careful clients do. */
    static final int EXPECT_CONTINUE_FROM = 8 * 1024;

    /**
     * A request with the body {@code body} of type {@code contentType}, and credentials when {@code auth} is not null.
     * A large body waits for the server's go-ahead ({@code Expect: 100-continue}), so that a server refusing it for
     * its size answers 413 before the body is sent, instead of closing a connection the client is still writing to.
     */
    public static HttpRequest.Builder post(String url, String contentType, byte[] body, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .expectContinue(body.length >= EXPECT_CONTINUE_FROM)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return b;
    }

    public static HttpResponse<String> post(String url, String contentType, String body, String auth)
            throws IOException, InterruptedException {
        return send(post(url, contentType, body.getBytes(StandardCharsets.UTF_8), auth).build());
    }
}
