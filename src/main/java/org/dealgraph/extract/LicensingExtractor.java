package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licences (who licenses what to whom, exclusively or not, until when, and whether the terms were replaced)
 * and hosting rights (who may host whose product).
 */
public final class LicensingExtractor implements RelationExtractor {

    private static final Pattern TRIGGER = Pattern.compile("licen|right|host|use |run|serve");
    private static final String SUBJECT = "(?<subj>(?:(?:[a-z][a-z-]*|[A-Z]{2,}s?) ){0,3}?(?:[a-z][a-z0-9-]*|[A-Z]{2,}s?))"
            + "(?= (?:now|has|had|is|was|will|would|that|which|until|through|and|to|for|on|in|from|under)\\b|[,.;:)\"]|$| -| —)";
    private static final Pattern POSSESSIVE_LICENCE = Rx.compile(
            "(?<a>@ORG)'s (?<ex>non-exclusive |exclusive )?(?:[a-z-]+ )?licen[cs]e (?:to use |to |for |on )(?<b>@ORG)'s (?:(?<prod>@PROD)|" + SUBJECT + ")");
    private static final Pattern TAKES_LICENCE = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]{0,90}?)\\b(?:an? |the |its )?(?<ex>non-exclusive |exclusive )?(?:[a-z-]+ )?licen[cs]e (?:to use|to|for|on) "
                    + "(?:(?<b>@ORG)'s )?(?:(?<prod>@PROD)(?:, (?<b2>@ORG)'s)?|" + SUBJECT + ")");
    private static final Pattern GRANTS_LICENCE = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;]{0,40}?)\\b(?:licensed|licenses|licences|will license|is licensing|licensing|to license) (?:its |@ORG's )?"
                    + "(?:(?<prod>@PROD)(?: [a-z]+)?|" + SUBJECT + ") to (?<a>@ORG)");
    private static final Pattern LICENSED_FROM = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]{0,60}?)\\b(?:licensed|licenses|licences|will license|is licensing|to license|has licensed)"
                    + " (?<ex>non-exclusive |exclusive )?(?:(?<prod>@PROD)|" + SUBJECT + ") from (?<b>@ORG)");
    private static final Pattern LICENSES_OTHERS = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;{]{0,40}?)\\b(?:will license|licenses|licensed|is licensing|to license|agreed to license|has licensed)"
                    + " (?<ex>non-exclusive |exclusive )?(?<b>@ORG)'s (?:(?<prod>@PROD)|" + SUBJECT + ")");
    private static final Pattern RIGHTS_TO_USE = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;{]{0,60}?)\\b(?:gets?|got|gains?|gained|receives?|received|obtains?|obtained|acquires?|acquired|secures?|secured|wins?|won|will have|has)"
                    + " (?:the )?(?<ex>non-exclusive |exclusive )?(?:rights? to use|access to|licen[cs]ing rights to|rights to) "
                    + "(?<b>@ORG)'s (?:(?<prod>@PROD)|" + SUBJECT + ")");
    private static final Pattern GRANTED_LICENCE = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;{]{0,40}?)\\b(?:granted|grants|grant|granting|gave|gives|give|giving|awarded|awards|awarding|issued|issues) (?<a>@ORG) (?:an? |the )?"
                    + "(?<ex>non-exclusive |exclusive )?(?:[a-z-]+ )?licen[cs]e (?:to|for|on) (?:use )?(?:its |@ORG's )?(?:(?<prod>@PROD|\\{O\\d+}(?!'))|" + SUBJECT + ")");
    private static final Pattern MAY_USE = Rx.compile(
            "(?:\\b(?:lets|let|allows|allow|permits|permit|enables|enable) (?<a>@ORG) (?:to )?use|(?<a2>@ORG) (?:may|can|will be able to|is allowed to"
                    + "|is permitted to|gets to) use) (?<b>@ORG)'s (?:(?<prod>@PROD)|" + SUBJECT + ")");
    private static final Pattern NOW_EXCLUSIVITY = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]hat|[Tt]his) (?:[a-z-]+ )?licen[cs]e (?:[a-z]+ ){0,3}?(?:is|was|be|becomes|became|become) (?:now )?(?<ex>non-exclusive|exclusive)");
    private static final Pattern END_DATE = Rx.compile(
            "\\b(?:end date|until|through|expires?(?: in)?|expiring(?: in)?|runs (?:to|until)|ends? in)(?:\\W{0,4}|\\s+(?:of|in|on)\\s+)(?<d>@DATE)"
                    + "|\\bto (?:the end of )?(?<d2>@DATE)(?=[,.;]|$| and\\b| when\\b| unless\\b)");
    private static final Pattern REPLACING = Pattern.compile(
            "\\b(?:replacing|replaces|replaced|superseding|supersedes) (?:an? |the )?(?<what>[^;]*)"
                    + "|\\b(?:previously|formerly|originally)\\b(?=[^;]{0,40}?\\b(?:ran|run|lasted|remained in effect|was set to|was to|would have"
                    + "|expired?|was due to)\\b[^;]*?\\buntil\\b)(?<what2>[^;]*)");
    private static final Pattern UNTIL_CONDITION = Pattern.compile(
            "\\buntil (?<cond>(?!\\{D\\d+}[,.;]|\\{D\\d+}$)[^;]+?)\\s*(?:[.;]|$)");
    private static final Pattern ENDED = Pattern.compile("(?<!-)\\b(?:ended|expired|terminated|lapsed)\\b");
    private static final Pattern HOSTING = Rx.compile(
            "\\b(?:gave|gives|give|giving|grant(?:s|ed|ing)?|award(?:s|ed)?) (?<h>@OP) (?:the )?(?<ex>non-exclusive |exclusive )?"
                    + "rights? to (?:host|run|serve|resell|sell|distribute|offer)(?: and [a-z]+)? (?<g>@ORG)'s (?:[a-z-]+ ){0,3}?"
                    + "(?:(?<p>@ENT)|(?<noun>models?|products?|technology|software|services|tools?|apps?|agents?|chips?)(?![\\w-])(?! \\{[RO]))");
    private static final Pattern NON_EXCLUSIVE = Pattern.compile("(?i)\\bnon-?exclusive(?:ly)?\\b");
    private static final Pattern EXCLUSIVE = Pattern.compile("(?i)\\b(?:exclusive|exclusively|sole)\\b");
    private static final String HOSTED_THING = "(?:(?<p>@ENT)|(?<noun>models?|products?|technology|software|services|tools?|apps?|agents?|chips?)(?![\\w-])(?! \\{[RO]))";
    private static final Pattern HOLDS_RIGHT = Rx.compile(
            "(?<h>@OP)(?<mid>[^;{]{0,40}?)\\b(?:gets?|got|has|have|holds?|receives?|received|wins?|won|secured|obtains?|obtained|will have"
                    + "|(?:is|was|were|are|has been|have been|will be|would be) (?:given|granted|awarded))"
                    + " (?:the )?(?<ex>non-exclusive |exclusive |sole )?rights? to (?:host|run|serve|resell|sell|distribute|offer) "
                    + "(?<g>@ORG)'s (?:[a-z-]+ ){0,3}?" + HOSTED_THING);
    private static final Pattern HOSTED_ON = Rx.compile(
            "(?<g>@ORG)'s (?:[a-z-]+ ){0,3}?" + HOSTED_THING + "(?:,[^;,]*,)? (?:will be|are|is|would be|were|was|to be) "
                    + "(?:hosted|run|served) (?<ex>exclusively |only |non-exclusively )?(?:on|by|through|in) (?:the )?(?:@ORG's )?(?<h>@OP)");
    private static final Pattern CHOSE_HOST = Rx.compile(
            "(?<g>@ORG)(?<mid>[^;{]{0,30}?)\\b(?:chose|picked|selected|tapped|named|designated) (?<h>@OP) (?:as (?:the |its )?(?<ex>exclusive |sole |non-exclusive )?"
                    + "(?:host|cloud|provider)[a-z ]{0,20}? )?to (?:exclusively )?(?:host|run|serve) (?:its |@ORG's )?(?:[a-z-]+ ){0,3}?" + HOSTED_THING);
    private static final Pattern BECOMES_HOST = Rx.compile(
            "(?<h>@OP)(?:, [^,;]{0,50},)? (?:will become|becomes|became|will be|is|would be) (?:the |an? )?(?<ex>exclusive |sole |only |non-exclusive )?"
                    + "(?:host|cloud host|hosting provider|hosting partner|cloud provider|cloud) (?:for|of|to host|to offer) (?<g>@ORG)'s (?:[a-z-]+ ){0,3}?" + HOSTED_THING);
    private static final Pattern RUNS_ON = Rx.compile(
            "(?<g>@ORG)'s (?:[a-z-]+ ){0,3}?" + HOSTED_THING + " (?:will run|will be available|runs|will be offered) (?<ex>exclusively |only )(?:on|through|via) (?:the )?(?:@ORG's )?(?<h>@OP)");
    private static final Pattern HOSTING_RIGHTS = Rx.compile(
            "(?<h>@OP)(?<mid>[^;{]{0,40}?)\\b(?<ex>exclusive |non-exclusive )?hosting rights (?:to|for) (?<g>@ORG)'s (?:[a-z-]+ ){0,3}?" + HOSTED_THING);
    private static final Pattern HOSTING_AGREEMENT = Rx.compile(
            "(?<g>@ORG)'s (?<ex>exclusive |non-exclusive )?hosting (?:agreement|deal|contract|arrangement) with (?<h>@OP)"
                    + "(?:(?:[^;{]|\\{O\\d+}'s){0,40}?(?:(?<p>\\{[RO]\\d+})(?!')|(?<noun>models?|products?|software|services|tools?|apps?|agents?)(?![\\w-])))?");
    private static final Pattern WILL_HOST = Rx.compile(
            "(?<h>@OP)(?:, [^,;]{0,50},)? (?:will|would|can|may|is to|agreed to|plans to) (?<ex>exclusively |non-exclusively )?host (?<g>@ORG)'s "
                    + "(?:[a-z-]+ ){0,3}?" + HOSTED_THING);
    /**
     * A host given the right to host a product named without its owner ("Y gets the exclusive right to host P",
     * "Y was given the right to host P, X's flagship model"); the owner, when the sentence does not name it, is
     * looked up in the article, else taken to be the article's main company.
     */
    private static final Pattern RIGHT_TO_HOST_PRODUCT = Rx.compile(
            "(?<h>@OP)(?<mid>[^;{]{0,40}?)\\b(?:gets?|got|gains?|gained|receives?|received|wins?|won|secures?|secured|obtains?|obtained"
                    + "|holds?|will have|will get|will receive|(?:is|was|were|are|has been|have been|will be|would be) (?:given|granted|awarded))"
                    + " (?:the |an? )?(?<ex>non-exclusive |exclusive |sole )?rights? to (?:host|run|serve|resell|sell|distribute|offer)"
                    + "(?: and [a-z]+)? (?:the )?(?<p>\\{[RO]\\d+})(?!')"
                    + "(?:,? (?:the |an? )?(?:[a-z-]+ ){0,3}?(?:(?<g>@ORG)'s|(?:[a-z-]+ )?(?:from|by|of) (?<g2>@ORG)))?");
    private static final Pattern OFFER_UNDER_LICENCE = Rx.compile(
            "(?<h>@ORG) (?:can|may|will be able to|is allowed to|has the right to) (?:host|offer|resell|sell|distribute) "
                    + "(?<g>@ORG)'s (?:(?<p>@PROD)|(?<noun>models?|products?|technology|software|services))\\b");

    @Override
    public void extract(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        if (!TRIGGER.matcher(t).find()) {
            return;
        }
        boolean matched = licence(s, ctx, GRANTED_LICENCE.matcher(t), true);
        if (!matched) {
            matched = licence(s, ctx, POSSESSIVE_LICENCE.matcher(t), false);
        }
        if (!matched) {
            matched = licence(s, ctx, TAKES_LICENCE.matcher(t), false);
        }
        if (!matched) {
            matched = licence(s, ctx, GRANTS_LICENCE.matcher(t), true);
        }
        if (!matched) {
            matched = licence(s, ctx, LICENSED_FROM.matcher(t), true);
        }
        if (!matched) {
            matched = licence(s, ctx, LICENSES_OTHERS.matcher(t), true);
        }
        if (!matched && (t.contains("licen") || t.contains("rights"))) {
            matched = licence(s, ctx, RIGHTS_TO_USE.matcher(t), true);
        }
        if (!matched && (t.contains("licen") || t.contains("agreement") || t.contains("deal"))) {
            licence(s, ctx, MAY_USE.matcher(t), true);
        }
        Matcher m = NOW_EXCLUSIVITY.matcher(t);
        if (m.find()) {
            boolean exclusive = m.group("ex").equals("exclusive");
            ctx.last(FactType.LICENCE, d -> !"superseded".equals(d.get("status")) && !"ended".equals(d.get("status")))
                    .ifPresent(d -> d.set("exclusive", exclusive));
        }
        hosting(s, ctx);
    }


    /**
     * Whether the party in {@code group} is named inside a relative clause that ends before the verb ("Initech, which
     * is owned by Globex, licenses ..."): it is then not the verb's subject.
     */
    private static boolean inRelativeClause(String masked, Matcher m, String group) {
        String g = Rules.group(m, group);
        String mid = Rules.group(m, "mid");
        return g != null && mid != null && mid.strip().startsWith(",") && m.start(group) < m.start("mid")
                && Rules.RELATIVE_OPENING.matcher(masked.substring(0, m.start(group))).find();
    }

    private boolean licence(SentenceView s, ExtractionContext ctx, Matcher m, boolean granted) {
        boolean any = false;
        while (m.find()) {
            String a = Rules.group(m, "a") != null ? m.group("a") : Rules.group(m, "a2");
            EntityRef licensee = s.entity(a);
            EntityRef licensor = s.entity(m.group("b"));
            String prod = m.group("prod");
            String subject = prod != null ? s.entity(prod).name() : Rules.group(m, "subj");
            if (subject != null) {
                subject = subject.replaceAll("\\s+[a-z]+ly$", "");
            }
            if (licensor == null && !granted) {
                String b2 = Rules.group(m, "b2");
                licensor = b2 != null ? s.entity(b2) : prod != null ? ctx.owner(s.entity(prod)).orElse(null) : null;
            }
            if (licensor == null || Rules.same(licensor, licensee) || inRelativeClause(s.masked(), m, "a") || inRelativeClause(s.masked(), m, "b")) {
                continue;
            }
            any = true;
            String ex = Rules.group(m, "ex");
            Boolean exclusive = ex == null ? sentenceExclusivity(s.masked()) : Boolean.valueOf(!ex.startsWith("non"));
            String tail = s.masked().substring(m.end());
            Matcher replacing = REPLACING.matcher(tail);
            String current = replacing.find() ? tail.substring(0, replacing.start()) : tail;
            String endDate = null;
            Matcher end = END_DATE.matcher(current);
            if (end.find()) {
                endDate = (String) s.at(end.group("d") != null ? end.group("d") : end.group("d2")).value();
            }
            String status = ENDED.matcher(s.masked()).find() ? "ended" : "active";
            ctx.add(FactType.LICENCE, s, 0.85).set("licensor", licensor).set("licensee", licensee)
                    .set("subject", subject).set("exclusive", exclusive).set("endDate", endDate).set("status", status);
            replacing.reset();
            if (replacing.find()) {
                String old = replacing.group("what") != null ? replacing.group("what") : replacing.group("what2");
                Draft previous = ctx.add(FactType.LICENCE, s, 0.75).set("licensor", licensor).set("licensee", licensee)
                        .set("subject", subject).set("exclusive", exclusive).set("status", "superseded");
                Matcher until = UNTIL_CONDITION.matcher(old);
                if (until.find()) {
                    previous.set("endCondition", s.surface(until.group("cond")));
                } else {
                    Matcher oldEnd = END_DATE.matcher(old);
                    if (oldEnd.find()) {
                        previous.set("endDate", (String) s.at(oldEnd.group("d") != null ? oldEnd.group("d") : oldEnd.group("d2")).value());
                    }
                }
            }
        }
        return any;
    }

    /** Exclusivity stated anywhere in the sentence, when it is stated once and one way. */
    private static Boolean sentenceExclusivity(String masked) {
        boolean non = NON_EXCLUSIVE.matcher(masked).find();
        boolean exclusive = EXCLUSIVE.matcher(masked.replaceAll("(?i)non-?exclusive(?:ly)?", "")).find();
        return non == exclusive ? null : Boolean.valueOf(exclusive);
    }

    private void hosting(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        Matcher m = HOSTING.matcher(t);
        while (m.find()) {
            EntityRef host = ctx.provider(s.entity(m.group("h")));
            EntityRef grantor = s.entity(m.group("g"));
            EntityRef product = m.group("p") != null ? s.entity(m.group("p")) : ctx.ownedProduct(grantor, m.group("noun"));
            if (host == null || Rules.same(host, grantor)) {
                continue;
            }
            String ex = m.group("ex");
            ctx.add(FactType.HOSTING_RIGHT, s, 0.85).set("grantor", grantor).set("host", host)
                    .set("product", product.kind() == EntityKind.PRODUCT ? product : product.asKind(EntityKind.PRODUCT))
                    .set("exclusive", ex == null ? null : !ex.startsWith("non"));
        }
        for (Pattern p : List.of(HOLDS_RIGHT, HOSTED_ON, WILL_HOST, CHOSE_HOST, BECOMES_HOST, RUNS_ON, HOSTING_RIGHTS,
                HOSTING_AGREEMENT)) {
            m = p.matcher(t);
            while (m.find()) {
                EntityRef host = ctx.provider(s.entity(m.group("h")));
                EntityRef grantor = s.entity(m.group("g"));
                if (host == null || Rules.same(host, grantor)) {
                    continue;
                }
                EntityRef product = m.group("p") != null ? s.entity(m.group("p"))
                        : m.group("noun") != null ? ctx.ownedProduct(grantor, m.group("noun")) : null;
                String ex = m.group("ex");
                Boolean exclusive = ex == null || ex.isBlank() ? sentenceExclusivity(t)
                        : Boolean.valueOf(!ex.startsWith("non"));
                ctx.add(FactType.HOSTING_RIGHT, s, 0.8).set("grantor", grantor).set("host", host)
                        .set("product", product == null || product.kind() == EntityKind.PRODUCT ? product : product.asKind(EntityKind.PRODUCT))
                        .set("exclusive", exclusive);
            }
        }
        if (t.contains("right")) {
            m = RIGHT_TO_HOST_PRODUCT.matcher(t);
            while (m.find()) {
                EntityRef host = ctx.provider(s.entity(m.group("h")));
                EntityRef product = s.entity(m.group("p"));
                if (host == null || product.kind() == EntityKind.ORGANIZATION && ctx.gazetteer().byKey(product.key()).isPresent()) {
                    continue;
                }
                String named = m.group("g") != null ? m.group("g") : m.group("g2");
                EntityRef grantor = named != null ? s.entity(named) : ctx.owner(product)
                        .or(() -> ctx.possessor(product))
                        .or(() -> ctx.mostMentionedOrganization(host, product)).orElse(null);
                if (grantor == null || Rules.same(host, grantor) || Rules.same(grantor, product)) {
                    continue;
                }
                String ex = m.group("ex");
                ctx.add(FactType.HOSTING_RIGHT, s, named != null ? 0.8 : 0.7).set("grantor", grantor).set("host", host)
                        .set("product", product.kind() == EntityKind.PRODUCT ? product : product.asKind(EntityKind.PRODUCT))
                        .set("exclusive", ex == null ? sentenceExclusivity(t) : Boolean.valueOf(!ex.startsWith("non")));
            }
        }
        if (t.contains("licence") || t.contains("license")) {
            m = OFFER_UNDER_LICENCE.matcher(t);
            while (m.find()) {
                EntityRef host = s.entity(m.group("h"));
                EntityRef grantor = s.entity(m.group("g"));
                if (Rules.same(host, grantor)) {
                    continue;
                }
                EntityRef product = m.group("p") != null ? s.entity(m.group("p")) : ctx.ownedProduct(grantor, m.group("noun"));
                Object exclusive = ctx.last(FactType.LICENCE, d -> d.involves(grantor) && d.involves(host))
                        .map(d -> d.get("exclusive")).orElse(null);
                ctx.add(FactType.HOSTING_RIGHT, s, 0.7).set("grantor", grantor).set("host", host)
                        .set("product", product).set("exclusive", exclusive);
            }
        }
    }
}
