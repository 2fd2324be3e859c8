package org.dealgraph.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS on the data documents, so that linked-data clients running in a browser on another origin (YASGUI, Comunica)
 * can read them: any origin, GET and HEAD only, no credentials. An encoded slash ({@code %2F}) in a path reaches
 * the application as part of its segment, so that an IRI can name an entity in the API
 * ({@code /api/entities/http%3A%2F%2F...}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    /** Tomcat refuses an encoded slash by default, with its own page; here it stays within its path segment. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> encodedSlashes() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/id/**", "/deal/**", "/article/**", "/ontology", "/ontology.*",
                VoidController.VOID_PATH, VoidController.DUMP_PATH, "/api/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD")
                    .allowedHeaders("*").exposedHeaders("Content-Location", "Link", "Vary").allowCredentials(false);
        }
    }
}
