package org.dealgraph.fuseki;

import org.apache.commons.lang3.StringUtils;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor.Version;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spring Boot's dependency management would give Jena older Jetty and Commons Lang than Jena 6.2.0 is built
 * with; the pom pins them. This checks that the pins hold on the classpath the application runs with.
 */
class DependencyAlignmentTest {

    private static boolean atLeast(String actual, String required) {
        return Version.parse(actual).compareTo(Version.parse(required)) >= 0;
    }

    @Test
    void jettyIsTheVersionJenaWasBuiltWith() {
        assertTrue(atLeast(Jetty.VERSION, "12.1.11"), "Jetty " + Jetty.VERSION);
    }

    @Test
    void commonsLangIsTheVersionJenaWasBuiltWith() {
        String version = StringUtils.class.getPackage().getImplementationVersion();
        assertNotNull(version, "commons-lang3 declares its version in its manifest");
        assertTrue(atLeast(version, "3.20.0"), "commons-lang3 " + version);
    }
}
