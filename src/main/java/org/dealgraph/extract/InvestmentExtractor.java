package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Investments, stakes, valuations and acquisitions. */
public final class InvestmentExtractor implements RelationExtractor {

    private static final Pattern TRIGGER = Pattern.compile(
            "invest|put|pour|stake|valu|worth|rais|round|backer|shareholder|funder|received|receive|bought|buy|acqui|purchas|takeover|merg"
                    + "|equity|owns|own |hold|held|control|retain|keep|kept|percent|%|\\{C");
    private static final Pattern MONEY_FIRST = Rx.compile(
            "(?<m>@MONEY) (?<a>@ORG) (?:has |had |have )?(?:put|invested|poured) (?:in|into) (?<b>@ORG)");
    private static final Pattern VERB = Rx.compile(
            "(?<a>@ORG)(?:'s)?(?: owner| parent)?(?<mid>[^;]{0,70}?)\\b(?<v>invest(?:s|ed|ing)?|put|puts|putting|pour(?:s|ed|ing)?)"
                    + "\\b(?<mid2>[^;{]{0,25}?)(?<m>@MONEY)?(?: (?:more|worth))?[^;{]{0,12}?\\b(?:in|into)\\b (?<b>@ORG)");
    private static final Pattern AGAIN = Rx.compile("\\band (?:invested|put money in|invested more) again(?: in (?<d>@DATE))?");
    private static final Pattern NOUN = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]{0,90}?)\\binvestment (?:of @Q(?<m>@MONEY) )?in (?<b>@ORG)");
    private static final Pattern AMOUNT_ONLY = Rx.compile("\\ban investment of @Q(?<m>@MONEY)(?! in @ORG)");
    private static final Pattern RAISE = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;]{0,70}?)\\b(?:raised|raises|raising|secured) @Q(?<m>@MONEY)(?<rest>[^;]*)");
    private static final Pattern ROUND = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;{]{0,40}?)\\b(?:closed|completed|announced|landed|secured|raised|finalized) an? @Q(?<m>@MONEY) "
                    + "(?:[A-Za-z-]+ ){0,3}?(?:round|financing|funding)(?<rest>[^;]*)");
    private static final Pattern LED_ROUND = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;{]{0,30}?)\\b(?:led|co-led|joined|participated in|backed) (?:an? |the )?@Q(?:@MONEY )?(?:[A-Za-z-]+ ){0,3}?"
                    + "(?:funding |investment |financing |equity )?round (?:for|in|of|by) (?<b>@ORG)");
    private static final Pattern RAISE_INVESTORS = Rx.compile(
            "\\b(?:from|including|led by|with|and)\\b(?<list>(?:,? (?:and )?@ORG)+)");
    private static final Pattern WHOSE_BACKER = Rx.compile(
            "(?<b>@ORG), whose (?:largest |biggest |main |major |lead |early )?(?:backer|investor|shareholder) (?:is|was) (?<a>@ORG)");
    private static final Pattern BACKER_OF = Rx.compile(
            "(?<a>@ORG),? (?:is |was |remains |has been )?(?:already )?(?:one of |among )?(?<b>@ORG)'s "
                    + "(?:largest |biggest |main |major |lead |early |existing )?(?:backers?|investors?|shareholders?)\\b");
    private static final Pattern SHAREHOLDER = Rx.compile(
            "(?<a>@ORG) (?:is|was|remains|became) (?:already )?an? (?:existing |early |major )?(?<b>@ORG) (?:shareholder|investor|backer)");
    private static final Pattern RECEIVED_FROM = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;]{0,40}?)\\b(?:has |had )?received (?<what>@MONEY|(?:billions|millions|hundreds of millions)(?: of dollars)?|funding|investment|backing)[^;{]{0,20}? from (?<a>@ORG)");
    private static final Pattern TOOK_INVESTMENT = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;{]{0,30}?)\\b(?:took|takes|received|receives|accepted|accepts|secured|secures|got|gets|landed|won) "
                    + "an? @Q(?<m>@MONEY) (?:[a-z-]+ )?investment from (?<a>@ORG)");
    private static final Pattern BOUGHT_INTO = Rx.compile(
            "(?<a>@ORG) (?:bought into|took a stake in|acquired a stake in|invested early in) (?<b>@ORG)");
    private static final Pattern EQUITY = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]{0,30}?)\\b(?:will receive|receives|received|is receiving|gets|got) @Q(?<m>@MONEY) (?:worth )?of (?<b>@ORG) "
                    + "(?:equity|shares|stock)");
    private static final Pattern FUNDERS = Rx.compile(
            "(?<b>@ORG)'s (?:[a-z-]+ ){0,3}?(?:funders|investors|backers|shareholders) (?:are|include|included|were) "
                    + "(?<list>@ORG(?:(?:,|,? and) @ORG)*)");
    private static final Pattern STAKE = Rx.compile(
            "(?:(?<a>@ORG)(?<mid>[^;]{0,60}?)\\b)?(?<v>holds?|holding|retains?|owns?|owning|received|receives?|take|takes|taking|took"
                    + "|acquired|acquires?|keeps?|kept|has|have|gets?|got|for|gives (?<g>@ORG)|give (?<g2>@ORG)) "
                    + "@Q(?:a |an )?(?:(?<p>@PCT) )?(?:minority |majority |controlling |non-voting |small |large |further )?"
                    + "(?:ownership|stake|equity stake|interest)\\b(?<rest>(?: (?:in|of) (?<b>@ORG))?[^;]{0,60})");
    private static final Pattern OWNS_PERCENT = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;{]{0,40}?)\\b(?<v>owns?|owned|holds?|held|controls?|controlled|retains?|keeps?|will own|will hold|would own)"
                    + " @Q(?<p>@PCT) of (?<b>@ORG)");
    private static final Pattern POSSESSIVE_STAKE = Rx.compile(
            "(?<a>@ORG)'s (?:existing |current |new |reported )?@Q(?:(?<p>@PCT) )?(?:minority |majority |controlling |equity )?"
                    + "(?:stake|shareholding|holding|ownership) (?:in|of) (?<b>@ORG)");
    private static final Pattern IN_WHICH_HOLDS = Rx.compile(
            "(?<b>@ORG),? in which (?<a>@ORG) (?:holds|owns|has|took|takes|acquired) (?:an? )?@Q(?:(?<p>@PCT) )?(?:[a-z-]+ )?(?:stake|interest)");
    private static final Pattern THEN_VALUED = Pattern.compile("(\\{O\\d+}), (?:(?:which was |then |at the time |now )+)?$");
    private static final Pattern BOUGHT_BEFORE = Pattern.compile(
            "\\b(?:acquisition|purchase|takeover|sale|buyout|merger|acquire|buy|bought|acquired|purchased)s? (?:of |with )?(?:the )?$");
    private static final Pattern COUNTERPARTY_BEFORE = Pattern.compile("\\b(?:with|from|to|by|for)\\s*$");
    private static final Pattern VALUATION = Rx.compile(
            "(?:\\bvalu(?:ed|es|e|ing) (?<c>@ORG )?(?:it |the company |the startup |the business |the firm )?(?:at|to) @Q(?<m>@MONEY)"
                    + "|\\b(?:at |with |gives? (?<c3>@ORG) )?an? (?:[a-z-]+ )?valuation of @Q(?<m2>@MONEY)"
                    + "|(?<c2>@ORG)'s (?:[a-z-]+ )?valuation (?:to|of|at|rose to|jumped to|climbed to|reached) @Q(?<m3>@MONEY)"
                    + "|(?<c4>@ORG)'s @Q(?<m5>@MONEY)(?:[ -](?:post-money|pre-money))? valuation"
                    + "|@Q(?<m4>@MONEY)(?:[ -](?:post-money|pre-money))? valuation"
                    + "|(?<c5>@ORG),? (?:which is |which was |is |was |now )*(?:now |last )?(?:worth|valued at) @Q(?<m6>@MONEY))");
    private static final Pattern DEAL_VALUE = Pattern.compile(
            "\\b(?:contract|deal|agreement|transaction|order|commitment|package|purchase)s? (?:that (?:is |was )?)?$");
    private static final Pattern HOLDING_OF = Pattern.compile("\\b(?:stake|shares|interest|holding|investment)s? (?:in|of) $");
    private static final Pattern TO_INVEST = Rx.compile(
            "(?<a>@ORG) to invest @Q(?<m>@MONEY)(?! (?:in|into) @ORG)");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|would|to|plans?|intends?|agreed|agrees|is|are|has agreed|expects?)\\b");
    private static final Pattern ACQUIRE = Rx.compile(
            "(?<a>@ORG)(?<mid>[^;]{0,40}?)\\b(?<v>acquire[sd]?|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|takeover of"
                    + "|acquisition of) (?<b>@ORG)(?<rest>[^;]{0,40})");
    private static final Pattern ACQUIRE_MONEY = Rx.compile("\\b(?:for|in an?|valued at) @Q(?<m>@MONEY)");
    /** The price after the target and an apposition about it: "Y, a robotics startup based in Austin, for about $N". */
    private static final Pattern APPOSITION_MONEY = Rx.compile(
            "^(?:,(?:[^,;{]|\\{[ODC]\\d+}(?:'s)?){1,90},| \\([^);]{1,60}\\))(?:[^;{]|\\{D\\d+}){0,30}?\\b(?:for|in an?|valued at) @Q(?<m>@MONEY)");

    private static final Pattern CONTINGENT = Pattern.compile(
            "\\b(?:contingent on|conditional on|conditioned on|subject to|depending on|tied to milestones|as [^,;]{0,40} (?:are|is) deployed)\\b");
    private static final Pattern COMPLETED = Pattern.compile("\\b(?:completed|finalized|finalised|closed)\\b");
    private static final Pattern PLANNED = Pattern.compile("\\b(?:intends? to|intending to|plans? to|planning to|expects? to|aims? to)\\b");
    private static final Pattern ANNOUNCED = Pattern.compile(
            "\\b(?:announced|announces|agreed|agrees|said|says|will|would|is investing|are investing|is making|committed|commits|to invest|is putting)\\b");
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:invested|put|poured|bought|raised|received|took|led|participated|backed)\\b");
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|n't|never|without)\\b");

    /** A sentence that opens by referring back to the deal just told ("The investment is contingent on ..."). */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "^(?:But |However,? |And |Still,? )?(?:The|That|This|Such an?) (?:[a-z-]+ )?(?:investment|deal|funding|financing|commitment"
                    + "|agreement|transaction)\\b(?<rest>[^;]*)");

    @Override
    public void extract(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        statusFromNextSentence(s, ctx, t);
        if (!TRIGGER.matcher(t).find()) {
            return;
        }
        if (Rules.has(t, "invest", "put", "pour")) {
            investments(s, ctx, t);
        }
        if (Rules.has(t, "rais", "round", "secur")) {
            raises(s, ctx);
        }
        relations(s, ctx);
        if (Rules.has(t, "stake", "ownership", "interest", "{C", "holding")) {
            stakes(s, ctx);
        }
        if (Rules.has(t, "valu", "worth")) {
            valuations(s, ctx);
        }
        if (Rules.has(t, "acqui", "buy", "bought", "purchas", "takeover")) {
            acquisitions(s, ctx);
        }
    }

    private void investments(SentenceView s, ExtractionContext ctx, String t) {
        Matcher m = MONEY_FIRST.matcher(t);
        while (m.find()) {
            investment(s, ctx, m, m.start("a"), 0.8);
        }
        m = VERB.matcher(t);
        while (m.find()) {
            if (NEGATED.matcher(m.group("mid")).find()) {
                continue;
            }
            Draft d = investment(s, ctx, m, m.start("v"), 0.85);
            Matcher again = AGAIN.matcher(t);
            if (d != null && again.find(m.end())) {
                ctx.add(FactType.INVESTMENT, s, 0.75)
                        .set("investor", d.party("investor")).set("investee", d.party("investee"))
                        .set("date", again.group("d") == null ? null : (String) s.at(again.group("d")).value())
                        .set("status", "completed");
            }
        }
        m = TO_INVEST.matcher(t);
        while (m.find()) {
            EntityRef investor = s.entity(m.group("a"));
            int here = s.sentence().index();
            Draft previous = ctx.last(FactType.INVESTMENT, d -> Rules.same(d.party("investor"), investor)
                    && here - d.sentence().sentence().index() <= 2).orElse(null);
            if (previous != null) {
                String money = m.group("m");
                ctx.add(FactType.INVESTMENT, s, 0.7).set("investor", investor).set("investee", previous.party("investee"))
                        .set("amountUSD", Rules.usd(s, money)).set("upTo", Rules.upTo(s, money) ? Boolean.TRUE : null)
                        .set("status", status(t)).set("date", Rules.dateOrNarrative(s, m.start(), ctx).orElse(null));
            }
        }
        m = NOUN.matcher(t);
        while (m.find()) {
            investment(s, ctx, m, m.start("mid") + m.group("mid").length(), 0.8);
        }
        m = AMOUNT_ONLY.matcher(t);
        if (m.find()) {
            BigDecimal amount = Rules.usd(s, m.group("m"));
            int here = s.sentence().index();
            ctx.last(FactType.INVESTMENT, d -> d.get("amountUSD") == null
                            && here - d.sentence().sentence().index() <= 2)
                    .ifPresent(d -> d.setIfAbsent("amountUSD", amount));
        }
    }

    /**
     * A condition stated in the sentence right after an investment, referring back to it ("X will invest up to $N
     * in Y. The investment is contingent on ..."), makes that investment contingent.
     */
    private static void statusFromNextSentence(SentenceView s, ExtractionContext ctx, String t) {
        if (!t.startsWith("The ") && !t.startsWith("Th") && !t.startsWith("But ") && !t.startsWith("However")
                && !t.startsWith("And ") && !t.startsWith("Still") && !t.startsWith("Such")) {
            return;
        }
        Matcher m = BACK_REFERENCE.matcher(t);
        if (!m.find() || !CONTINGENT.matcher(m.group("rest")).find()) {
            return;
        }
        int previous = s.sentence().index() - 1;
        for (Draft d : ctx.drafts()) {
            if (d.type() == FactType.INVESTMENT && d.sentence().sentence().index() == previous
                    && !"completed".equals(d.get("status"))) {
                d.set("status", "contingent");
            }
        }
    }

    private Draft investment(SentenceView s, ExtractionContext ctx, Matcher m, int verbPos, double confidence) {
        EntityRef a = s.entity(m.group("a"));
        EntityRef b = s.entity(m.group("b"));
        if (Rules.same(a, b)) {
            return null;
        }
        String clause = clauseAround(s.masked(), verbPos);
        String status = status(clause);
        String verb = Rules.group(m, "v");
        String mid = Rules.group(m, "mid");
        if (verb != null && verb.matches("invested|put|poured") && !"contingent".equals(status)
                && (mid == null || !FUTURE.matcher(mid).find())) {
            status = "completed";
        }
        String money = Rules.group(m, "m");
        Draft d = ctx.add(FactType.INVESTMENT, s, confidence)
                .set("investor", a).set("investee", b)
                .set("amountUSD", Rules.usd(s, money))
                .set("upTo", Rules.upTo(s, money) ? Boolean.TRUE : null)
                .set("status", status);
        String date = Rules.dateOrNarrative(s, verbPos, ctx).orElse(null);
        if (date == null && ("announced".equals(status) || "planned".equals(status) || "contingent".equals(status))) {
            date = ctx.publishedDay().orElse(null);
        }
        return d.set("date", date);
    }

    /** The part of the masked sentence between the semicolons around {@code pos}. */
    static String clauseAround(String masked, int pos) {
        int from = masked.lastIndexOf(';', Math.max(0, pos - 1));
        int to = masked.indexOf(';', pos);
        return masked.substring(from < 0 ? 0 : from + 1, to < 0 ? masked.length() : to);
    }

    static String status(String clause) {
        if (CONTINGENT.matcher(clause).find()) {
            return "contingent";
        }
        if (COMPLETED.matcher(clause).find()) {
            return "completed";
        }
        if (PLANNED.matcher(clause).find()) {
            return "planned";
        }
        if (ANNOUNCED.matcher(clause).find()) {
            return "announced";
        }
        if (PAST.matcher(clause).find()) {
            return "completed";
        }
        return null;
    }

    private void raises(SentenceView s, ExtractionContext ctx) {
        Matcher led = LED_ROUND.matcher(s.masked());
        while (led.find()) {
            EntityRef a = s.entity(led.group("a"));
            EntityRef b = s.entity(led.group("b"));
            if (!Rules.same(a, b)) {
                ctx.add(FactType.INVESTMENT, s, 0.75).set("investor", a).set("investee", b)
                        .set("date", Rules.dateOrNarrative(s, led.start(), ctx).orElse(null)).set("status", "completed");
            }
        }
        for (Pattern p : List.of(RAISE, ROUND)) {
            raises(s, ctx, p.matcher(s.masked()));
        }
    }

    private void raises(SentenceView s, ExtractionContext ctx, Matcher m) {
        while (m.find()) {
            EntityRef raiser = s.entity(m.group("b"));
            Matcher inv = RAISE_INVESTORS.matcher(m.group("rest"));
            String date = Rules.dateOrNarrative(s, m.start("m"), ctx).orElse(null);
            while (inv.find()) {
                for (Mention investor : s.within(inv.group("list"))) {
                    if (investor.kind() == Mention.Kind.ORG && !Rules.same(investor.entity(), raiser)) {
                        ctx.add(FactType.INVESTMENT, s, 0.75).set("investor", investor.entity()).set("investee", raiser)
                                .set("date", date).set("status", "completed");
                    }
                }
            }
        }
    }

    private void relations(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        if (!Rules.has(t, "backer", "investor", "shareholder", "received", "bought into", "stake in", "invested early", "receive",
                "gets", "got", "funders", "investment from")) {
            return;
        }
        for (Pattern p : List.of(WHOSE_BACKER, BACKER_OF, SHAREHOLDER, RECEIVED_FROM)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                EntityRef a = s.entity(m.group("a"));
                EntityRef b = s.entity(m.group("b"));
                if (!Rules.same(a, b)) {
                    ctx.add(FactType.INVESTMENT, s, 0.7).set("investor", a).set("investee", b);
                }
            }
        }
        Matcher m = BOUGHT_INTO.matcher(t);
        while (m.find()) {
            ctx.add(FactType.INVESTMENT, s, 0.75).set("investor", s.entity(m.group("a"))).set("investee", s.entity(m.group("b")))
                    .set("date", Rules.dateOrNarrative(s, m.start(), ctx).orElse(null)).set("status", "completed");
        }
        m = EQUITY.matcher(t);
        while (m.find()) {
            investment(s, ctx, m, m.start("m"), 0.75);
        }
        m = TOOK_INVESTMENT.matcher(t);
        while (m.find()) {
            investment(s, ctx, m, m.start("m"), 0.75);
        }
        m = FUNDERS.matcher(t);
        while (m.find()) {
            EntityRef b = s.entity(m.group("b"));
            String date = Rules.dateOrNarrative(s, m.start(), ctx).orElse(null);
            for (Mention investor : s.within(m.group("list"))) {
                if (!Rules.same(investor.entity(), b)) {
                    ctx.add(FactType.INVESTMENT, s, 0.75).set("investor", investor.entity()).set("investee", b).set("date", date);
                }
            }
        }
    }

    private void stakes(SentenceView s, ExtractionContext ctx) {
        for (Pattern p : List.of(OWNS_PERCENT, POSSESSIVE_STAKE, IN_WHICH_HOLDS)) {
            Matcher m = p.matcher(s.masked());
            while (m.find()) {
                EntityRef holder = s.entity(m.group("a"));
                EntityRef company = s.entity(m.group("b"));
                if (Rules.same(holder, company)) {
                    continue;
                }
                Draft d = ctx.add(FactType.STAKE, s, 0.8).set("holder", holder).set("company", company);
                String pct = m.group("p");
                if (pct != null) {
                    Mention percent = s.at(pct);
                    d.set("percent", percent.value()).set("approximate", percent.approximate() ? Boolean.TRUE : null);
                }
                d.set("date", Rules.dateOrNarrative(s, m.start(), ctx).orElse(null));
            }
        }
        Matcher m = STAKE.matcher(s.masked());
        while (m.find()) {
            EntityRef holder = s.entity(m.group("a"));
            if (m.group("g") != null || m.group("g2") != null) {
                holder = s.entity(m.group("g") != null ? m.group("g") : m.group("g2"));
            }
            EntityRef company = s.entity(m.group("b"));
            if (company == null) {
                List<Draft> here = ctx.inSentence(s, FactType.INVESTMENT);
                Draft inv = here.isEmpty() ? null : here.get(here.size() - 1);
                if (inv == null && holder != null) {
                    final EntityRef h = holder;
                    inv = ctx.last(FactType.INVESTMENT, d -> Rules.same(d.party("investor"), h)).orElse(null);
                }
                if (inv == null) {
                    continue;
                }
                holder = inv.party("investor");
                company = inv.party("investee");
            }
            if (holder == null || Rules.same(holder, company)) {
                continue;
            }
            String pct = m.group("p");
            Mention percent = pct != null ? s.at(pct) : Rules.first(s, Mention.Kind.PERCENT, m.start("rest"), m.end("rest"));
            Draft d = ctx.add(FactType.STAKE, s, 0.8).set("holder", holder).set("company", company);
            if (percent != null) {
                d.set("percent", percent.value()).set("approximate", percent.approximate() ? Boolean.TRUE : null);
            }
            d.set("date", Rules.dateOrNarrative(s, m.start("v"), ctx).orElse(null));
        }
    }

    private void valuations(SentenceView s, ExtractionContext ctx) {
        Matcher m = VALUATION.matcher(s.masked());
        while (m.find()) {
            if (m.group("c") == null && DEAL_VALUE.matcher(s.masked().substring(0, m.start())).find()
                    || m.group("c5") != null && HOLDING_OF.matcher(s.masked().substring(0, m.start())).find()
                    // "a cloud deal with Initech worth $2 billion": the deal's worth, not the company's
                    || m.group("c5") != null && COUNTERPARTY_BEFORE.matcher(s.masked().substring(0, m.start("c5"))).find()
                    // "the acquisition of Initech, valued at $1.2 billion": the deal's value
                    || m.group("c5") != null && BOUGHT_BEFORE.matcher(s.masked().substring(0, m.start("c5"))).find()) {
                continue;
            }
            String money = firstNonNull(m, "m", "m2", "m3", "m4", "m5", "m6");
            BigDecimal amount = Rules.usd(s, money);
            String named = firstNonNull(m, "c", "c2", "c3", "c4", "c5");
            named = named == null ? null : named.strip();
            EntityRef company = named != null ? s.entity(named) : valuedCompany(s, ctx, m.start());
            if (company == null || amount == null) {
                continue;
            }
            ctx.add(FactType.VALUATION, s, 0.75).set("company", company).set("amountUSD", amount)
                    .set("date", Rules.dateOrNarrative(s, m.start(), ctx).or(ctx::publishedDay).orElse(null));
        }
    }

    private static String firstNonNull(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /**
     * The company a valuation without a named company is about: the investee of an investment read from the
     * same sentence, else the sentence's first organisation.
     */
    private static EntityRef valuedCompany(SentenceView s, ExtractionContext ctx, int pos) {
        // "Globex bought Initech, then valued at $500 million": the company the clause describes
        Matcher then = THEN_VALUED.matcher(s.masked().substring(0, pos));
        if (then.find()) {
            return s.entity(then.group(1));
        }
        List<Draft> here = ctx.inSentence(s, FactType.INVESTMENT);
        for (Draft d : here) {
            if (d.get("amountUSD") != null) {
                return d.party("investee");
            }
        }
        return s.firstOrganization().orElse(null);
    }

    private void acquisitions(SentenceView s, ExtractionContext ctx) {
        Matcher m = ACQUIRE.matcher(s.masked());
        while (m.find()) {
            if (NEGATED.matcher(m.group("mid")).find() || Rules.negatedBefore(s.masked(), m.start("v"))) {
                continue;
            }
            EntityRef a = s.entity(m.group("a"));
            EntityRef b = s.entity(m.group("b"));
            if (Rules.same(a, b) || b.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            String v = m.group("v");
            String clause = s.masked();
            String status = clause.contains("blocked") ? "blocked"
                    : clause.matches("(?s).*\\b(?:abandoned|called off|walked away|scrapped|collapsed|fell (?:apart|through)|failed|terminated|dropped|cancell?ed)\\b.*") ? "abandoned"
                    : v.matches("acquired|bought|purchased") || COMPLETED.matcher(clause).find() ? "completed" : "announced";
            Matcher money = ACQUIRE_MONEY.matcher(m.group("rest"));
            String price = money.find() ? money.group("m") : null;
            if (price == null) {
                Matcher after = APPOSITION_MONEY.matcher(s.masked().substring(m.end("b")));
                price = after.find() ? after.group("m") : null;
            }
            ctx.add(FactType.ACQUISITION, s, 0.75).set("acquirer", a).set("target", b)
                    .set("amountUSD", Rules.usd(s, price))
                    .set("date", Rules.dateOrNarrative(s, m.start("v"), ctx).orElse(null)).set("status", status);
        }
    }
}
