package org.dealgraph.app;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.dealgraph.limits.RequestLimits;
import org.dealgraph.limits.TomcatBodyDeadline;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.dealgraph.security.Account;
import org.dealgraph.security.Accounts;
import org.dealgraph.security.Role;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what on the web server: reading (GET, HEAD, OPTIONS) is public; uploading an article needs the role
 * WRITER or ADMIN; anything else needs ADMIN. HTTP Basic over the configured accounts, stateless, no CSRF tokens
 * (there are no sessions or cookies to forge). The same accounts guard Fuseki's writes.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    Accounts accounts(DealgraphProperties properties) {
        DealgraphProperties.Security security = properties.security();
        List<Account> configured = security.users().stream()
                .map(u -> new Account(u.name(), u.passwordHash(),
                        u.roles().stream().flatMap(r -> Arrays.stream(r.split(","))).map(Role::of)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))))
                .toList();
        String file = security.generatedCredentials();
        return Accounts.configuredOrGenerated(configured, file == null || file.isBlank() ? null : Path.of(file));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Accounts.encoder();
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return new InMemoryUserDetailsManager(accounts.all().stream()
                .map(a -> User.withUsername(a.name()).password(a.passwordHash())
                        .roles(a.roles().stream().map(Role::name).toArray(String[]::new)).build())
                .toList().toArray(new org.springframework.security.core.userdetails.UserDetails[0]));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("dealgraph"))
                // Pages and data documents keep their own caching headers.
                .headers(headers -> headers.cacheControl(c -> c.disable()))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/articles")
                        .hasAnyRole(Role.WRITER.name(), Role.ADMIN.name())
                        .anyRequest().hasRole(Role.ADMIN.name()));
        return http.build();
    }

    /**
     * An encoded slash may be part of a path segment (an IRI naming an entity in the API); a request the firewall
     * refuses is answered with its status through the error pages, like any other error.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedDoubleSlash(true);
        // The connector leaves an encoded slash encoded (WebConfiguration), so a decoded path may hold a '%'.
        firewall.setAllowUrlEncodedPercent(true);
        return web -> web.httpFirewall(firewall).requestRejectedHandler((request, response, refused) ->
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage()));
    }

    /** The per-client concurrency limit and the body cap, before authentication (a bcrypt check is costly). */
    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(DealgraphProperties properties) {
        DealgraphProperties.Limits limits = properties.limits();
        FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(
                new RequestLimits(limits.maxConcurrentRequests(), limits.maxRequestBody().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setUrlPatterns(Set.of("/*"));
        return registration;
    }

    /**
     * Every read of a request body is held to the body read time (a client trickling its body a byte at a time
     * gets 408 instead of holding a worker); Tomcat's own timeout bounds each wait for the next bytes.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> bodyReadTime(DealgraphProperties properties) {
        Duration time = properties.limits().bodyReadTime();
        return factory -> factory.addContextCustomizers(context ->
                context.getPipeline().addValve(new TomcatBodyDeadline(time)));
    }
}
