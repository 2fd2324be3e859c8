package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cloud partnerships, purchase commitments and the availability of products on platforms. */
public final class CloudExtractor implements RelationExtractor {

    private static final String ADJECTIVES = "(?<adj>(?:(?:primary|preferred|main|exclusive|sole|only|first|largest|principal"
            + "|biggest|key|major|chief)(?:,? and |,? | or )?)*)";
    private static final String PROVIDER_NOUN = "(?:(?:cloud|infrastructure|compute|computing|data[- ]cent(?:er|re))(?: computing)?(?: services?)?"
            + " (?:partner|provider|supplier|vendor|host)"
            + "|source of (?:computing power|compute|computing capacity|cloud capacity|capacity)"
            + "|(?:partner|provider) for (?:training|compute|computing|cloud)|compute (?:partner|provider|supplier))";
    private static final Pattern PROVIDER_IS = Rx.compile(
            "(?<p>@OP)(?:, (?:which |that )?[^,;]{0,60},)?(?: which| that)? (?:remains|remained|is|was|became|becomes|will remain|will serve as|serves as|served as|will act as|acts as"
                    + "|will be|has been|had been|would be|would become|will become|is now|is now also|is also|remains also)"
                    + "(?: now| also| still)* (?:the )?(?<c>@ORG)'s \"?" + ADJECTIVES + "\"? ?" + PROVIDER_NOUN);
    private static final Pattern PICKED = Rx.compile(
            "(?<c>@ORG)(?<mid>[^;{]{0,30}?)\\b(?:picked|chose|chosen|selected|named|tapped|designated) (?<p>@OP) as (?:its |@ORG's |the )"
                    + ADJECTIVES + " ?(?:" + PROVIDER_NOUN + "|cloud(?![\\w-]))");
    private static final Pattern CUSTOMERS_SUPPLIER = Rx.compile(
            "(?<c>@ORG)'s (?:[a-z]+ )?" + PROVIDER_NOUN + ",? (?<p>@OP)");
    private static final Pattern USES_PLATFORM = Rx.compile(
            "(?<c>@ORG)(?: [a-z]+){0,2}? (?:has used|have used|uses|used|has been using|is using|relies on|relied on|will use|runs|ran"
                    + "|will run|has run)(?: (?:[a-z-]+|@ORG's)){0,4}? (?:on |through |via )?(?:the )?(?<p>@OP)(?!')");
    private static final Pattern FIRST_LAUNCH = Rx.compile(
            "(?<c>@ORG)'s (?:[a-z]+ )?(?:products|models|services|apps|software|tools)? ?(?:will|would|must|to) (?:still |continue to |first )?"
                    + "(?:launch|debut|be released|be available|appear|ship) (?:first )?(?:on|in) (?<pl>@PLAT)(?<first> first)?");
    private static final Pattern ROFR = Rx.compile(
            "(?<p>@ORG) (?:holds|has|retains|keeps|gets|got|will have|will hold|held) (?:a |the )?right of first refusal");
    private static final Pattern UNTIL_BEFORE = Rx.compile("\\b[Uu]ntil (?:@DATE|recently|now)[^;]*$");
    private static final Pattern PURCHASE = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;]{0,60}?)\\b(?:committed|commits|commit|agreed|agrees|pledged|promised|signed up|plans|will|is set)"
                    + "\\b(?<mid2>[^;]{0,40}?)\\bto (?:purchase|buy|spend|pay for|rent)\\b @Q(?<m>@MONEY) (?:worth )?(?:of|on|in) "
                    + "(?:(?<s>@OP)(?:'s)? )?(?<what>[a-z][a-z -]*?)(?: from (?<s2>@OP))?(?= over| from| through| by| in| on| starting|[,.;]|$)");
    private static final Pattern BUY_MONEY = Rx.compile(
            "(?<b>@ORG)(?<mid>(?:[^;{]|\\{D\\d+})*?)\\b(?:purchase|buy|spend|rent|lease|purchasing|buying|spending|renting|leasing|bought"
                    + "|purchased|spent|purchases|buys|spends|rents|leases) @Q(?<m>@MONEY) (?:worth )?(?:of|on|in|for) "
                    + "(?:(?<s>@ENT)(?:'s)? )?(?<what>[a-z][a-z -]*?)(?: from (?<s2>@OP))?(?= over| from| through| by| in| on| starting| as|[,.;]|$)");
    private static final Pattern MONEY_DEAL = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;{]{0,60}?)\\b(?:signed|struck|reached|inked|agreed to|entered into|announced|has|placed|made|booked) an? (?:[a-z-]+ )?@Q(?<m>@MONEY)"
                    + "(?:,? [a-z-]+){0,3}? (?:contract|deal|agreement|commitment|order) (?:with (?<s>@OP) )?(?:to (?:buy|purchase|rent|use|lease) |for )"
                    + "(?<what>[^;,.]*?)(?: from (?<s2>@OP))?(?=[,.;]|$| over| through| starting)");
    private static final Pattern COMMIT_GENERIC = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;{]{0,50}?)\\b(?:commit\\w*|pledg\\w*|agree\\w*|order\\w*|purchas\\w*|buy\\w*|spend\\w*)\\b(?<mid2>[^;]{0,50}?)"
                    + "(?<m>@MONEY)(?<what>[^;{]{0,60}?)\\b(?:from|of|on|with|buying|purchasing|renting) (?<s>@OP)(?:'s (?<what2>[a-z][a-z -]*?)(?=[,.;]|$| over| through| by| starting))?");
    private static final Pattern COMMITMENT_TO = Rx.compile(
            "(?<b>@ORG)'s @Q(?<m>@MONEY)(?:,? [a-z-]+){0,2}? (?:purchase |spending |cloud |compute )?(?:commitment|contract|deal|order) (?:to|with) (?<s>@OP)");
    private static final Pattern SUPPLY = Rx.compile(
            "(?<s>@OP)(?<mid>[^;]{0,120}?)\\b(?:to supply|will supply|supplies|supplied|to provide|will provide|provides|provided)"
                    + " (?<b>@ORG) with (?<what>[^,;]*?)(?= under| in a| for| through| worth| valued|[,.;]|$)(?<rest>[^;]*)");
    private static final Pattern CONTRACT = Rx.compile(
            "(?<b>@ORG)(?<mid>[^;]{0,60}?)\\b(?:agreed to|signed|struck|inked|awarded) an? (?:[a-z-]+ ){0,2}?(?<s>@OP) "
                    + "(?:cloud )?(?:contract|deal|agreement) (?:worth|valued at) @Q(?<m>@MONEY)");
    private static final Pattern COMPUTE_WORDS = Pattern.compile(
            "(?i)\\b(?:cloud|comput\\w*|capacity|infrastructure|GPUs?|chips|data[- ]cent(?:er|re)s?|servers?|supercomput\\w*)\\b");
    private static final Pattern AVAILABLE = Pattern.compile(
            "\\b(?:become|became|becomes|be|is|are|was|were|now|made|make|makes|remain|remains|remained|stay|stays|stayed)"
                    + " (?:generally |now |also |broadly |widely |still )*available\\b");
    private static final Pattern OWNER_PRODUCTS = Rx.compile(
            "(?<o>@ORG)(?:'s (?:[a-z-]+ ){0,2}?| )(?<noun>models?|products?|services|tools?|chatbot|apps?|software|technology|chips?|processors?|GPUs?)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(", (?:where|which|who|while|but|saying)\\b|;|, and (?!on\\b)|\\.");
    private static final Pattern ACCESS = Rx.compile(
            "\\b(?:reach|access|use|try|buy|find|get|offer|sell)s? (?:(?<prod>@PROD)|(?<o>@ORG)'s (?:[a-z-]+ ){0,2}?(?<noun>models?|products?|services|tools?))"
                    + " (?:through|via|on|in) (?:the )?(?<pl>@PLAT)");
    /** A platform's customers as the audience of an availability: "available to Nimbus customers", "to customers of Nimbus". */
    private static final Pattern TO_CUSTOMERS = Rx.compile(
            "^[^{]{0,20}?\\bto (?:(?<pl>@OP)(?:'s)? (?:cloud |enterprise |business )?(?:customers|users|clients)"
                    + "|(?:customers|users|clients) of (?:the )?(?<pl2>@OP)(?!'))");
    /** A name the article does not know, owned by an organisation, before an availability verb: "X's Kestrel will become". */
    private static final Pattern POSSESSED_NAME = Rx.compile(
            "(?<o>@ORG)'s (?:new |latest |newest |flagship )?(?<p>@ORG)(?!')(?:,[^,;{]*,)? (?:[a-z]+ ){0,3}$");
    /** Products named by a definite noun alone, whose owner is the company the article is about: "the models will become". */
    private static final Pattern THE_PRODUCTS = Pattern.compile(
            "(?:^|\\b[Tt]he |, the )(?:[a-z-]+ ){0,2}?(?<noun>models|products|tools|apps|agents)\\b(?:,[^,;{]*,)? (?:[a-z]+ ){0,3}$");
    private static final Pattern PLATFORM_PREPOSITION = Pattern.compile("\\b(?:on|through|via|in) (?:the )?(?:\\{O\\d+}'s )?$");
    private static final Pattern POSSESSOR_BEFORE = Rx.compile("(?<o>@ORG)'s (?:[a-z-]+ )?$");
    private static final Pattern AFTER_NOT_PLATFORM = Pattern.compile("'s| (?:customers|users|clients|employees|engineers)\\b");
    private static final Pattern COMING_TO = Rx.compile(
            "(?:(?<prod>\\{[RO]\\d+})|(?<o>@ORG)'s (?:[a-z-]+ ){0,2}?(?<noun>models?|products?|services|tools?|chips?))(?:,[^;,]*,)? (?:is|are|will be|was|were)? ?"
                    + "(?:coming|launching|launched|arriving|rolling out|debuting|now live|live) (?:to|on|in|through) (?:the )?(?<pl>@OP)");
    private static final Pattern ADDED = Rx.compile(
            "(?:(?<prod>@PROD)|(?<o>@ORG)'s (?:[a-z-]+ ){0,2}?(?<noun>models?|products?|services|tools?|chips?|software))(?:,[^;,]*,)? "
                    + "(?:will be|was|is|are|were|has been|have been|would be|will soon be|is being|are being|can be|can now be|will now be"
                    + "|could be) (?:added|launched|made available|brought|deployed|offered|sold|integrated|rolled out|accessed|used|bought)"
                    + "(?: soon)? (?:to|on|in|through|via|into) (?:the )?(?<pl>@OP)");
    private static final Pattern CUSTOMERS_CAN_USE = Rx.compile(
            "(?<pl>@OP) customers (?:can|will be able to|are able to|could|will|now) (?:now |soon |also )?(?:use|access|buy|try|run|get) "
                    + "(?:(?<prod>@PROD)|(?<o>@ORG)'s (?:[a-z-]+ ){0,2}?(?:(?<named>@ENT)|(?<noun>models?|products?|services|tools?|chips?|software)))");
    private static final Pattern HOST_ON = Rx.compile(
            "\\bhost (?:@ORG's )?(?:[a-z ,-]+ )?(?<prod>@PROD),? on (?<pl>@PLAT)");

    @Override
    public void extract(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        if (Rules.has(t, "partner", "provider", "cloud", "supplier", "vendor", "host", "source of", "use", "run", "reli", "first", "refusal")) {
            partnerships(s, ctx);
        }
        if (t.contains("{M") || Rules.has(t, "suppl", "provid")) {
            purchases(s, ctx);
        }
        if (Rules.has(t, "available", "access", "use", "reach", "try", "find", "offer", "sell", "coming", "launch", "added",
                "host", "customers", "deployed", "rolled", "integrated", "arriving", "debut", "live", "bought", "sold")) {
            availability(s, ctx);
        }
    }

    private void partnerships(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        for (Pattern p : List.of(PROVIDER_IS, PICKED, CUSTOMERS_SUPPLIER)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                String adj = Rules.group(m, "adj");
                adj = adj == null ? "" : adj;
                boolean exclusive = adj.matches("(?s).*\\b(?:exclusive|sole|only)\\b.*");
                boolean primary = exclusive || adj.matches("(?s).*\\b(?:primary|main|principal|chief)\\b.*");
                Draft d = cloud(s, ctx, s.entity(m.group("c")), s.entity(m.group("p")), 0.85, m.end());
                if (d == null) {
                    continue;
                }
                if (UNTIL_BEFORE.matcher(t.substring(0, m.start())).find()) {
                    d.set("exclusive", exclusive ? Boolean.FALSE : null);
                } else {
                    d.set("exclusive", exclusive ? Boolean.TRUE : null).set("primary", primary ? Boolean.TRUE : null);
                }
            }
        }
        Matcher m = USES_PLATFORM.matcher(t);
        while (m.find()) {
            EntityRef p = s.entity(m.group("p"));
            if (p.kind() == EntityKind.PLATFORM || t.substring(m.start(), m.end()).contains(" on ")) {
                cloud(s, ctx, s.entity(m.group("c")), p, 0.7, m.end());
            }
        }
        m = FIRST_LAUNCH.matcher(t);
        while (m.find()) {
            boolean first = m.group("first") != null || t.substring(m.start(), m.end()).contains(" first ");
            Draft d = cloud(s, ctx, s.entity(m.group("c")), s.entity(m.group("pl")), 0.8, m.end());
            if (d != null && first) {
                d.set("firstLaunch", Boolean.TRUE);
            }
        }
        m = ROFR.matcher(t);
        while (m.find()) {
            EntityRef provider = s.entity(m.group("p"));
            EntityRef customer = null;
            for (Mention other : s.mentions()) {
                if (other.kind() == Mention.Kind.ORG && !Rules.same(other.entity(), provider)) {
                    customer = other.entity();
                    if (s.maskedPosition(other) > m.start()) {
                        break;
                    }
                }
            }
            Draft d = cloud(s, ctx, customer, provider, 0.75, m.end());
            if (d != null) {
                d.set("rightOfFirstRefusal", Boolean.TRUE);
            }
        }
    }

    /** Adds a cloud partnership; a platform given as provider is replaced by its operator. */
    private Draft cloud(SentenceView s, ExtractionContext ctx, EntityRef customer, EntityRef providerOrPlatform,
                        double confidence, int clauseFrom) {
        if (customer == null || providerOrPlatform == null) {
            return null;
        }
        EntityRef platform = providerOrPlatform.kind() == EntityKind.PLATFORM ? providerOrPlatform : null;
        EntityRef provider = ctx.provider(providerOrPlatform);
        if (provider == null || Rules.same(customer, provider)) {
            return null;
        }
        if (platform == null) {
            String rest = s.masked().substring(clauseFrom);
            Matcher br = CLAUSE_BREAK.matcher(rest);
            Mention pl = Rules.first(s, Mention.Kind.PLATFORM, clauseFrom, clauseFrom + (br.find() ? br.start() : rest.length()));
            if (pl != null && Rules.same(ctx.provider(pl.entity()), provider)) {
                platform = pl.entity();
            }
        }
        return ctx.add(FactType.CLOUD_PARTNERSHIP, s, confidence).set("customer", customer).set("provider", provider)
                .set("platform", platform);
    }

    private void purchases(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        Matcher m = PURCHASE.matcher(t);
        while (m.find()) {
            EntityRef seller = s.entity(m.group("s") != null ? m.group("s") : m.group("s2"));
            purchase(s, ctx, s.entity(m.group("b")), seller, Rules.usd(s, m.group("m")), m.group("what"), m.start("mid2"));
        }
        m = BUY_MONEY.matcher(t);
        while (m.find()) {
            if (!ctx.inSentence(s, FactType.PURCHASE_COMMITMENT).isEmpty()) {
                break;
            }
            EntityRef seller = s.entity(m.group("s") != null ? m.group("s") : m.group("s2"));
            if (seller != null && seller.kind() == EntityKind.PRODUCT) {
                EntityRef product = seller;
                seller = ctx.owner(product).orElse(product.asKind(EntityKind.ORGANIZATION));
            }
            purchase(s, ctx, s.entity(m.group("b")), seller, Rules.usd(s, m.group("m")), m.group("what"), m.start("m"));
        }
        if (ctx.inSentence(s, FactType.PURCHASE_COMMITMENT).isEmpty()) {
            m = COMMIT_GENERIC.matcher(t);
            if (m.find() && !Rules.negatedBefore(t, m.start("m")) && !t.contains("licen")) {
                String what = m.group("what2") != null ? m.group("what2")
                        : m.group("what").replaceAll("^\\s*(?:worth|in|of)\\s+|\\s+$", "");
                purchase(s, ctx, s.entity(m.group("b")), s.entity(m.group("s")), Rules.usd(s, m.group("m")),
                        what.isBlank() ? null : s.surface(what), m.start("m"));
            }
        }
        m = COMMITMENT_TO.matcher(t);
        while (m.find()) {
            purchase(s, ctx, s.entity(m.group("b")), s.entity(m.group("s")), Rules.usd(s, m.group("m")), null, m.start("m"));
        }
        m = MONEY_DEAL.matcher(t);
        while (m.find()) {
            EntityRef seller = s.entity(m.group("s") != null ? m.group("s") : m.group("s2"));
            String what = s.surface(m.group("what"));
            Mention inWhat = seller == null ? null : null;
            if (seller == null) {
                for (Mention x : s.within(m.group("what"))) {
                    if (x.kind() == Mention.Kind.ORG || x.kind() == Mention.Kind.PLATFORM) {
                        inWhat = x;
                    }
                }
                seller = inWhat == null ? null : inWhat.entity();
            }
            purchase(s, ctx, s.entity(m.group("b")), seller, Rules.usd(s, m.group("m")), what, m.start("m"));
        }
        m = SUPPLY.matcher(t);
        while (m.find()) {
            EntityRef seller = s.entity(m.group("s"));
            EntityRef buyer = s.entity(m.group("b"));
            String what = s.surface(m.group("what"));
            Mention money = Rules.first(s, Mention.Kind.MONEY, m.start("rest"), m.end("rest"));
            if (money != null) {
                purchase(s, ctx, buyer, seller, (BigDecimal) money.value(), what, m.start("what"));
            } else if (COMPUTE_WORDS.matcher(what).find()) {
                Mention pl = Rules.first(s, Mention.Kind.PLATFORM, m.start("what"), m.end("what"));
                cloud(s, ctx, buyer, pl != null ? pl.entity() : seller, 0.7, m.end());
            }
        }
        m = CONTRACT.matcher(t);
        while (m.find()) {
            EntityRef seller = s.entity(m.group("s"));
            purchase(s, ctx, s.entity(m.group("b")), seller, Rules.usd(s, m.group("m")),
                    ctx.provider(seller) == null ? null : seller.name(), m.start("s"));
        }
    }

    private void purchase(SentenceView s, ExtractionContext ctx, EntityRef buyer, EntityRef sellerOrPlatform, BigDecimal amount,
                          String what, int pos) {
        if (buyer == null || sellerOrPlatform == null) {
            return;
        }
        EntityRef seller = ctx.provider(sellerOrPlatform);
        if (seller == null || Rules.same(buyer, seller)) {
            return;
        }
        String date = Rules.dateOrNarrative(s, pos, ctx).or(ctx::publishedDay).orElse(null);
        if (!ctx.inSentence(s, FactType.PURCHASE_COMMITMENT).isEmpty()) {
            return;
        }
        ctx.add(FactType.PURCHASE_COMMITMENT, s, 0.8).set("buyer", buyer).set("seller", seller)
                .set("amountUSD", amount).set("what", what == null ? null : what.strip()).set("date", date);
    }

    private void availability(SentenceView s, ExtractionContext ctx) {
        String t = s.masked();
        Matcher m = AVAILABLE.matcher(t);
        while (m.find()) {
            EntityRef product = productBefore(s, ctx, m.start());
            if (product == null) {
                continue;
            }
            String rest = t.substring(m.end());
            Matcher br = CLAUSE_BREAK.matcher(rest);
            int end = m.end() + (br.find() ? br.start() : rest.length());
            List<Mention> platforms = platformsIn(s, m.end(), end);
            if (platforms.isEmpty()) {
                Matcher audience = TO_CUSTOMERS.matcher(t.substring(m.end(), end));
                if (audience.find()) {
                    platforms.add(s.at(audience.group("pl") != null ? audience.group("pl") : audience.group("pl2")));
                }
            }
            String date = s.nearestDate(m.end(), m.start(), end).orElse(null);
            for (Mention pl : platforms) {
                EntityRef operator = possessorBefore(s, pl);
                available(s, ctx, product, pl.entity(), operator, date, 0.8);
            }
        }
        m = ACCESS.matcher(t);
        while (m.find()) {
            EntityRef product = m.group("prod") != null ? s.entity(m.group("prod"))
                    : ctx.ownedProduct(s.entity(m.group("o")), m.group("noun"));
            available(s, ctx, product, s.entity(m.group("pl")), Rules.dateNear(s, m.end()).orElse(null), 0.7);
        }
        m = CUSTOMERS_CAN_USE.matcher(t);
        while (m.find()) {
            EntityRef product = m.group("prod") != null ? s.entity(m.group("prod"))
                    : m.group("named") != null ? s.entity(m.group("named")).asKind(EntityKind.PRODUCT)
                    : ctx.ownedProduct(s.entity(m.group("o")), m.group("noun"));
            available(s, ctx, product, s.entity(m.group("pl")), Rules.eventDate(s, m.end()).orElse(null), 0.65);
        }
        m = COMING_TO.matcher(t);
        while (m.find()) {
            if (m.group("prod") != null && s.entity(m.group("prod")).kind() == EntityKind.ORGANIZATION
                    && ctx.gazetteer().byKey(s.entity(m.group("prod")).key()).isPresent()) {
                continue;
            }
            EntityRef product = m.group("prod") != null ? s.entity(m.group("prod")).asKind(EntityKind.PRODUCT)
                    : ctx.ownedProduct(s.entity(m.group("o")), m.group("noun"));
            EntityRef platform = s.entity(m.group("pl"));
            if (!Rules.same(ctx.owner(product).orElse(null), platform)) {
                available(s, ctx, product, platform, Rules.dateNear(s, m.end()).orElse(null), 0.7);
            }
        }
        m = ADDED.matcher(t);
        while (m.find()) {
            EntityRef product = m.group("prod") != null ? s.entity(m.group("prod"))
                    : ctx.ownedProduct(s.entity(m.group("o")), m.group("noun"));
            available(s, ctx, product, s.entity(m.group("pl")), Rules.eventDate(s, m.end()).orElse(null), 0.7);
        }
        m = HOST_ON.matcher(t);
        while (m.find()) {
            available(s, ctx, s.entity(m.group("prod")), s.entity(m.group("pl")), Rules.eventDate(s, m.end()).orElse(null), 0.7);
        }
    }

    /** Platforms in a stretch of the masked text, and organisations right after "on", "through", "via" or "in". */
    private static List<Mention> platformsIn(SentenceView s, int from, int to) {
        List<Mention> platforms = new ArrayList<>();
        String t = s.masked();
        for (Mention x : s.within(t.substring(from, to))) {
            int pos = s.maskedPosition(x);
            if (x.kind() == Mention.Kind.PLATFORM) {
                platforms.add(x);
            } else if (x.kind() == Mention.Kind.ORG && !x.inferred() && PLATFORM_PREPOSITION.matcher(t.substring(from, pos)).find()
                    && !AFTER_NOT_PLATFORM.matcher(t).region(pos + t.substring(pos).indexOf('}') + 1, t.length()).lookingAt()) {
                platforms.add(x);
            }
        }
        return platforms;
    }

    private EntityRef productBefore(SentenceView s, ExtractionContext ctx, int pos) {
        String before = s.masked().substring(0, pos);
        Matcher owner = OWNER_PRODUCTS.matcher(before);
        EntityRef owned = null;
        int ownedAt = -1;
        while (owner.find()) {
            owned = ctx.ownedProduct(s.entity(owner.group("o")), owner.group("noun"));
            ownedAt = owner.start();
        }
        Mention product = null;
        for (Mention x : s.within(before)) {
            if (x.kind() == Mention.Kind.PRODUCT) {
                product = x;
            }
        }
        if (product != null && (owned == null || s.maskedPosition(product) < ownedAt + 1 && ownedAt - s.maskedPosition(product) < 60)) {
            return product.entity();
        }
        if (owned == null && product == null) {
            Matcher named = POSSESSED_NAME.matcher(before);
            if (named.find()) {
                EntityRef name = s.entity(named.group("p"));
                if (ctx.gazetteer().byKey(name.key()).isEmpty() && !Rules.same(name, s.entity(named.group("o")))) {
                    return name.asKind(EntityKind.PRODUCT);
                }
            }
            Matcher the = THE_PRODUCTS.matcher(before);
            if (the.find()) {
                List<EntityRef> later = new ArrayList<>();
                for (Mention x : s.within(s.masked().substring(pos))) {
                    if (x.kind() == Mention.Kind.ORG || x.kind() == Mention.Kind.PLATFORM) {
                        later.add(x.kind() == Mention.Kind.PLATFORM ? ctx.provider(x.entity()) : x.entity());
                    }
                }
                EntityRef main = ctx.mostMentionedOrganization(later.toArray(EntityRef[]::new)).orElse(null);
                return main == null ? null : ctx.ownedProduct(main, the.group("noun"));
            }
        }
        return owned;
    }

    /** The organisation named with a possessive right before a mention ("Nvidia's DGX Cloud"), or null. */
    private static EntityRef possessorBefore(SentenceView s, Mention mention) {
        String before = s.masked().substring(0, s.maskedPosition(mention));
        Matcher m = POSSESSOR_BEFORE.matcher(before);
        return m.find() ? s.entity(m.group("o")) : null;
    }

    private void available(SentenceView s, ExtractionContext ctx, EntityRef product, EntityRef platform, String date,
                           double confidence) {
        available(s, ctx, product, platform, null, date, confidence);
    }

    private void available(SentenceView s, ExtractionContext ctx, EntityRef product, EntityRef platform, EntityRef operator,
                           String date, double confidence) {
        if (product == null || platform == null || Rules.same(ctx.owner(product).orElse(null), platform)
                && platform.kind() != EntityKind.PLATFORM) {
            return;
        }
        ctx.add(FactType.AVAILABILITY, s, confidence).set("product", product).set("platform", platform)
                .set("provider", operator != null ? operator : platform.kind() == EntityKind.PLATFORM ? ctx.provider(platform) : platform)
                .set("date", date);
    }
}
