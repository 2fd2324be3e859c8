package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Agreements (new, renegotiated, extended, terminated), partnerships and co-development. */
public final class CollaborationExtractor implements RelationExtractor {

    private static final Pattern TRIGGER = Pattern.compile(
            "negotiat|rework|revis|chang|amend|extend|renew|terminat|end|sign|struck|strike|reach|inked|announc|unveil|entered|agreed"
                    + "|finali|sealed|clinch|conclu|forged|hammered|penned|complet|closed|partner|allian|collaborat|cooperat|team|forces"
                    + "|venture|develop|build|design|work");
    private static final String DEAL = "(?:partnership|deal|agreement|contract|relationship|pact|alliance)";
    private static final String THEIR = "(?:a|the|their|its|@ORG's)(?: @DATE| [a-z-]+)?";
    private static final Pattern AGREEMENT = Rx.compile(
            "\\b(?<v>renegotiat(?:ed|e|es|ing)|rework(?:ed|ing)|revis(?:ed|ing) " + THEIR + " (?:terms|" + DEAL + ")"
                    + "|chang(?:ed|ing) " + THEIR + " terms|amend(?:ed|ing) " + THEIR + " (?:terms|" + DEAL + ")"
                    + "|extend(?:ed|ing|s)? " + THEIR + " " + DEAL + "|renew(?:ed|ing|s)? " + THEIR + " " + DEAL
                    + "|terminat(?:ed|ing|es|e) " + THEIR + " " + DEAL + "|end(?:ed|ing|s)? " + THEIR + " " + DEAL
                    + "|(?:sign(?:ed|s|ing)?|struck|strike|reached|reach|inked|announced|unveiled|entered into|agreed (?:on|to)|finali[sz]ed"
                    + "|sealed|clinched|concluded|forged|hammered out|penned|completed|closed) (?:a|an|the|their) "
                    + "(?:new |definitive |final )?(?:[a-z-]+ )?(?:deal|agreement|contract|pact|terms)"
                    + "(?! (?:worth|valued))(?! @Q\\{M))\\b");
    private static final Pattern BETWEEN = Rx.compile(
            "\\b(?:partnership|alliance|collaboration|joint venture) between (?<a>@ORG) and (?<b>@ORG)(?<rest>[^;]*)");
    private static final Pattern AGREEMENT_BETWEEN = Rx.compile(
            "\\b(?:agreement|deal|contract|pact) (?:between|with) (?<a>@ORG)(?: and (?<b>@ORG))?");
    private static final Pattern CHOSE_PARTNER = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;{]{0,30}?)\\b(?:picked|chose|selected|named|tapped) (?<b>@ORG) (?:as )?(?:its |a |an |the |@ORG's )?(?:[a-z-]+ )?partner(?<rest>[^;]*)");
    private static final Pattern PAIR_ANNOUNCED = Rx.compile(
            "(?<a>@ORG) and (?<b>@ORG)(?:[^;{]{0,40}?)\\b(?:announced|unveiled|signed|formed|struck|launched|have|had|entered into|expanded|deepened)"
                    + " (?:a |an |their )?(?:[a-z-]+ ){0,3}?(?:partnership|alliance|collaboration)(?<rest>[^;]*)");
    private static final Pattern COORDINATED = Rx.compile("(?<a>@ORG) and (?<b>@ORG)");
    private static final Pattern PARTNERSHIP = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]{0,90}?)\\b(?:partnership|alliance|collaboration|partnered|partnering|partners|partner|team(?:s|ed|ing)? up"
                    + "|joined forces|join forces|joining forces|joint venture)"
                    + " with (?<b>@ORG)(?<rest>[^;]*)");
    /** "X is (also) working with Y to build Z (using P)": a partnership for a stated purpose. */
    private static final Pattern WORKING_TO = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;{]{0,30}?)\\b(?:is|are|was|were|has been|have been|had been|will be|would be)(?: also| now| already| jointly| closely)*"
                    + " (?:working|collaborating|teaming up|cooperating) (?:closely |together )?with (?<b>@ORG)"
                    + "(?<rest>,? to (?:help )?(?:build|develop|create|design|train|deploy|make|bring|launch|offer|integrate|research|test"
                    + "|co-develop|produce|manufacture|market|sell|power|explore)\\b[^;]*)");
    private static final Pattern PAIR_PARTNER = Rx.compile(
            "(?<a>@ORG) and (?<b>@ORG) (?:will |have |had |would |are |plan to |agreed to )?(?:also )?(?:[a-z]+ )?(?:partner|team up"
                    + "|collaborate|cooperate|work together|form a partnership|(?:deepen|expand|continue|strengthen) their (?:work|collaboration)"
                    + "(?: together)?)(?<rest>[^;]*)");
    private static final Pattern DEVELOP_WITH = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]{0,40}?)\\b(?:would|will|to|plans to) (?:develop|build) (?:[^;{]{0,40}? )?with (?<b>@ORG)");
    private static final Pattern PURPOSE = Rx.compile(
            "^\\s*(?:,? (?:that|which) |,? )?(?:to |for |on |that )(?<purpose>[^;,]*?)(?: using (?<prod>\\{[RO]\\d+})| with (?<prod2>@PROD))?(?=[,;.]|$| using)");
    private static final Pattern CO_DEVELOP = Rx.compile(
            "\\b(?:co-?develop(?:s|ed|ing)?|jointly develop(?:s|ed|ing)?|develop(?:s|ed|ing)? jointly) (?<tech>[^;,]*?)"
                    + "(?: on (?<pl>@PLAT))?(?=[,.;]|$| and | for )");
    private static final Pattern WORKING_WITH = Rx.compile(
            "(?<a>@ORG)(?:'s [a-z]+)? (?:are|is|will be|have been|has been) (?:working|collaborating) (?:closely )?with (?<b>@ORG)"
                    + "(?:, [^,;]*,)? on (?<tech>[^;,.]*)");
    private static final Pattern PAIR_BUILD = Rx.compile(
            "(?<a>@ORG) and (?<b>@ORG) (?:will |would |plan to |agreed to )?(?:also )?(?:explore |jointly )?(?:building|developing|build"
                    + "|develop|co-develop|design|designing) (?<tech>[^;,.]*)");

    @Override
    public void extract(SentenceView s, ExtractionContext ctx) {
        if (!TRIGGER.matcher(s.masked()).find()) {
            return;
        }
        agreements(s, ctx);
        partnerships(s, ctx);
        coDevelopment(s, ctx);
    }

    private void agreements(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        Matcher m = AGREEMENT.matcher(t);
        if (!m.find()) {
            return;
        }
        String v = m.group("v");
        if (v.matches("(?s).*\\bsign.*") && m.start() > 0 && Rules.negatedBefore(t, m.start())) {
            return;
        }
        String kind = v.startsWith("extend") || v.startsWith("renew") ? "extended"
                : v.startsWith("terminat") || v.startsWith("end") ? "terminated"
                : v.matches("(?s)(?:sign|struck|strike|reach|inked|announced|unveiled|entered|agreed|finali|sealed|clinched|concluded"
                + "|forged|hammered|penned|completed|closed).*") ? "new" : "renegotiated";
        EntityRef a = null;
        EntityRef b = null;
        Matcher pair = COORDINATED.matcher(t.substring(0, m.start()));
        Matcher with = AGREEMENT_BETWEEN.matcher(t);
        if (pair.find()) {
            a = s.entity(pair.group("a"));
            b = s.entity(pair.group("b"));
        } else if (with.find(m.start()) && with.group("b") != null) {
            a = s.entity(with.group("a"));
            b = s.entity(with.group("b"));
        } else if (with.find(m.start()) && with.start() - m.end() < 20) {
            a = s.firstOrganization().orElse(null);
            b = s.entity(with.group("a"));
        } else {
            for (Mention x : s.mentions()) {
                if (x.kind() != Mention.Kind.ORG) {
                    continue;
                }
                if (a == null) {
                    a = x.entity();
                } else if (b == null && !Rules.same(a, x.entity())) {
                    b = x.entity();
                }
            }
        }
        if (a == null || b == null || Rules.same(a, b)) {
            return;
        }
        if (kind.equals("new") && v.matches("(?s).*\\blicen[cs].*")) {
            return;
        }
        String date = Rules.eventDate(s, m.start())
                .or(() -> ctx.narrativeDate(s)).orElse(null);
        ctx.add(FactType.AGREEMENT, s, 0.8).set("party1", a).set("party2", b).set("kind", kind).set("date", date);
    }

    private void partnerships(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        for (Pattern p : List.of(PARTNERSHIP, PAIR_PARTNER, BETWEEN, PAIR_ANNOUNCED, CHOSE_PARTNER, WORKING_TO)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                EntityRef a = s.entity(m.group("a"));
                EntityRef b = s.entity(m.group("b"));
                if (Rules.same(a, b) || Rules.negatedBefore(t, m.start("b"))) {
                    continue;
                }
                Draft d = ctx.add(FactType.PARTNERSHIP, s, 0.8).set("party1", a).set("party2", b);
                Matcher purpose = PURPOSE.matcher(m.group("rest"));
                if (purpose.find()) {
                    String text = s.surface(purpose.group("purpose"));
                    d.set("purpose", text.isBlank() ? null : text);
                    String prod = purpose.group("prod") != null ? purpose.group("prod") : purpose.group("prod2");
                    EntityRef product = s.entity(prod);
                    if (product != null && product.kind() == EntityKind.ORGANIZATION
                            && ctx.gazetteer().byKey(product.key()).isEmpty()) {
                        product = product.asKind(EntityKind.PRODUCT);
                    }
                    d.set("product", product != null && product.kind() == EntityKind.PRODUCT ? product : null);
                }
                if (d.get("product") == null) {
                    Mention prod = Rules.first(s, Mention.Kind.PRODUCT, m.start("rest"), m.end("rest"));
                    d.set("product", prod == null ? null : prod.entity());
                }
            }
        }
        Matcher m = DEVELOP_WITH.matcher(t);
        while (m.find()) {
            EntityRef a = s.entity(m.group("a"));
            EntityRef b = s.entity(m.group("b"));
            if (!Rules.same(a, b)) {
                ctx.add(FactType.PARTNERSHIP, s, 0.65).set("party1", a).set("party2", b);
            }
        }
    }

    private void coDevelopment(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        Matcher m = CO_DEVELOP.matcher(t);
        while (m.find()) {
            EntityRef[] parties = partiesBefore(s, ctx, m.start());
            if (parties == null) {
                continue;
            }
            ctx.add(FactType.CO_DEVELOPMENT, s, 0.75).set("party1", parties[0]).set("party2", parties[1])
                    .set("technology", blankToNull(s.surface(m.group("tech"))))
                    .set("platform", s.entity(m.group("pl")));
        }
        for (Pattern p : List.of(WORKING_WITH, PAIR_BUILD)) {
            m = p.matcher(t);
            while (m.find()) {
                EntityRef a = s.entity(m.group("a"));
                EntityRef b = s.entity(m.group("b"));
                if (Rules.same(a, b)) {
                    continue;
                }
                Mention pl = Rules.first(s, Mention.Kind.PLATFORM, m.start("tech"), m.end("tech"));
                ctx.add(FactType.CO_DEVELOPMENT, s, 0.7).set("party1", a).set("party2", b)
                        .set("technology", blankToNull(s.surface(m.group("tech"))))
                        .set("platform", pl == null ? null : pl.entity());
            }
        }
    }

    /** The parties of a co-development phrase: those of a deal read from the same sentence, else the last two organisations. */
    private EntityRef[] partiesBefore(SentenceView s, ExtractionContext ctx, int pos) {
        for (FactType type : List.of(FactType.HOSTING_RIGHT, FactType.LICENCE, FactType.PARTNERSHIP)) {
            List<Draft> here = ctx.inSentence(s, type);
            if (!here.isEmpty()) {
                Draft d = here.get(here.size() - 1);
                return new EntityRef[]{d.party(type.core().get(0)), d.party(type.core().get(1))};
            }
        }
        EntityRef a = null;
        EntityRef b = null;
        for (Mention x : s.within(s.masked().substring(0, pos))) {
            if (x.kind() == Mention.Kind.ORG && !Rules.same(x.entity(), b)) {
                a = b;
                b = x.entity();
            }
        }
        return a == null || b == null || Rules.same(a, b) ? null : new EntityRef[]{a, b};
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
