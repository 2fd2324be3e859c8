package org.dealgraph.security;

import org.dealgraph.DealgraphException;

import java.util.Objects;
import java.util.Set;

/**
 * A user who may write: a name, the hash of the password (never the password) and roles.
 *
 * @param passwordHash a hash in Spring Security's form, {@code {bcrypt}$2a$...}
 */
public record Account(String name, String passwordHash, Set<Role> roles) {
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (!name.matches("[A-Za-z0-9._@-]+")) {
            throw new DealgraphException("Invalid user name '" + name
                    + "': use only letters, digits, '.', '_', '@' and '-'.");
        }
        if (!passwordHash.startsWith("{bcrypt}$2")) {
            throw new DealgraphException("The password of user " + name + " must be a bcrypt hash such as "
                    + "{bcrypt}$2a$10$..., never the password itself; make one with: dealgraph hash-password");
        }
        if (roles.isEmpty()) {
            throw new DealgraphException("User " + name + " has no role; give it WRITER or ADMIN.");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
