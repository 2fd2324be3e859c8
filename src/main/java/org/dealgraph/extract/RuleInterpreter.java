package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.ValueKind;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import org.dealgraph.extract.rules.AttributeCue;
import org.dealgraph.extract.rules.Rule;
import org.dealgraph.extract.rules.RuleSet;
import org.dealgraph.extract.rules.TokenPattern;
import org.dealgraph.extract.rules.Unit;
import org.dealgraph.extract.rules.Units;
import org.dealgraph.nlp.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one interpreter of the rule files: runs every rule's patterns over a sentence's units and turns each match
 * into a drafted fact. Captures named after the fact type's fields fill them (a capture holding a list of parties
 * states one fact per party); attributes no capture fills come from the rule's constants, then from the attribute
 * cues of the rule files, then from what is near the match (an amount or percentage inside it, the date of the
 * sentence or of its paragraph).
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleInterpreter implements RelationExtractor {

    /** Words before a trigger that put it in the future or make it an intention, not a past event. */
    private static final Set<String> MODAL = Set.of("will", "would", "to", "plan", "agree", "expect", "aim", "seek",
            "set", "intend", "propose", "could", "may", "might", "shall", "should", "if", "offer", "want", "hope", "try");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "nor");
    private static final Set<String> PERIOD_BOUND = Set.of("through", "until", "till", "thru", "by", "ending", "expire",
            "starting", "beginning", "from");
    /** Words that open a new clause: attribute cues before them do not reach a match after them. */
    private static final Set<String> CLAUSE_BREAK = Set.of(";", ":", "while", "whereas", "but", "although", "though",
            "meanwhile", "however");
    private static final int CUE_AFTER = 6;

    /** With this system property set to true, every match is printed to standard error: the rule, the sentence. */
    public static final String TRACE_PROPERTY = "dealgraph.rules.trace";
    private static final boolean TRACE = Boolean.getBoolean(TRACE_PROPERTY);

    private final RuleSet rules;

    public RuleInterpreter(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public RuleSet rules() {
        return rules;
    }

    @Override
    public void extract(SentenceView sentence, ExtractionContext context) {
        if (sentence.sentence().tokens().isEmpty()) {
            return;
        }
        List<Unit> units = Units.of(sentence);
        java.util.Set<String> present = new java.util.HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!u.isMention()) {
                present.add(u.lemma());
                present.add(u.token().lower());
                String w = u.token().lower();
                if (w.indexOf('-') > 0) {
                    // a hyphenated plural as a rule names its singular ("start-ups": start-up)
                    present.add(w.replaceAll("e?s$", ""));
                    present.add(w.replaceAll("s$", ""));
                }
            }
        }
        for (Rule rule : rules.rules()) {
            for (TokenPattern pattern : rule.patterns()) {
                if (!pattern.anchors().isEmpty() && !anyPresent(pattern.anchors(), present)) {
                    continue;
                }
                for (TokenPattern.Match match : pattern.findAll(units)) {
                    apply(rule, match, units, sentence, context);
                }
            }
        }
    }

    private void apply(Rule rule, TokenPattern.Match match, List<Unit> units, SentenceView s, ExtractionContext ctx) {
        FactType type = rule.type();
        int trigger = match.capture("trigger").map(r -> r[0]).orElse(match.start());
        if (negated(units, trigger)) {
            return;
        }
        if (TRACE) {
            System.err.println("rule " + rule.name() + " (" + rule.origin() + ") " + match.captures().keySet() + ": "
                    + s.sentence().text());
        }
        List<List<EntityRef>> parties = new ArrayList<>();
        List<EntityRef> named = new ArrayList<>();
        for (String role : type.core()) {
            int[] range = match.captures().get(role);
            List<EntityRef> found = range == null ? List.of() : entities(units, range);
            named.addAll(found);
            parties.add(found);
        }
        int[] userRange = match.captures().get("user");
        String receiving = RECEIVING.get(type);
        if (userRange != null && receiving != null && parties.size() == 2) {
            // The sentence says who gets the use ("... with Globex, allowing the startup to train on its archive"):
            // that party takes the receiving role whichever side of the verb it stood on.
            List<EntityRef> user = entities(units, userRange);
            int into = type.core().indexOf(receiving);
            int other = 1 - into;
            if (user.size() == 1 && parties.get(other).size() == 1 && parties.get(other).get(0).key().equals(user.get(0).key())) {
                List<EntityRef> swap = parties.get(other);
                parties.set(other, parties.get(into));
                parties.set(into, swap);
            }
        }
        Draft source = null;
        for (int i = 0; i < type.core().size(); i++) {
            String role = type.core().get(i);
            if (parties.get(i).isEmpty() && rule.inherited().contains(role)) {
                // The party of the latest fact of this kind in the article, else the organisation it is mostly about.
                EntityRef inherited;
                java.util.Optional<Draft> last = rule.fromParagraph().contains(role) ? java.util.Optional.empty()
                        : ctx.last(type, d -> d.party(role) != null
                        && named.stream().noneMatch(n -> n.key().equals(d.party(role).key())));
                if (rule.fromParagraph().contains(role)) {
                    inherited = ctx.paragraphTopic(s, units.get(match.start()).start(), named.toArray(EntityRef[]::new))
                            .orElse(null);
                } else if (last.isPresent()) {
                    source = last.get();
                    inherited = source.party(role);
                } else {
                    inherited = ctx.mostMentionedOrganization(named.toArray(EntityRef[]::new)).orElse(null);
                }
                parties.set(i, inherited == null ? List.of() : List.of(inherited));
            }
            if (parties.get(i).isEmpty()) {
                return;
            }
        }
        for (List<EntityRef> combination : combinations(parties)) {
            Draft earlier = statedAlready(type, combination, s, ctx);
            if (earlier != null) {
                // The fact was read from this sentence already: the rule only adds what that reading left out.
                fillAttributes(earlier, rule, match, units, trigger, s, ctx);
                continue;
            }
            EntityRef platform = null;
            List<EntityRef> resolved = new ArrayList<>(combination);
            int provider = type.core().indexOf("provider");
            if (provider >= 0 && resolved.get(provider).kind() == EntityKind.PLATFORM
                    && type.attributes().get("platform") == ValueKind.ENTITY) {
                // A platform named as the provider ("runs on Azure") stands for its operator.
                platform = resolved.get(provider);
                resolved.set(provider, ctx.provider(platform));
                if (resolved.get(provider) == null) {
                    continue;
                }
            }
            Draft d = ctx.add(type, s, rule.confidence()).set("platform", platform).unordered(rule.unordered() && userRange == null);
            for (int i = 0; i < resolved.size(); i++) {
                d.set(type.core().get(i), resolved.get(i));
            }
            if (source != null) {
                // A party taken from an earlier fact of the same kind ("the round drew A, B and C") shares that
                // fact's event: its date and status, when this sentence gives none.
                for (String field : List.of("date", "status")) {
                    if (type.attributes().containsKey(field) && source.get(field) != null
                            && match.captures().get(field) == null) {
                        d.setIfAbsent(field, source.get(field));
                    }
                }
            }
            fillAttributes(d, rule, match, units, trigger, s, ctx);
        }
    }

    private static boolean anyPresent(java.util.Set<String> anchors, java.util.Set<String> present) {
        for (String a : anchors) {
            if (present.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code date} (ISO, as precise as known) lies in a month before the article's publication. */
    private static boolean earlier(Object date, ExtractionContext ctx) {
        if (!(date instanceof String iso) || ctx.article().publishedDate().isEmpty()) {
            return false;
        }
        String published = ctx.article().publishedDate().get().toString();
        int n = Math.min(iso.length(), 7);
        return iso.substring(0, n).compareTo(published.substring(0, n)) < 0;
    }

    /** The first unit of the clause holding unit {@code at}: after the last clause break before it, or 0. */
    private static int clauseStart(List<Unit> units, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Unit u = units.get(i);
            if (!u.isMention() && CLAUSE_BREAK.contains(u.token().lower())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The fact of {@code type} between the same parties already read from this sentence, or null. */
    private static Draft statedAlready(FactType type, List<EntityRef> parties, SentenceView s, ExtractionContext ctx) {
        for (Draft d : ctx.inSentence(s, type)) {
            if (d.hasParties(parties)) {
                return d;
            }
        }
        return null;
    }

    private void fillAttributes(Draft d, Rule rule, TokenPattern.Match match, List<Unit> units, int trigger,
                                SentenceView s, ExtractionContext ctx) {
        FactType type = rule.type();
        for (Map.Entry<String, ValueKind> attribute : type.attributes().entrySet()) {
            int[] range = match.captures().get(attribute.getKey());
            if (range != null) {
                d.setIfAbsent(attribute.getKey(), captured(attribute.getValue(), units, range, s, d, type));
            }
        }
        for (Map.Entry<String, String> c : rule.constants().entrySet()) {
            d.setIfAbsent(c.getKey(), typed(type.kindOf(c.getKey()).orElseThrow(), c.getValue()));
        }
        if (type.attributes().containsKey("amountUSD") && d.get("amountUSD") == null) {
            // An amount the patterns did not capture is looked for from the trigger on: what comes before it
            // belongs to another clause or another fact.
            d.set("amountUSD", amount(first(units, trigger, match.end(), Mention.Kind.MONEY), d));
        }
        if (type.attributes().containsKey("percent") && d.get("percent") == null) {
            d.set("percent", percent(first(units, match.start(), match.end(), Mention.Kind.PERCENT), d));
        }
        if (type.attributes().get("provider") == ValueKind.ENTITY && d.get("provider") == null
                && d.get("platform") instanceof EntityRef platform && platform.kind() == EntityKind.PLATFORM) {
            // A product on a platform is offered by the platform's operator.
            d.set("provider", ctx.provider(platform));
        }
        if (type.attributes().get("date") == ValueKind.DATE && d.get("date") == null) {
            // The event's own date, else the date the paragraph is at, else the day the article was published (a
            // news story reports what happened when it appeared unless it says otherwise).
            d.set("date", eventDate(units, trigger).or(() -> ctx.narrativeDate(s))
                    .orElseGet(() -> ctx.article().publishedDate().map(Object::toString).orElse(null)));
        }
        int from = clauseStart(units, match.start());
        int to = Math.min(units.size(), match.end() + CUE_AFTER);
        for (AttributeCue cue : rules.cues(type)) {
            if (d.get(cue.field()) != null) {
                continue;
            }
            boolean hit = switch (cue.kind()) {
                case DEFAULT -> true;
                case PAST -> past(units, trigger);
                case PATTERN -> cue.cue().find(units.subList(from, to), 0).isPresent();
                case EARLIER -> earlier(d.get("date"), ctx);
            };
            if (hit) {
                d.set(cue.field(), typed(type.kindOf(cue.field()).orElseThrow(), cue.value()));
            }
        }
    }

    private Object captured(ValueKind kind, List<Unit> units, int[] range, SentenceView s, Draft d, FactType type) {
        switch (kind) {
            case MONEY -> {
                return amount(first(units, range[0], range[1] + 1, Mention.Kind.MONEY), d);
            }
            case PERCENT -> {
                return percent(first(units, range[0], range[1] + 1, Mention.Kind.PERCENT), d);
            }
            case DATE -> {
                Mention m = first(units, range[0], range[1] + 1, Mention.Kind.DATE);
                return m == null ? null : m.value();
            }
            case ENTITY -> {
                List<EntityRef> e = entities(units, range);
                return e.isEmpty() ? null : e.get(0);
            }
            case TEXT -> {
                String text = s.sentence().text().substring(units.get(range[0]).start(), units.get(range[1]).end()).strip();
                return text.isEmpty() ? null : text;
            }
            default -> {
                return null;
            }
        }
    }

    /** The value of an amount mention, marking the fact "up to" when the text gives the amount as a ceiling. */
    private static Object amount(Mention money, Draft d) {
        if (money == null || money.value() == null) {
            return null;
        }
        if (money.upTo() && d.type().attributes().containsKey("upTo")) {
            d.setIfAbsent("upTo", true);
        }
        return money.value();
    }

    /** The value of a percentage mention, marking the fact approximate when the text qualifies the number. */
    private static Object percent(Mention percent, Draft d) {
        if (percent == null) {
            return null;
        }
        if (percent.approximate() && d.type().attributes().containsKey("approximate")) {
            d.setIfAbsent("approximate", true);
        }
        return percent.value();
    }

    private static Object typed(ValueKind kind, String value) {
        return switch (kind) {
            case BOOLEAN -> Boolean.valueOf(value);
            case MONEY, PERCENT -> new BigDecimal(value);
            default -> value;
        };
    }

    /** The named entities in a captured range, in order, without repeats. */
    /**
     * The role of the party that gets the use of what a deal is about; a capture named {@code user} puts the party
     * it names there.
     */
    private static final java.util.Map<FactType, String> RECEIVING = java.util.Map.of(
            FactType.LICENCE, "licensee", FactType.HOSTING_RIGHT, "host", FactType.CLOUD_PARTNERSHIP, "customer");

    private static List<EntityRef> entities(List<Unit> units, int[] range) {
        List<EntityRef> out = new ArrayList<>();
        for (int i = range[0]; i <= range[1]; i++) {
            Mention m = units.get(i).mention();
            if (m != null && m.entity() != null && out.stream().noneMatch(e -> e.key().equals(m.entity().key()))) {
                out.add(m.entity());
            }
        }
        return out;
    }

    private static Mention first(List<Unit> units, int from, int to, Mention.Kind kind) {
        for (int i = from; i < to && i < units.size(); i++) {
            Mention m = units.get(i).mention();
            if (m != null && m.kind() == kind && !(kind == Mention.Kind.MONEY && perUnit(units, i))) {
                return m;
            }
        }
        return null;
    }

    /** An amount given per share or per item ("$157 a share", "$6.01 apiece") is not the value of a deal. */
    private static boolean perUnit(List<Unit> units, int i) {
        String next = i + 1 < units.size() && !units.get(i + 1).isMention() ? units.get(i + 1).token().lower() : "";
        String after = i + 2 < units.size() && !units.get(i + 2).isMention() ? units.get(i + 2).token().lower() : "";
        return next.equals("apiece") || next.equals("each") || next.equals("per")
                || next.equals("a") && after.equals("share")
                || next.equals("for") && after.equals("every");
    }

    private static List<List<EntityRef>> combinations(List<List<EntityRef>> parties) {
        List<List<EntityRef>> out = new ArrayList<>();
        out.add(List.of());
        for (List<EntityRef> options : parties) {
            List<List<EntityRef>> next = new ArrayList<>();
            for (List<EntityRef> prefix : out) {
                for (EntityRef e : options) {
                    if (prefix.stream().anyMatch(p -> p.key().equals(e.key()))) {
                        continue;
                    }
                    List<EntityRef> c = new ArrayList<>(prefix);
                    c.add(e);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    private static boolean negated(List<Unit> units, int trigger) {
        for (int i = Math.max(0, trigger - 3); i < trigger; i++) {
            Unit u = units.get(i);
            if (!u.isMention() && NEGATION.contains(u.token().lower())) {
                return true;
            }
        }
        return false;
    }

    /** The trigger is in a past form and nothing before it makes it future or intended. */
    private static boolean past(List<Unit> units, int trigger) {
        Unit t = units.get(trigger);
        if (t.isMention() || t.token().form() != Token.Form.PAST) {
            return false;
        }
        for (int i = Math.max(0, trigger - 4); i < trigger; i++) {
            Unit u = units.get(i);
            if (u.isMention()) {
                continue;
            }
            // "will buy", "agreed to buy"; and the present passive or progressive: "is being acquired", "is acquired"
            if (MODAL.contains(u.lemma()) || u.lemma().equals("be") && u.token().form() != Token.Form.PAST) {
                return false;
            }
        }
        return true;
    }

    /** The date of the event near the trigger: the nearest resolved date that does not bound a period. */
    private static java.util.Optional<String> eventDate(List<Unit> units, int trigger) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Unit u : units) {
            Mention m = u.mention();
            if (m == null || m.kind() != Mention.Kind.DATE || m.value() == null) {
                continue;
            }
            if (u.index() > 0 && !units.get(u.index() - 1).isMention()
                    && PERIOD_BOUND.contains(units.get(u.index() - 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int distance = Math.abs(u.index() - trigger);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = (String) m.value();
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
