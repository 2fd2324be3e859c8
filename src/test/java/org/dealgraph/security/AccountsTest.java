package org.dealgraph.security;

import org.dealgraph.DealgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountsTest {

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPasswordIsCheckedAgainstItsBcryptHash() {
        String hash = Accounts.hash("correct horse battery staple");
        assertTrue(hash.startsWith("{bcrypt}$2"), hash);
        assertFalse(hash.contains("correct horse"), hash);
        Accounts accounts = Accounts.of(List.of(new Account("ann", hash, Set.of(Role.WRITER))));
        assertEquals("ann", accounts.authenticate("ann", "correct horse battery staple").orElseThrow().name());
        assertTrue(accounts.authenticate("ann", "wrong").isEmpty());
        assertTrue(accounts.authenticate("bob", "correct horse battery staple").isEmpty());
        assertTrue(accounts.authenticateBasic(basic("ann", "correct horse battery staple")).isPresent());
        assertTrue(accounts.authenticateBasic(basic("ann", "wrong")).isEmpty());
        assertTrue(accounts.authenticateBasic("Basic !!!not-base64").isEmpty());
        assertTrue(accounts.authenticateBasic("Bearer x").isEmpty());
        assertTrue(accounts.authenticateBasic(null).isEmpty());
    }

    @Test
    void aPlainPasswordInTheConfigurationIsRefused() {
        DealgraphException e = assertThrows(DealgraphException.class,
                () -> new Account("ann", "secret", Set.of(Role.WRITER)));
        assertTrue(e.getMessage().contains("hash-password"), e.getMessage());
        assertThrows(DealgraphException.class, () -> new Account("ann", Accounts.hash("x"), Set.of()));
        assertThrows(DealgraphException.class, () -> new Account("<ann>", Accounts.hash("x"), Set.of(Role.ADMIN)));
        assertThrows(DealgraphException.class, () -> Role.of("superuser"));
        assertEquals(Role.ADMIN, Role.of("role_admin"));
    }

    @Test
    void withoutUsersAnAdministratorIsGeneratedOnceAndOnlyItsHashIsKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("credentials");
        Accounts first = Accounts.configuredOrGenerated(List.of(), file);
        Account admin = first.all().getFirst();
        assertEquals(Accounts.GENERATED_ADMIN, admin.name());
        assertTrue(admin.has(Role.ADMIN));
        String stored = Files.readString(file);
        assertTrue(stored.contains(admin.passwordHash()), stored);
        assertEquals(1, stored.strip().split(" ").length - 1, "name and hash only: " + stored);

        Accounts second = Accounts.configuredOrGenerated(List.of(), file);
        assertEquals(admin.passwordHash(), second.all().getFirst().passwordHash(), "not regenerated");

        Accounts inMemory = Accounts.configuredOrGenerated(List.of(), null);
        assertFalse(inMemory.all().getFirst().passwordHash().equals(admin.passwordHash()));
    }

    @Test
    void configuredUsersReplaceTheGeneratedAdministrator(@TempDir Path dir) {
        Path file = dir.resolve("credentials");
        Account ann = new Account("ann", Accounts.hash("pw-of-ann-123"), Set.of(Role.WRITER));
        Accounts accounts = Accounts.configuredOrGenerated(List.of(ann), file);
        assertEquals(List.of(ann), accounts.all());
        assertFalse(Files.exists(file), "nothing generated");
        assertThrows(DealgraphException.class, () -> Accounts.of(List.of(ann, ann)));
    }

    @Test
    void generatedPasswordsAreLongAndRandom() {
        String a = Accounts.randomPassword();
        assertTrue(a.length() >= 24, a);
        assertFalse(a.equals(Accounts.randomPassword()));
    }
}
