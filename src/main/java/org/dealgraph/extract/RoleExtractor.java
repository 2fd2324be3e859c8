package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The roles people hold in organisations: chief executive, co-founder, chief scientist, board member and so on. */
public final class RoleExtractor implements RelationExtractor {

    private static final Pattern ORG_TITLE_PERSON = Rx.compile(
            "(?<former>[Ff]ormer )?(?<o>@ORG)(?:'s)? (?<t>@TITLE),? (?<p>@PER)");
    private static final Pattern PERSON_ORGS_TITLE = Rx.compile(
            "(?<p>@PER), (?:the |an? |its )?(?:(?<o>@ORG)'s )(?<t>@TITLE)");
    private static final Pattern PERSON_TITLE_OF = Rx.compile(
            "(?<p>@PER), (?:the |an? |its |one of the )?(?<t>@TITLE) (?:of|at) (?<o>@ORG)");
    private static final Pattern LED_BY = Rx.compile(
            "\\b(?:run|led|headed|managed) by (?:its |an? |the )?(?<t>@TITLE),? (?<p>@PER)(?: and (?<p2>@PER))?");
    private static final Pattern NAMED = Rx.compile(
            "(?<o>@ORG)(?<mid>[^;]{0,30}?)\\b(?:named|appointed|hired|promoted|tapped|picked|chose) (?<p>@PER)(?: and (?<p2>@PER))?"
                    + "(?:, [^,;]*,)? as (?:its |the |an? |@ORG's )?(?:new )?(?<t>@TITLE)");
    private static final Pattern WHO_WAS = Rx.compile(
            "(?<p>@PER), who (?<tense>had been|has been|was|is|served as|had served as) (?:an? |the )?(?<t>@TITLE) (?:of|at) (?<o>@ORG)");
    private static final Pattern BECOMES = Rx.compile(
            "(?<p>@PER)(?:, (?:who )?[^;]*?,|, who [^;]*?)? (?:and )?(?:now )?(?:becomes|become|will become|will serve as|serves as|is joining as"
                    + "|joins as|will join as|was named|is named|has been named|was appointed|is appointed|has been appointed|will remain|remains"
                    + "|will stay|stays|will continue as|continues as)"
                    + " (?:an? |the )?(?:(?<o>@ORG)'s )?(?:new )?(?<t>@TITLE)(?: (?:of|at) (?<o2>@ORG)(?:'s board)?)?");
    private static final Pattern NOW_BECOMES = Rx.compile(
            "(?<p>@PER), who [^;]*? and now becomes (?:an? |the )?(?<t>@TITLE)(?: (?:of|at) (?<o>@ORG)(?:'s board)?)?");
    private static final Pattern COFOUNDED = Rx.compile(
            "(?<p>@PER), who (?:earlier |also |previously |had )?(?<v>co-?founded|founded) (?:the [a-z -]+ )?(?<o>@ORG)");
    private static final Pattern FOUNDED_BY = Rx.compile(
            "(?<o>@ORG)(?:,[^;]*?)? (?:was|were) (?<v>co-?founded|founded) (?:in @DATE )?by (?<list>[^;.]*?)"
                    + "(?= (?:and )?(?:is|was|has|had|makes|made|will|who|which)\\b|[;.]|$)");
    private static final Pattern STEPPED_DOWN = Rx.compile(
            "(?<p>@PER)(?:[^;]{0,30}?)\\b(?:stepped down|resigned|stepping down) as (?:@ORG's |the )?(?<t>@TITLE)(?: (?:of|at) (?<o2>@ORG))?");
    private static final Pattern BOARD = Rx.compile(
            "(?<p>@PER)(?<mid>[^;]{0,80}?)\\b(?:a seat on|member of|joined|sits on) (?:the board of (?<o2>@ORG)|(?<o>@ORG)'s board)");
    private static final Pattern IN_CHARGE = Rx.compile("\\bput (?<p>@PER) in charge of (?<o>@ORG)");
    private static final Pattern WILL_LEAD = Rx.compile("(?<p>@PER) will (?<t>co-lead|lead|head|run|oversee) (?<o>@ORG)");
    private static final Pattern WORKED_AT = Rx.compile(
            "(?<p>@PER)(?:, [^;]{0,60}?)? who (?:had )?(?:previously |formerly |once )?(?:worked|work) (?:at|for) (?<o>@ORG)");
    private static final Pattern TITLE_PERSON = Rx.compile("(?<former>[Ff]ormer )?(?<t>@TITLE),? (?<p>@PER)");
    private static final Pattern LEADING_DETERMINER = Pattern.compile("^(?:a|an|the|its|new) ");

