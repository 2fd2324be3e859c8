package org.dealgraph.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS on the data documents, so that linked-data clients running in a browser on another origin (YASGUI, Comunica)
 * can read them: any origin, GET and HEAD only, no credentials.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/id/**", "/deal/**", "/article/**", "/ontology", "/ontology.*",
                VoidController.VOID_PATH, VoidController.DUMP_PATH, "/api/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD")
                    .allowedHeaders("*").exposedHeaders("Content-Location", "Link", "Vary").allowCredentials(false);
        }
    }
}
