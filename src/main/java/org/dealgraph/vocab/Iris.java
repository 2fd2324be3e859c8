package org.dealgraph.vocab;

import org.dealgraph.DealgraphException;
import org.dealgraph.fact.EntityKind;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.fact.ValueKind;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Mints the IRIs of instance data under a configurable base, so that they dereference at the running service.
 * The vocabulary namespace ({@link DG#NS}) does not depend on the base.
 *
 * <ul>
 *   <li>article (also the IRI of its named graph): {@code {base}article/{articleId}}</li>
 *   <li>entity: {@code {base}id/{org|person|product|platform}/{key}}</li>
 *   <li>deal: {@code {base}deal/{articleId}/{type-slug}-{hash}[-{ordinal}]}</li>
 * </ul>
 *
 * The hash of a deal is computed from its type, its core parties (unordered for symmetric types) and its
 * non-textual attributes, so the same fact gets the same IRI in every run, and two versions of a deal
 * (say, an exclusive and a non-exclusive licence between the same parties) get different IRIs. Free-text
 * attributes, evidence and confidence do not enter the hash. Instances are immutable and thread-safe.
 */
public final class Iris {
    /** The base used when none is configured. */
    public static final String DEFAULT_BASE = "http://localhost:8080/";

    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final int HASH_HEX_DIGITS = 10;

    private final String base;

    /** IRIs under {@link #DEFAULT_BASE}. */
    public Iris() {
        this(DEFAULT_BASE);
    }

    /**
     * IRIs under {@code base}.
     *
     * @param base an absolute http or https IRI with a host, ending with {@code /}, without query or fragment
     * @throws DealgraphException when the base is not such an IRI
     */
    public Iris(String base) {
        this.base = checkBase(base);
    }

    private static String checkBase(String base) {
        if (base == null || base.isBlank()) {
            throw new DealgraphException("The IRI base is empty; configure an absolute http(s) IRI ending with '/', e.g. "
                    + DEFAULT_BASE);
        }
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new DealgraphException("The IRI base '" + base + "' is not a valid IRI: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new DealgraphException("The IRI base '" + base + "' must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new DealgraphException("The IRI base '" + base + "' has no host name");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new DealgraphException("The IRI base '" + base + "' must not have a query or a fragment");
        }
        if (!base.endsWith("/")) {
            throw new DealgraphException("The IRI base '" + base + "' must end with '/', e.g. " + base + "/");
        }
        return base;
    }

    /** The base all IRIs are minted under; ends with {@code /}. */
    public String base() {
        return base;
    }

    /** The IRI of an article, which is also the IRI of the named graph that holds what was read from it. */
    public String article(String articleId) {
        return base + "article/" + checkArticleId(articleId);
    }

    /** The IRI of an entity: the same key and kind give the same IRI in every article. */
    public String entity(EntityRef entity) {
        if (entity.key().isBlank()) {
            throw new DealgraphException("Entity '" + entity.name() + "' has an empty key");
        }
        return base + "id/" + kindSegment(entity.kind()) + "/" + encodeSegment(entity.key());
    }

    /**
     * The IRI of a deal read from an article.
     *
     * @param ordinal 0 for the first fact of the article with this type and hash; 1, 2, ... for later ones
     *                (appended as {@code -1}, {@code -2}, ... so that duplicates keep distinct IRIs)
     */
    public String deal(String articleId, Fact fact, int ordinal) {
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must not be negative: " + ordinal);
        }
        String iri = base + "deal/" + checkArticleId(articleId) + "/" + typeSlug(fact.type()) + "-" + hash(fact);
        return ordinal == 0 ? iri : iri + "-" + ordinal;
    }

    /** The path segment of an entity kind: {@code org}, {@code person}, {@code product} or {@code platform}. */
    public static String kindSegment(EntityKind kind) {
        return switch (kind) {
            case ORGANIZATION -> "org";
            case PERSON -> "person";
            case PRODUCT -> "product";
            case PLATFORM -> "platform";
        };
    }

    /** The type name in lower-case words joined by hyphens: {@code HostingRight} gives {@code hosting-right}. */
    public static String typeSlug(FactType type) {
        return type.jsonName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String checkArticleId(String articleId) {
        if (articleId == null || !ARTICLE_ID.matcher(articleId).matches()) {
            throw new DealgraphException("Article id '" + articleId
                    + "' may hold only letters, digits, '-', '_' and '.'; rename the article file");
        }
        return articleId;
    }

    /** The identity of a fact, as text: type, core party keys, non-textual attributes. */
    static String identity(Fact fact) {
        FactType type = fact.type();
        List<String> parties = new ArrayList<>();
        for (String role : type.core()) {
            parties.add(fact.party(role).key());
        }
        if (type.symmetric()) {
            parties.sort(null);
        }
        StringBuilder sb = new StringBuilder(type.jsonName());
        for (String key : parties) {
            appendField(sb, "party", key);
        }
        for (Map.Entry<String, ValueKind> field : type.attributes().entrySet()) {
            if (field.getValue() == ValueKind.TEXT) {
                continue;
            }
            Object value = fact.values().get(field.getKey());
            if (value != null) {
                appendField(sb, field.getKey(), canonical(value));
            }
        }
        return sb.toString();
    }

    private static void appendField(StringBuilder sb, String name, String value) {
        // Length-prefixed, so that no value can be mistaken for a separator.
        sb.append('\n').append(name).append('=').append(value.length()).append(':').append(value);
    }

    private static String canonical(Object value) {
        if (value instanceof EntityRef e) {
            return e.key();
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String hash(Fact fact) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(identity(fact).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new DealgraphException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** Percent-encodes (UTF-8) every character that is not unreserved in an IRI path segment. */
    private static String encodeSegment(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '~') {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return sb.toString();
    }
}
