package org.dealgraph.extract;

import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import org.dealgraph.DealgraphException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference list of known entities, read from a TSV file with the columns
 * {@code key kind name aliases [parent [description]]}, and a matcher that finds their names and aliases in text.
 * Immutable and thread-safe once built.
 */
public final class Gazetteer {
    /** The name of a cloud business: "Amazon Web Services", "Google Cloud", "Microsoft Azure", "Oracle Cloud Infrastructure". */
    private static final java.util.regex.Pattern CLOUD_NAME =
            java.util.regex.Pattern.compile("(?i)\\b(?:cloud|web services|azure|aws|oci)\\b");

    /** Whether {@code name} names a cloud business ("Google Cloud", "AWS"). */
    public static boolean isCloudBusiness(String name) {
        return CLOUD_NAME.matcher(name).find();
    }


    /** One reference entity; {@code parent} and {@code description} are null when the list gives none. */
    public record Entry(String key, EntityKind kind, String name, List<String> aliases, String parent, String description) {
        /** An entry without a description. */
        public Entry(String key, EntityKind kind, String name, List<String> aliases, String parent) {
            this(key, kind, name, aliases, parent, null);
        }

        /** The entity as written {@code surface} in a text, carrying its description. */
        public EntityRef ref(String surface) {
            return new EntityRef(key, name, surface, kind, description);
        }
    }

    /** A name found in text. */
    public record Hit(int start, int end, Entry entry) {
    }

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private final Map<String, Entry> byKey;
    private final Map<String, Entry> bySurface;
    /** The known names by their first character, longest first: what {@link #find} tries at a word start. */
    private final Map<Character, List<String>> names;

    private Gazetteer(Map<String, Entry> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
        Map<String, Entry> surfaces = new HashMap<>();
        for (Entry e : byKey.values()) {
            surfaces.putIfAbsent(e.name(), e);
            for (String alias : e.aliases()) {
                surfaces.putIfAbsent(alias, e);
            }
        }
        this.bySurface = Collections.unmodifiableMap(surfaces);
        List<String> all = new ArrayList<>(surfaces.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<Character, List<String>> index = new HashMap<>();
        for (String name : all) {
            if (!name.isEmpty()) {
                index.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
            }
        }
        index.replaceAll((c, list) -> List.copyOf(list));
        this.names = Map.copyOf(index);
    }

    /** Reads a reference TSV from a file. */
    public static Gazetteer load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new DealgraphException("Cannot read the reference entity list " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a reference TSV from the classpath. */
    public static Gazetteer loadResource(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DealgraphException("The reference entity list " + resource
                        + " is not on the classpath; build the project with ./mvnw so data/reference is packaged.");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new DealgraphException("Cannot read the reference entity list " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses reference TSV content; {@code origin} names it in error messages. */
    public static Gazetteer parse(String tsv, String origin) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        String[] lines = tsv.replace("\r", "").split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = origin + ":" + (n + 1);
            if (cols.length < 3) {
                throw new DealgraphException(where + ": expected at least 3 tab-separated columns (key, kind, name)");
            }
            String key = cols[0].strip();
            if (!KEY.matcher(key).matches()) {
                throw new DealgraphException(where + ": key '" + key + "' must be a lower-case slug");
            }
            EntityKind kind;
            try {
                kind = EntityKind.valueOf(cols[1].strip());
            } catch (IllegalArgumentException e) {
                throw new DealgraphException(where + ": kind '" + cols[1] + "' must be ORGANIZATION, PERSON, PRODUCT or PLATFORM");
            }
            String name = cols[2].strip();
            List<String> aliases = new ArrayList<>();
            if (cols.length > 3) {
                for (String a : cols[3].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
            }
            String parent = cols.length > 4 && !cols[4].isBlank() ? cols[4].strip() : null;
            String description = cols.length > 5 && !cols[5].isBlank() ? cols[5].strip() : null;
            if (byKey.put(key, new Entry(key, kind, name, List.copyOf(aliases), parent, description)) != null) {
                throw new DealgraphException(where + ": duplicate key '" + key + "'");
            }
        }
        for (Entry e : byKey.values()) {
            if (e.parent() != null && !byKey.containsKey(e.parent())) {
                throw new DealgraphException(origin + ": entity '" + e.key() + "' names unknown parent '" + e.parent() + "'");
            }
        }
        return new Gazetteer(byKey);
    }

    public Optional<Entry> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entry whose name or alias is exactly {@code surface}. */
    public Optional<Entry> bySurface(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    /** The parent of an entity (AWS's parent is Amazon), when the list gives one. */
    public Optional<EntityRef> parent(EntityRef ref) {
        Entry e = byKey.get(ref.key());
        if (e == null || e.parent() == null) {
            return Optional.empty();
        }
        Entry p = byKey.get(e.parent());
        return Optional.of(p.ref(p.name()));
    }

    /** The entities whose parent is {@code ref} (Azure and Microsoft Foundry for Microsoft). */
    public List<Entry> children(EntityRef ref) {
        return byKey.values().stream().filter(e -> ref.key().equals(e.parent())).toList();
    }

    public int size() {
        return byKey.size();
    }

    /**
     * Finds the longest known names in {@code text}, left to right, without overlaps: a name starts where no letter
     * or digit precedes it and ends where no letter or digit (nor a hyphen and a digit) follows it.
     */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<String> candidates = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) ? null : names.get(text.charAt(i));
            String found = null;
            if (candidates != null) {
                for (String name : candidates) {
                    int end = i + name.length();
                    if (text.startsWith(name, i) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                            && !(text.charAt(end) == '-' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))))) {
                        found = name;
                        break;
                    }
                }
            }
            if (found != null) {
                hits.add(new Hit(i, i + found.length(), bySurface.get(found)));
                i += found.length();
            } else {
                i++;
            }
        }
        return hits;
    }

    /** A stable key for a name that is not on the list: lower case, accents removed, words joined by '-'. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "entity" : s;
    }
}
