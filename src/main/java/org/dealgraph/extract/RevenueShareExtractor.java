package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Revenue shares: who pays whom a share of revenue, until when, capped or not, and whether it still applies. */
public final class RevenueShareExtractor implements RelationExtractor {

    private static final Pattern TRIGGER = Pattern.compile("revenue|royalt|sales|income|profit");
    private static final Pattern CLAUSES = Pattern.compile(";|,? while |,? whereas |, but |, and (?=\\{O\\d+})");
    private static final Pattern PAYS = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]*?)\\b(?:pay|pays|paying|paid)\\b (?:a |its |the )?(?:share of (?:its |the )?revenues?|revenue[- ]shares?"
                    + "|revenue[- ]sharing(?: payments?)?|a portion of (?:its )?revenues?|royalt(?:y|ies)) (?:to|with) (?<b>@ORG)");
    private static final String SHARE_NOUN = "(?:an? |its |the )?(?:(?:@PCT|@Q@PCT) )?(?:share|cut|portion|percentage|slice) of (?:its |the |their |@ORG's )?(?:[a-z-]+ )?(?:revenues?|sales|income|profits?)";
    private static final Pattern PAYS_TO_WHOM = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]*?)\\b(?:pay|pays|paying|paid|give|gives|giving|hand|hands|remit|remits)\\b (?<b>@ORG) "
                    + "(?:" + SHARE_NOUN + "|(?:an? )?revenue[- ]shares?|royalt(?:y|ies)|@Q@PCT of (?:its |the |their |@ORG's )?"
                    + "(?:[a-z-]+ )?(?:revenues?|sales))");
    private static final Pattern RECEIVES = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;]*?)\\b(?:receive|receives|receiving|received|get|gets|getting|got|collect|collects|take|takes|earn|earns|keep|keeps)\\b "
                    + "(?:" + SHARE_NOUN.replace("(?:its |the |their |@ORG's )?", "(?:(?<a>@ORG)'s )") + ")");
    private static final Pattern RECEIVES_FROM = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;]*?)\\b(?:receive|receives|receiving|received|get|gets|getting|got|collect|collects|take|takes|earn|earns)\\b "
                    + "(?:" + SHARE_NOUN + "|(?:an? )?revenue[- ]shares?|royalt(?:y|ies))(?: [a-z ]{0,30})? from (?<a>@ORG)");
    private static final Pattern SHARES = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]*?)\\bshares? (?:its |some |a portion of its )?revenues? with (?<b>@ORG)");
    private static final Pattern STOPPED = Pattern.compile(
            "\\b(?:no longer|not|n't|never|stopp?(?:ed|ing|s)?|ceased?|ended|ends|without|will stop|phase out|phased out)\\b");
    private static final Pattern CAPPED = Pattern.compile("\\b(?:cap|capped|caps|ceiling|limit(?:ed)?)\\b");
    private static final Pattern UNTIL = Rx.compile("\\b(?:through|until|till|to|into|ending in|ends in|expires in|runs through|runs until) (?:the end of )?(?<d>@DATE)");

    private static final String SHARE_DEAL = "(?:revenue[- ]shar(?:ing|e)(?: (?:agreement|arrangement|deal|pact|payments?|terms|obligations?))?"
            + "|(?:agreement|arrangement|deal) to share revenues?)";
    /** A revenue share that a new deal ends: "... ends X's revenue-sharing agreement with Y, under which X had paid Y ...". */
    private static final Pattern ENDS_SHARE = Rx.compile(
            "\\b(?:end(?:s|ed|ing)?|terminat(?:es|ed|ing|e)|scrap(?:s|ped|ping)?|cancel(?:s|ed|led|ing)?|eliminat(?:es|ed|ing|e)"
                    + "|replac(?:es|ed|ing|e)|supersed(?:es|ed|ing|e)|did away with|does away with|do away with|phas(?:es|ed|ing|e) out)"
                    + " (?:the |an? )?(?:(?<a>@ORG)'s )?(?:existing |old |previous |former |earlier |longstanding |long-standing )?"
                    + SHARE_DEAL + " (?:with|to) (?<b>@ORG)(?:,? under which (?<a3>@ORG))?");
    private static final Pattern SHARE_ENDED = Rx.compile(
            "(?<a>@ORG)'s (?:existing |old |previous |former |earlier )?" + SHARE_DEAL + " (?:with|to) (?<b>@ORG)[^;{]{0,40}?\\b"
                    + "(?:has |had |have |will |would |is |was )?(?:been |be )?(?:ended|ends|end|expired|expires|terminated|scrapped|cancell?ed|phased out)\\b");

    @Override
    public void extract(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        if (!TRIGGER.matcher(t).find()) {
            return;
        }
        List<Draft> ended = new ArrayList<>();
        if (Rules.has(t, "revenue-shar", "revenue shar", "share revenue")) {
            for (Pattern p : new Pattern[]{ENDS_SHARE, SHARE_ENDED}) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    String a = m.group("a") != null ? m.group("a") : Rules.group(m, "a3");
                    EntityRef payer = s.entity(a);
                    EntityRef payee = s.entity(m.group("b"));
                    if (payer == null || Rules.same(payer, payee)) {
                        continue;
                    }
                    Matcher until = UNTIL.matcher(t.substring(m.end()));
                    ended.add(ctx.add(FactType.REVENUE_SHARE, s, 0.8).set("payer", payer).set("payee", payee)
                            .set("until", until.find() ? (String) s.at(until.group("d")).value() : null)
                            .set("capped", CAPPED.matcher(t).find() ? Boolean.TRUE : null)
                            .set("active", Boolean.FALSE));
                }
            }
        }
        int from = 0;
        Matcher split = CLAUSES.matcher(t);
        while (from <= t.length()) {
            int to = split.find() ? split.start() : t.length();
            Draft d = clause(s, ctx, t.substring(from, to));
            for (Draft e : ended) {
                if (d != null && Rules.same(d.party("payer"), e.party("payer")) && Rules.same(d.party("payee"), e.party("payee"))) {
                    d.set("active", Boolean.FALSE);
                }
            }
            if (to == t.length()) {
                break;
            }
            from = split.end();
        }
    }

    private Draft clause(SentenceView s, ExtractionContext ctx, String clause) {
        for (Pattern p : new Pattern[]{PAYS, PAYS_TO_WHOM, SHARES, RECEIVES, RECEIVES_FROM}) {
            Matcher m = p.matcher(clause);
            if (!m.find()) {
                continue;
            }
            EntityRef payer = s.entity(m.group("a"));
            EntityRef payee = s.entity(m.group("b"));
            if (Rules.same(payer, payee)) {
                continue;
            }
            Matcher until = UNTIL.matcher(clause);
            return ctx.add(FactType.REVENUE_SHARE, s, 0.8).set("payer", payer).set("payee", payee)
                    .set("until", until.find() ? (String) s.at(until.group("d")).value() : null)
                    .set("capped", CAPPED.matcher(clause).find() ? Boolean.TRUE : null)
                    .set("active", !STOPPED.matcher(m.group("mid")).find());
        }
        return null;
    }
}
