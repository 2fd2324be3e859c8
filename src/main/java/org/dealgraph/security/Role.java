package org.dealgraph.security;

import org.dealgraph.DealgraphException;

import java.util.Locale;

/** What an account may do beyond reading, which needs no account at all. */
public enum Role {
    /** May upload articles and update article graphs. */
    WRITER,
    /** May do everything a writer may, and administer the SPARQL server. */
    ADMIN;

    /** The role named {@code name}, case-insensitively, with or without Spring's {@code ROLE_} prefix. */
    public static Role of(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        if (n.startsWith("ROLE_")) {
            n = n.substring("ROLE_".length());
        }
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new DealgraphException("Unknown role '" + name + "'; use WRITER or ADMIN.");
        }
    }

}