    @Override
    public void extract(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        if (!t.contains("{P")) {
            return;
        }
        Matcher m = ORG_TITLE_PERSON.matcher(t);
        while (m.find()) {
            role(s, ctx, m.group("p"), s.entity(m.group("o")), title(m.group("former"), m.group("t")), 0.9);
        }
        for (Pattern p : List.of(PERSON_ORGS_TITLE, PERSON_TITLE_OF)) {
            m = p.matcher(t);
            while (m.find()) {
                role(s, ctx, m.group("p"), s.entity(m.group("o")), title(null, m.group("t")), 0.85);
            }
        }
        m = LED_BY.matcher(t);
        while (m.find()) {
            role(s, ctx, m.group("p"), s.firstOrganization().orElse(null), title(null, m.group("t")), 0.8);
            if (m.group("p2") != null) {
                role(s, ctx, m.group("p2"), s.firstOrganization().orElse(null), title(null, m.group("t")), 0.8);
            }
        }
        m = NAMED.matcher(t);
        while (m.find()) {
            EntityRef org = s.entity(m.group("o"));
            String title = title(null, m.group("t"));
            role(s, ctx, m.group("p"), org, title, 0.85);
            if (m.group("p2") != null) {
                role(s, ctx, m.group("p2"), org, title, 0.85);
            }
        }
        m = WHO_WAS.matcher(t);
        while (m.find()) {
            boolean past = m.group("tense").startsWith("had") || m.group("tense").equals("was");
            role(s, ctx, m.group("p"), s.entity(m.group("o")), title(past ? "former " : null, m.group("t")), 0.8);
        }
        for (Pattern p : List.of(BECOMES, NOW_BECOMES)) {
            m = p.matcher(t);
            while (m.find()) {
                String o = Rules.group(m, "o") != null ? m.group("o") : Rules.group(m, "o2");
                EntityRef org = o != null ? s.entity(o) : s.firstOrganization().orElse(null);
                role(s, ctx, m.group("p"), org, title(null, m.group("t")), o != null ? 0.8 : 0.6);
            }
        }
        m = COFOUNDED.matcher(t);
        while (m.find()) {
            role(s, ctx, m.group("p"), s.entity(m.group("o")), m.group("v").startsWith("co") ? "co-founder" : "founder", 0.85);
        }
        m = FOUNDED_BY.matcher(t);
        while (m.find()) {
            EntityRef org = s.entity(m.group("o"));
            for (Mention person : s.within(m.group("list"))) {
                if (person.kind() == Mention.Kind.PERSON) {
                    ctx.add(FactType.ROLE, s, 0.8).set("person", person.entity()).set("organization", org)
                            .set("title", m.group("v").startsWith("co") ? "co-founder" : "founder");
                }
            }
        }
        m = STEPPED_DOWN.matcher(t);
        while (m.find()) {
            EntityRef org = null;
            for (Mention x : s.within(t.substring(m.start(), m.end()))) {
                if (x.kind() == Mention.Kind.ORG) {
                    org = x.entity();
                }
            }
            role(s, ctx, m.group("p"), org, title("former ", m.group("t")), 0.8);
        }
        m = BOARD.matcher(t);
        while (m.find()) {
            role(s, ctx, m.group("p"), s.entity(m.group("o") != null ? m.group("o") : m.group("o2")), "board member", 0.75);
        }
        m = IN_CHARGE.matcher(t);
        while (m.find()) {
            role(s, ctx, m.group("p"), s.entity(m.group("o")), "head", 0.75);
        }
        m = WILL_LEAD.matcher(t);
        while (m.find()) {
            String verb = m.group("t");
            role(s, ctx, m.group("p"), s.entity(m.group("o")), verb.equals("co-lead") ? "co-lead" : "head", 0.7);
        }
        m = WORKED_AT.matcher(t);
        while (m.find()) {
            role(s, ctx, m.group("p"), s.entity(m.group("o")), null, 0.6);
        }
        m = TITLE_PERSON.matcher(t);
        while (m.find()) {
            EntityRef person = s.entity(m.group("p"));
            boolean known = ctx.inSentence(s, FactType.ROLE).stream().anyMatch(d -> Rules.same(d.party("person"), person));
            if (!known) {
                role(s, ctx, m.group("p"), s.firstOrganization().orElse(null), title(m.group("former"), m.group("t")), 0.6);
            }
        }
    }

    private static String title(String former, String raw) {
        String t = LEADING_DETERMINER.matcher(raw.strip()).replaceFirst("");
        return former == null || t.startsWith("former") ? t : "former " + t;
    }

    private static void role(SentenceView s, ExtractionContext ctx, String personPlaceholder, EntityRef org, String title,
                             double confidence) {
        EntityRef person = s.entity(personPlaceholder);
        if (person == null || org == null || org.kind() != EntityKind.ORGANIZATION) {
            return;
        }
        ctx.add(FactType.ROLE, s, confidence).set("person", person).set("organization", org).set("title", title);
    }
}
