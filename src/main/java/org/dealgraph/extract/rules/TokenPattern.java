package org.dealgraph.extract.rules;

import org.dealgraph.extract.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A pattern over the units of a sentence (tokens, and mentions taken whole), in the spirit of regular expressions
 * over tokens. The language:
 *
 * <pre>
 *   buy                 a word by its lemma: matches "buy", "buys", "bought", "buying"; a word written with
 *                       hyphens is one unit ("long-term"; "start-ups" has the lemma "start-up"), see Units
 *   "for"  ","          a word form exactly (case-insensitive), for function words and punctuation; "'s" is
 *                       the possessive, also the bare apostrophe of a plural ("Globex Partners'"), and nothing
 *                       right after a possessive pronoun's mention ("its"), which holds its own possessive
 *   ORG PERSON PRODUCT PLATFORM MONEY PERCENT DATE
 *                       one whole mention of that kind; ENTITY is any named entity, PARTY an organisation or person
 *   _                   any one unit
 *   ^                   the start of the sentence (consumes nothing)
 *   [pos=VERB|AUX &amp; !lemma=say]
 *                       tests on one unit: lemma=, word= (also of a one-word mention), pos= (Universal Dependencies
 *                       tags), ent= (mention kinds),
 *                       form= (BASE, PRESENT_S, PAST, ING, PLURAL); flags cap (capitalised), mention, inferred
 *                       (a mention found by reference, such as "the company"), cloud (a mention of a cloud
 *                       business: "Google Cloud", "Amazon Web Services"); ! negates a test; &amp; joins tests
 *   @NAME               a pattern defined with "define NAME = ..."
 *   ( a | b )           a group with alternatives
 *   x?  x*  x+  x{2,5}  repetition, greedy; add ? for the fewest repetitions first (x*?, x{0,6}?)
 *   role:x              captures what x matched under the name role
 *   !x                  x does not match here (looks ahead, consumes nothing)
 * </pre>
 *
 * <p>Matching backtracks, bounded by a step budget so that no pattern can run away on a long sentence.
 * Immutable and thread-safe.
 */
public final class TokenPattern {

    /** Steps one attempt may take before it gives up. */
    private static final int STEP_BUDGET = 20_000;

    private static final Set<String> MENTION_KINDS =
            Set.of("ORG", "PERSON", "PRODUCT", "PLATFORM", "MONEY", "PERCENT", "DATE", "ENTITY", "PARTY");

    private final String source;
    private final Node root;
    private final Set<String> lemmas;
    private final Set<String> words;
    private final Set<String> anchors;

    private TokenPattern(String source, Node root, Set<String> lemmas, Set<String> words, Set<String> anchors) {
        this.source = source;
        this.root = root;
        this.lemmas = lemmas;
        this.words = words;
        this.anchors = anchors;
    }

    /** The pattern written in {@code source}; {@code macros} resolves {@code @NAME} references. */
    public static TokenPattern compile(String source, Function<String, TokenPattern> macros) {
        Parser p = new Parser(source, macros);
        Node root = p.alternatives();
        p.skipSpace();
        if (p.pos < source.length()) {
            throw p.error("unexpected '" + source.charAt(p.pos) + "'");
        }
        return new TokenPattern(source, root, Set.copyOf(p.lemmas), Set.copyOf(p.words), Set.copyOf(p.anchors));
    }

    public static TokenPattern compile(String source) {
        return compile(source, name -> null);
    }

    /** Every lemma the pattern (and the macros it uses) names: the vocabulary the lexicon must know. */
    public Set<String> lemmas() {
        return lemmas;
    }

