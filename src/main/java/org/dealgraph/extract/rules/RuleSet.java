package org.dealgraph.extract.rules;

import org.dealgraph.DealgraphException;
import org.dealgraph.fact.FactType;
import org.dealgraph.fact.ValueKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relation rules, read from rule files. The format, line by line ({@code #} starts a comment; an indented
 * line belongs to the block above it):
 *
 * <pre>
 * define NAME = PATTERN          a named pattern, used as @NAME in later patterns (of any file read after)
 *
 * rule NAME                      a rule; its lines:
 *   type FactType                  the kind of fact (Acquisition, Investment, ... as in the deal-facts format)
 *   confidence 0.8                 how sure a match makes it
 *   pattern PATTERN                one or more patterns (see {@link TokenPattern}), continued on further indented
 *                                  lines that do not start with a keyword; captures named after the
 *                                  type's fields fill them, "trigger" marks the word the rule hinges on
 *   set field=value                an attribute every match sets
 *   inherit role                   a core role the patterns may leave out: it comes from the latest fact of the
 *                                  same type in the article, else from the organisation the article is mostly about
 *   inherit role from paragraph    such a role taken from the organisation the paragraph is about so far (the one
 *                                  it names most often up to the sentence)
 *   unordered                      the patterns name the parties without saying which is which; their order is a
 *                                  guess the article's other words may correct
 *
 * attribute FactType field       cues for an attribute, tried in order, first found wins; its lines:
 *   value = PATTERN                the value when PATTERN occurs near the match
 *   value = PAST                   the value when the trigger is in a past form, not after will, to, agree, plan ...
 *   value = EARLIER                the value when the fact's date lies in a month before the article's
 *   value = *                      the value otherwise
 * </pre>
 */
public final class RuleSet {

    /** The rule files packaged with the project, read in this order. */
    public static final List<String> STANDARD_FILES = List.of(
            "common.rules", "acquisition.rules", "investment.rules", "stake.rules", "licence.rules",
            "dispute.rules", "commerce.rules", "collaboration.rules", "role.rules");

    /** The classpath folder of the packaged rule files. */
    public static final String RESOURCE_FOLDER = "/dealgraph/rules/";

    private final List<Rule> rules;
    private final List<AttributeCue> cues;
    private final Map<FactType, List<AttributeCue>> cuesByType;
    private final Set<String> lemmas;

    private RuleSet(List<Rule> rules, List<AttributeCue> cues, Set<String> lemmas) {
        this.rules = List.copyOf(rules);
        this.cues = List.copyOf(cues);
        Map<FactType, List<AttributeCue>> byType = new java.util.EnumMap<>(FactType.class);
        for (AttributeCue cue : cues) {
            byType.computeIfAbsent(cue.type(), t -> new ArrayList<>()).add(cue);
        }
        byType.replaceAll((t, list) -> List.copyOf(list));
        this.cuesByType = byType;
        this.lemmas = Set.copyOf(lemmas);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<AttributeCue> cues() {
        return cues;
    }

    /** The attribute cues for facts of {@code type}, in file order. */
    public List<AttributeCue> cues(FactType type) {
        return cuesByType.getOrDefault(type, List.of());
    }

    /** Every lemma any rule or cue names. */
    public Set<String> lemmas() {
        return lemmas;
    }

    /** The packaged rule files. */
    public static RuleSet standard() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : STANDARD_FILES) {
            String resource = RESOURCE_FOLDER + f;
            try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new DealgraphException("missing rule file " + resource);
                }
                files.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new DealgraphException("cannot read rule file " + resource + ": " + e.getMessage(), e);
            }
        }
        return parse(files);
    }

    /** The rules of the given files (name to content), read in order; definitions carry over to later files. */
    public static RuleSet parse(Map<String, String> files) {
        Map<String, TokenPattern> macros = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        List<AttributeCue> cues = new ArrayList<>();
        Set<String> lemmas = new LinkedHashSet<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            new FileParser(file.getKey(), file.getValue(), macros, rules, cues, lemmas).parse();
        }
        return new RuleSet(rules, cues, lemmas);
    }

    private static final class FileParser {
        final String file;
        final List<String> lines;
        final Map<String, TokenPattern> macros;
        final List<Rule> rules;
        final List<AttributeCue> cues;
        final Set<String> lemmas;
        int lineNo;

        FileParser(String file, String content, Map<String, TokenPattern> macros, List<Rule> rules,
                   List<AttributeCue> cues, Set<String> lemmas) {
            this.file = file;
            this.macros = macros;
            this.rules = rules;
            this.cues = cues;
            this.lemmas = lemmas;
            List<String> ls = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
                String l;
                while ((l = r.readLine()) != null) {
                    ls.add(l);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            this.lines = ls;
        }

        PatternSyntaxException error(String message) {
            return new PatternSyntaxException(file + ":" + lineNo + ": " + message);
        }

        TokenPattern pattern(String source) {
            try {
                TokenPattern p = TokenPattern.compile(source, macros::get);
                lemmas.addAll(p.lemmas());
                return p;
            } catch (PatternSyntaxException e) {
                throw error(e.getMessage());
            }
        }

        static String strip(String line) {
            int hash = -1;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '#' && !quoted) {
                    hash = i;
                    break;
                }
            }
            return (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
        }

        void parse() {
            int i = 0;
            while (i < lines.size()) {
                lineNo = i + 1;
                String line = strip(lines.get(i));
                if (line.isBlank()) {
                    i++;
                    continue;
                }
                if (Character.isWhitespace(line.charAt(0))) {
                    throw error("an indented line outside a rule or attribute block");
                }
                List<String[]> body = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size()) {
                    String b = strip(lines.get(j));
                    if (!b.isBlank() && !Character.isWhitespace(b.charAt(0))) {
                        break;
                    }
                    if (!b.isBlank()) {
                        body.add(new String[] {String.valueOf(j + 1), b.strip()});
                    }
                    j++;
                }
                String[] head = line.strip().split("\\s+", 2);
                switch (head[0]) {
                    case "define" -> define(head.length > 1 ? head[1] : "", body);
                    case "rule" -> rule(head.length > 1 ? head[1].strip() : "", body);
                    case "attribute" -> attribute(head.length > 1 ? head[1].strip() : "", body);
                    default -> throw error("expected define, rule or attribute, found " + head[0]);
                }
                i = j;
            }
        }

        void define(String rest, List<String[]> body) {
            int eq = rest.indexOf('=');
            if (eq < 0) {
                throw error("define needs NAME = PATTERN");
            }
            String name = rest.substring(0, eq).strip();
            if (!name.matches("[A-Z][A-Z0-9_]*")) {
                throw error("a defined name is upper case: " + name);
            }
            StringBuilder source = new StringBuilder(rest.substring(eq + 1));
            for (String[] b : body) {
                source.append(' ').append(b[1]);
            }
            macros.put(name, pattern(source.toString().strip()));
        }

        void rule(String name, List<String[]> body) {
            if (name.isEmpty()) {
                throw error("a rule needs a name");
            }
            String origin = file + ":" + lineNo;
            FactType type = null;
            double confidence = 0.7;
            List<TokenPattern> patterns = new ArrayList<>();
            Map<String, String> constants = new LinkedHashMap<>();
            Set<String> inherited = new LinkedHashSet<>();
            Set<String> fromParagraph = new LinkedHashSet<>();
            boolean unordered = false;
            List<String[]> joined = new ArrayList<>();
            for (String[] b : body) {
                String first = b[1].split("\\s+", 2)[0];
                if (!joined.isEmpty() && !Set.of("type", "confidence", "pattern", "set", "inherit", "unordered").contains(first)) {
                    String[] last = joined.get(joined.size() - 1);
                    last[1] = last[1] + " " + b[1];
                } else {
                    joined.add(b.clone());
                }
            }
            for (String[] b : joined) {
                lineNo = Integer.parseInt(b[0]);
                String[] kv = b[1].split("\\s+", 2);
                String value = kv.length > 1 ? kv[1].strip() : "";
                switch (kv[0]) {
                    case "type" -> type = FactType.fromJsonName(value).orElseThrow(() -> error("unknown fact type " + value));
                    case "confidence" -> {
                        try {
                            confidence = Double.parseDouble(value);
                        } catch (NumberFormatException e) {
                            throw error("confidence is a number: " + value);
                        }
                        if (confidence <= 0 || confidence > 1) {
                            throw error("confidence must be within (0, 1]");
                        }
                    }
                    case "pattern" -> patterns.add(pattern(value));
                    case "set" -> {
                        int eq = value.indexOf('=');
                        if (eq < 0) {
                            throw error("set needs field=value");
                        }
                        constants.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
                    }
                    case "unordered" -> unordered = true;
                    case "inherit" -> {
                        String[] words = value.split("\\s+");
                        if (words.length == 3 && words[1].equals("from") && words[2].equals("paragraph")) {
                            inherited.add(words[0]);
                            fromParagraph.add(words[0]);
                        } else if (words.length == 1) {
                            inherited.add(words[0]);
                        } else {
                            throw error("inherit needs a role, optionally followed by 'from paragraph': " + value);
                        }
                    }
                    default -> throw error("unknown rule line " + kv[0]);
                }
            }
            if (type == null) {
                throw error("rule " + name + " has no type");
            }
            if (patterns.isEmpty()) {
                throw error("rule " + name + " has no pattern");
            }
            for (String field : constants.keySet()) {
                checkField(type, field);
            }
            for (String role : inherited) {
                if (!type.core().contains(role)) {
                    throw error(type.jsonName() + " has no core role " + role + " to inherit");
                }
            }
            rules.add(new Rule(name, type, confidence, patterns, constants, inherited, fromParagraph, unordered, origin));
        }

        void checkField(FactType type, String field) {
            if (type.kindOf(field).isEmpty()) {
                throw error(type.jsonName() + " has no field " + field);
            }
        }

        void attribute(String rest, List<String[]> body) {
            String[] tf = rest.split("\\s+");
            if (tf.length != 2) {
                throw error("attribute needs a fact type and a field");
            }
            FactType type = FactType.fromJsonName(tf[0]).orElseThrow(() -> error("unknown fact type " + tf[0]));
            checkField(type, tf[1]);
            ValueKind kind = type.kindOf(tf[1]).orElseThrow();
            for (String[] b : body) {
                lineNo = Integer.parseInt(b[0]);
                int eq = b[1].indexOf('=');
                if (eq < 0) {
                    throw error("an attribute line is value = PATTERN");
                }
                String value = b[1].substring(0, eq).strip();
                if (kind == ValueKind.CODE && !type.allowedValues(tf[1]).contains(value)) {
                    throw error(type.jsonName() + "." + tf[1] + " must be one of " + type.allowedValues(tf[1]));
                }
                if (kind == ValueKind.BOOLEAN && !value.equals("true") && !value.equals("false")) {
                    throw error(type.jsonName() + "." + tf[1] + " is true or false");
                }
                String cue = b[1].substring(eq + 1).strip();
                switch (cue) {
                    case "PAST" -> cues.add(new AttributeCue(type, tf[1], value, null, AttributeCue.Kind.PAST));
                    case "EARLIER" -> cues.add(new AttributeCue(type, tf[1], value, null, AttributeCue.Kind.EARLIER));
                    case "*" -> cues.add(new AttributeCue(type, tf[1], value, null, AttributeCue.Kind.DEFAULT));
                    default -> cues.add(new AttributeCue(type, tf[1], value, pattern(cue), AttributeCue.Kind.PATTERN));
                }
            }
        }
    }
}
