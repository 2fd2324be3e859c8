package org.dealgraph.app;

import org.dealgraph.security.Http;
import org.dealgraph.store.FullDiskTest;
import org.dealgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;

import static org.dealgraph.security.Http.WRITER;
import static org.dealgraph.security.Http.WRITER_PASSWORD;
import static org.dealgraph.security.Http.basic;
import static org.dealgraph.security.Http.get;
import static org.dealgraph.security.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service on a store whose disk fills up: uploads answer 503 with a message, and health turns DOWN. */
@SpringBootTest(classes = {DealgraphApplication.class, FullDiskServiceTest.FillingStore.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealgraph.fuseki.port=0", "dealgraph.articles.location=data/articles/000_aeaaa436f013f926.txt"})
@ActiveProfiles("memory")
class FullDiskServiceTest {
    static final FullDiskTest.FillingDisk DISK = new FullDiskTest.FillingDisk();

    @TestConfiguration(proxyBeanMethods = false)
    static class FillingStore {
        @Bean(destroyMethod = "close")
        @Primary
        GraphStore fillingStore(DealgraphProperties properties) {
            GraphStore store = GraphStore.over(DISK, "TDB2 on a filling disk");
            store.setQueryTimeout(properties.fuseki().queryTimeout().toMillis());
            return store;
        }
    }

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        Http.addUser(registry, 0, WRITER, WRITER_PASSWORD, "WRITER");
    }

    @LocalServerPort
    int port;
    @Autowired
    GraphStore store;

    @Test
    void aFullDiskIsA503WithAMessageAndHealthIsDown() throws Exception {
        String health = "http://localhost:" + port + "/actuator/health";
        assertEquals(200, get(health).statusCode());
        String article = "Acme invests in Beta\nPublished: 2026-03-02\n\nAcme Corp said it would invest $5 million in Beta Labs.\n";
        String upload = "http://localhost:" + port + "/api/articles?id=";
        DISK.full = true;
        try {
            HttpResponse<String> refused = post(upload + "full-disk", "text/plain", article, basic(WRITER, WRITER_PASSWORD));
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("disk full"), refused.body());
            assertFalse(store.containsGraph("http://localhost:8080/article/full-disk"));
            HttpResponse<String> down = get(health);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("DOWN") && down.body().contains("cannot be written"), down.body());
        } finally {
            DISK.full = false;
        }
        HttpResponse<String> created = post(upload + "full-disk", "text/plain", article, basic(WRITER, WRITER_PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, get(health).statusCode(), "health is UP again once a write succeeds");
    }
}
