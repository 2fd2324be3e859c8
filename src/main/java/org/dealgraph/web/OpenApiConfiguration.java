package org.dealgraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame ({@code /v3/api-docs}): the service's title, its version (the build's, from
 * {@code META-INF/build-info.properties}), its licence, and the security scheme that writes need (HTTP Basic, the
 * users of {@code dealgraph.security.users}). The operations describe themselves with their annotations.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    /** The name operations that need a password refer to. */
    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI dealgraphOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null && properties.getVersion() != null ? properties.getVersion()
                : "development";
        return new OpenAPI()
                .info(new Info().title("Dealgraph")
                        .version(version)
                        .description("Deals between technology companies read from news articles: entities, deals, "
                                + "changes and conflicts as JSON, and the upload of articles. Reading needs no "
                                + "password; uploading needs a user with the role WRITER or ADMIN.")
                        .license(new License().name("Apache License, Version 2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of dealgraph.security.users with its password")));
    }
}