    /**
     * The lemmas and word forms of the part captured as {@code trigger}: a sentence with none of them cannot match,
     * so the interpreter skips the pattern there. Empty when the pattern has no trigger (it is always tried).
     */
    public Set<String> anchors() {
        return anchors;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A match: the units it spans and the captured ranges by name (first and last unit, inclusive). */
    public record Match(int start, int end, Map<String, int[]> captures) {
        public Optional<int[]> capture(String name) {
            return Optional.ofNullable(captures.get(name));
        }
    }

    /** The leftmost match starting at or after unit {@code from}, or empty. */
    public Optional<Match> find(List<Unit> units, int from) {
        for (int s = from; s < units.size(); s++) {
            Optional<Match> m = matchAt(units, s);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** All matches, left to right, none overlapping. */
    public List<Match> findAll(List<Unit> units) {
        List<Match> out = new ArrayList<>();
        int from = 0;
        while (from < units.size()) {
            Optional<Match> m = find(units, from);
            if (m.isEmpty()) {
                break;
            }
            out.add(m.get());
            from = Math.max(m.get().end(), m.get().start() + 1);
        }
        return out;
    }

    /** The match starting exactly at unit {@code start}, or empty. */
    public Optional<Match> matchAt(List<Unit> units, int start) {
        State st = new State(units);
        int[] endHolder = new int[1];
        try {
            if (root.match(st, start, pos -> {
                endHolder[0] = pos;
                return true;
            })) {
                Map<String, int[]> caps = new LinkedHashMap<>();
                st.captures.forEach((k, v) -> caps.put(k, v.clone()));
                return Optional.of(new Match(start, endHolder[0], caps));
            }
        } catch (BudgetExceeded e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    // ---- matching ----

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    private static final class State {
        final List<Unit> units;
        final Map<String, int[]> captures = new HashMap<>();
        int steps;

        State(List<Unit> units) {
            this.units = units;
        }

        void step() {
            if (++steps > STEP_BUDGET) {
                throw new BudgetExceeded();
            }
        }
    }

    private interface Cont {
        boolean run(int pos);
    }

    private interface Node {
        boolean match(State st, int pos, Cont k);
    }

    /** A word by its lemma, or one of several: alternatives of bare lemmas are merged into one set test. */
    private record LemmaTest(Set<String> lemmas) implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            st.step();
            if (pos >= st.units.size()) {
                return false;
            }
            Unit u = st.units.get(pos);
            return !u.isMention() && (lemmas.contains(u.lemma()) || hyphenatedPlural(u)) && k.run(pos + 1);
        }

        /** "start-ups" for {@code start-up}: the plural of a hyphenated word the lexicon could not see whole. */
        private boolean hyphenatedPlural(Unit u) {
            String w = u.token().lower();
            return w.indexOf('-') > 0 && (w.endsWith("s") && lemmas.contains(w.substring(0, w.length() - 1))
                    || w.endsWith("es") && lemmas.contains(w.substring(0, w.length() - 2)));
        }
    }

    private record Test(Predicate<Unit> test) implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            st.step();
            return pos < st.units.size() && test.test(st.units.get(pos)) && k.run(pos + 1);
        }
    }

    private record Seq(List<Node> items) implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            return from(0, st, pos, k);
        }

