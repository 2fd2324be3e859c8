package org.dealgraph.security;

import org.dealgraph.DealgraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts that may write, shared by the web server and the SPARQL server. Passwords are checked against
 * their bcrypt hashes; no password is kept. When no account is configured, one administrator with a random
 * password is generated: the password is printed once, only its hash is kept (in a file, when one is named).
 */
public final class Accounts {
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    /** The name of the generated administrator. */
    public static final String GENERATED_ADMIN = "admin";
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    /** A hash to check against when the user is unknown, so that unknown and known names take the same time. */
    private static final String DUMMY_HASH = hash("not a password");

    private final Map<String, Account> byName;

    private Accounts(List<Account> accounts) {
        Map<String, Account> map = new LinkedHashMap<>();
        for (Account a : accounts) {
            if (map.putIfAbsent(a.name(), a) != null) {
                throw new DealgraphException("The user " + a.name() + " is configured twice.");
            }
        }
        this.byName = Map.copyOf(map);
    }

    /** Exactly these accounts. */
    public static Accounts of(List<Account> accounts) {
        if (accounts.isEmpty()) {
            throw new DealgraphException("There must be at least one account.");
        }
        return new Accounts(accounts);
    }

    /**
     * The configured accounts, or when there are none the generated administrator: read from
     * {@code generatedFile} when it exists, otherwise generated now (the password printed once) and its hash
     * written there. A null {@code generatedFile} keeps the hash in memory only.
     */
    public static Accounts configuredOrGenerated(List<Account> configured, Path generatedFile) {
        if (!configured.isEmpty()) {
            return of(configured);
        }
        if (generatedFile != null && Files.exists(generatedFile)) {
            Account admin = readGenerated(generatedFile);
            LOG.info("No users configured; the administrator '{}' generated earlier is in {} "
                    + "(its password was printed at the first start)", admin.name(), generatedFile.toAbsolutePath());
            return of(List.of(admin));
        }
        String password = randomPassword();
        Account admin = new Account(GENERATED_ADMIN, hash(password), Set.of(Role.ADMIN));
        if (generatedFile != null) {
            writeGenerated(generatedFile, admin);
        }
        String banner = "\n\n    No users are configured (dealgraph.security.users). Generated administrator:\n"
                + "        user:     " + GENERATED_ADMIN + "\n"
                + "        password: " + password + "\n"
                + "    It is shown only this once" + (generatedFile == null ? "; a new one is made at every start."
                : "; only its hash is kept, in " + generatedFile.toAbsolutePath()
                + " (delete that file to generate another).") + "\n";
        LOG.warn(banner);
        return of(List.of(admin));
    }

    private static Account readGenerated(Path file) {
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new DealgraphException("The credentials file " + file.toAbsolutePath()
                        + " is damaged; delete it to generate a new administrator password.");
            }
            return new Account(line.substring(0, space), line.substring(space + 1).strip(), Set.of(Role.ADMIN));
        } catch (IOException e) {
            throw new DealgraphException("Cannot read the credentials file " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void writeGenerated(Path file, Account admin) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, admin.name() + " " + admin.passwordHash() + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.debug("Cannot restrict the permissions of {}", file);
            }
        } catch (IOException e) {
            throw new DealgraphException("Cannot write the credentials file " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". Choose another with dealgraph.security.generated-credentials.", e);
        }
    }

    /** A random password of 24 URL-safe characters (144 bits). */
    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The bcrypt hash of {@code password}, in the form the configuration takes: {@code {bcrypt}$2a$10$...}. */
    public static String hash(CharSequence password) {
        return "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
    }

    /** The encoder that checks passwords against the configured hashes. */
    public static PasswordEncoder encoder() {
        return ENCODER;
    }

    public List<Account> all() {
        return List.copyOf(byName.values());
    }

    /** The account named {@code name} if {@code password} is its password. */
    public Optional<Account> authenticate(String name, String password) {
        Account account = byName.get(name);
        if (account == null) {
            ENCODER.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        return ENCODER.matches(password, account.passwordHash()) ? Optional.of(account) : Optional.empty();
    }

    /** The account of an HTTP Basic {@code Authorization} header, if it names one with the right password. */
    public Optional<Account> authenticateBasic(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
