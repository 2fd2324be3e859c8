package org.dealgraph.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Dealgraph service: Fuseki, linked-data pages and REST in one process. */
@SpringBootApplication(scanBasePackages = "org.dealgraph")
@EnableConfigurationProperties(DealgraphProperties.class)
public class DealgraphApplication {
    public static void main(String[] args) {
        SpringApplication.run(DealgraphApplication.class, args);
    }
}