        private boolean from(int i, State st, int pos, Cont k) {
            if (i == items.size()) {
                return k.run(pos);
            }
            return items.get(i).match(st, pos, p -> from(i + 1, st, p, k));
        }
    }

    private record Alt(List<Node> options) implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            for (Node o : options) {
                st.step();
                if (o.match(st, pos, k)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Repeat(Node node, int min, int max, boolean lazy) implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            return times(0, st, pos, k);
        }

        private boolean times(int n, State st, int pos, Cont k) {
            st.step();
            if (lazy) {
                if (n >= min && k.run(pos)) {
                    return true;
                }
                return n < max && node.match(st, pos, p -> p > pos && times(n + 1, st, p, k));
            }
            if (n < max && node.match(st, pos, p -> p > pos && times(n + 1, st, p, k))) {
                return true;
            }
            return n >= min && k.run(pos);
        }
    }

    private record Capture(String name, Node node) implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            int[] before = st.captures.get(name);
            boolean ok = node.match(st, pos, end -> {
                int[] prev = st.captures.get(name);
                if (end > pos) {
                    st.captures.put(name, new int[] {pos, end - 1});
                }
                if (k.run(end)) {
                    return true;
                }
                if (prev == null) {
                    st.captures.remove(name);
                } else {
                    st.captures.put(name, prev);
                }
                return false;
            });
            if (!ok) {
                if (before == null) {
                    st.captures.remove(name);
                } else {
                    st.captures.put(name, before);
                }
            }
            return ok;
        }
    }

    /** The possessive "'s": its token, or nothing right after a possessive pronoun's mention ("its"). */
    private record Possessive() implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            st.step();
            if (pos < st.units.size() && !st.units.get(pos).isMention()
                    && (st.units.get(pos).token().lower().equals("'s") || st.units.get(pos).token().lower().equals("'"))) {
                return k.run(pos + 1);
            }
            return pos > 0 && st.units.get(pos - 1).isMention() && "'s".equals(st.units.get(pos - 1).mention().value())
                    && k.run(pos);
        }
    }

    /** The start of the sentence. */
    private record Start() implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            st.step();
            return pos == 0 && k.run(pos);
        }
    }

    private record NotAhead(Node node) implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            java.util.Map<String, int[]> saved = new HashMap<>(st.captures);
            boolean found = node.match(st, pos, p -> true);
            st.captures.clear();
            st.captures.putAll(saved);
            return !found && k.run(pos);
        }
    }

    private record Ref(TokenPattern pattern) implements Node {
        @Override
        public boolean match(State st, int pos, Cont k) {
            return pattern.root.match(st, pos, k);
        }
    }

    // ---- unit tests ----

    static Predicate<Unit> mentionOf(String kind) {
        return switch (kind) {
            case "ENTITY" -> u -> u.isMention() && u.mention().entity() != null;
            case "PARTY" -> u -> u.isMention()
                    && (u.mention().kind() == Mention.Kind.ORG || u.mention().kind() == Mention.Kind.PERSON);
            default -> {
                Mention.Kind k = Mention.Kind.valueOf(kind);
                yield u -> u.isMention() && u.mention().kind() == k;
            }
        };
    }

    // ---- parsing ----

    private static final class Parser {
        final String s;
        final Function<String, TokenPattern> macros;
        final Set<String> lemmas = new java.util.HashSet<>();
        final Set<String> words = new java.util.HashSet<>();
        final Set<String> anchors = new java.util.HashSet<>();
        Set<String> collecting;
        int pos;

        Parser(String s, Function<String, TokenPattern> macros) {
            this.s = s;
            this.macros = macros;
        }

        PatternSyntaxException error(String message) {
            return new PatternSyntaxException(message + " at column " + (pos + 1) + " of: " + s);
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean at(char c) {
            skipSpace();
            return pos < s.length() && s.charAt(pos) == c;
        }

        Node alternatives() {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (at('|')) {
                pos++;
                options.add(sequence());
            }
            if (options.size() == 1) {
                return options.get(0);
            }
            // Neighbouring bare lemmas among the alternatives become one set test: the same matches in the same
            // order of preference, in fewer steps.
            List<Node> out = new ArrayList<>();
            for (Node o : options) {
                if (o instanceof LemmaTest t && !out.isEmpty() && out.get(out.size() - 1) instanceof LemmaTest prev) {
                    Set<String> merged = new java.util.HashSet<>(prev.lemmas());
                    merged.addAll(t.lemmas());
                    out.set(out.size() - 1, new LemmaTest(Set.copyOf(merged)));
                } else {
                    out.add(o);
                }
            }
            if (out.size() == 1) {
                return out.get(0);
            }
            options = out;
            return new Alt(List.copyOf(options));
        }

        Node sequence() {
            List<Node> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) == ')' || s.charAt(pos) == '|') {
                    break;
                }
                items.add(item());
            }
            if (items.isEmpty()) {
                throw error("empty pattern");
            }
            return items.size() == 1 ? items.get(0) : new Seq(List.copyOf(items));
        }

        Node item() {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '!') {
                pos++;
                return new NotAhead(quantified(atom()));
            }
            String capture = null;
            int save = pos;
            String ident = identifier();
            if (ident != null && pos < s.length() && s.charAt(pos) == ':' && Character.isLowerCase(ident.charAt(0))) {
                pos++;
                capture = ident;
            } else {
                pos = save;
            }
            Set<String> outer = collecting;
            if ("trigger".equals(capture)) {
                collecting = anchors;
            }
            Node atom = atom();
            atom = quantified(atom);
            collecting = outer;
            return capture == null ? atom : new Capture(capture, atom);
        }

        String identifier() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '-' || s.charAt(pos) == '\'')) {
                pos++;
            }
            return pos > start ? s.substring(start, pos) : null;
        }

        Node atom() {
            skipSpace();
            if (pos >= s.length()) {
                throw error("pattern ends early");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '(' -> {
                    pos++;
                    Node inner = alternatives();
                    if (!at(')')) {
                        throw error("missing ')'");
                    }
                    pos++;
                    return inner;
                }
                case '[' -> {
                    pos++;
                    int close = s.indexOf(']', pos);
                    if (close < 0) {
                        throw error("missing ']'");
                    }
                    Predicate<Unit> test = tests(s.substring(pos, close));
                    pos = close + 1;
                    return new Test(test);
                }
                case '"' -> {
                    int close = s.indexOf('"', pos + 1);
                    if (close < 0) {
                        throw error("missing closing quote");
                    }
                    String word = s.substring(pos + 1, close).toLowerCase(Locale.ROOT);
                    pos = close + 1;
                    words.add(word);
                    if (collecting != null) {
                        collecting.add(word);
                    }
                    if (word.equals("'s")) {
                        // The possessive, also of a plural: "Globex's", "Globex Partners'"; and nothing after a possessive
                        // pronoun read as an organisation ("its", "their"), which holds its "'s" in itself.
                        return new Possessive();
                    }
                    return new Test(u -> !u.isMention() && u.token().lower().equals(word));
                }
                case '@' -> {
                    pos++;
                    String name = identifier();
                    TokenPattern macro = name == null ? null : macros.apply(name);
                    if (macro == null) {
                        throw error("unknown pattern @" + name);
                    }
                    lemmas.addAll(macro.lemmas);
                    words.addAll(macro.words);
                    if (collecting != null) {
                        collecting.addAll(macro.lemmas);
                        collecting.addAll(macro.words);
                    }
                    return new Ref(macro);
                }
                case '^' -> {
                    pos++;
                    return new Start();
                }
                case '_' -> {
                    if (pos + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(pos + 1))) {
                        pos++;
                        return new Test(u -> true);
                    }
                }
                default -> {
                }
            }
            String ident = identifier();
            if (ident == null) {
                throw error("unexpected '" + c + "'");
            }
            if (MENTION_KINDS.contains(ident)) {
                return new Test(mentionOf(ident));
            }
            if (!ident.equals(ident.toLowerCase(Locale.ROOT))) {
                throw error("a lemma is written in lower case, a mention kind is one of " + MENTION_KINDS + ": " + ident);
            }
            lemmas.add(ident);
            if (collecting != null) {
                collecting.add(ident);
            }
            return new LemmaTest(Set.of(ident));
        }

        Node quantified(Node atom) {
            if (pos >= s.length()) {
                return atom;
            }
            char c = s.charAt(pos);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '*') {
                min = 0;
                max = Integer.MAX_VALUE;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
                pos++;
            } else if (c == '{') {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw error("missing '}'");
                }
                String[] parts = s.substring(pos + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(parts[0].strip());
                    max = parts.length == 1 ? min : parts[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    throw error("bad repetition");
                }
                if (min > max) {
                    throw error("repetition minimum above maximum");
                }
                pos = close + 1;
            } else {
                return atom;
            }
            boolean lazy = false;
            if (pos < s.length() && s.charAt(pos) == '?') {
                lazy = true;
                pos++;
            }
            return new Repeat(atom, min, max, lazy);
        }

        Predicate<Unit> tests(String body) {
            Predicate<Unit> all = u -> true;
            for (String part : body.split("&")) {
                String t = part.strip();
                boolean negate = t.startsWith("!");
                if (negate) {
                    t = t.substring(1).strip();
                }
                Predicate<Unit> one = test(t);
                all = all.and(negate ? one.negate() : one);
            }
            return all;
        }

        Predicate<Unit> test(String t) {
            int eq = t.indexOf('=');
            if (eq < 0) {
                return switch (t) {
                    case "cap" -> u -> !u.isMention() && u.token().isCapitalised();
                    case "mention" -> Unit::isMention;
                    case "inferred" -> u -> u.isMention() && u.mention().inferred();
                    case "cloud" -> u -> u.isMention() && u.mention().entity() != null
                            && org.dealgraph.extract.Gazetteer.isCloudBusiness(u.mention().entity().name());
                    default -> throw error("unknown test " + t);
                };
            }
            String key = t.substring(0, eq).strip();
            Set<String> values = Set.copyOf(Arrays.stream(t.substring(eq + 1).split("\\|")).map(String::strip).toList());
            return switch (key) {
                case "lemma" -> {
                    lemmas.addAll(values);
                    if (collecting != null) {
                        collecting.addAll(values);
                    }
                    yield u -> !u.isMention() && values.contains(u.lemma());
                }
                case "word" -> {
                    if (collecting != null) {
                        collecting.addAll(values);
                    }
                    // A one-word mention has its word too: "its" read as the company it refers to.
                    yield u -> (!u.isMention() || u.firstToken() == u.lastToken()) && values.contains(u.token().lower());
                }
                // a possessive pronoun read as an organisation ("its") is still a pronoun to a part-of-speech test
                case "pos" -> u -> (!u.isMention() || u.firstToken() == u.lastToken() && "'s".equals(u.mention().value()))
                        && values.contains(u.token().pos());
                case "form" -> u -> !u.isMention() && values.contains(u.token().form().name());
                case "ent" -> {
                    Predicate<Unit> any = u -> false;
                    for (String v : values) {
                        if (!MENTION_KINDS.contains(v)) {
                            throw error("unknown mention kind " + v);
                        }
                        any = any.or(mentionOf(v));
                    }
                    yield any;
                }
                default -> throw error("unknown test " + key);
            };
        }
    }
}
