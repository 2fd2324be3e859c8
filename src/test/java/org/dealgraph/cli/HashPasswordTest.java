package org.dealgraph.cli;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashPasswordTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return new Cli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void printsTheBcryptHashOfTheFirstLineAndNeverThePassword() {
        assertEquals(0, run("a long enough password\nignored\n", "hash-password"));
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(hash.startsWith("{bcrypt}$2a$"), hash);
        assertTrue(BCrypt.checkpw("a long enough password", hash.substring("{bcrypt}".length())));
        assertFalse((hash + err).contains("a long enough password"));
    }

    @Test
    void warnsOfShortPasswordsAndRefusesNone() {
        assertEquals(0, run("short\n", "hash-password"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("easy to guess"));
        assertEquals(2, run("", "hash-password"));
        assertEquals(2, run("pw\n", "hash-password", "extra"));
    }
}
