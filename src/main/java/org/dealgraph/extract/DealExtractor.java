package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.ValueKind;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import org.dealgraph.article.Article;
import org.dealgraph.extract.rules.RuleSet;
import org.dealgraph.nlp.LanguageAnalyzer;
import org.dealgraph.nlp.Lexicon;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rule-based deal-fact extractor: splits an article into sentences, finds and resolves the mentions of
 * each, runs the relation rules over them, then merges facts stated more than once and adds the facts that
 * follow from others (a product made available on a provider's platform implies a cloud partnership).
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class DealExtractor implements Extractor {

    /** Classpath location of the packaged reference list. */
    public static final String REFERENCE_RESOURCE = "/dealgraph/reference/entities.tsv";

    private static final Pattern COMPUTE = Pattern.compile(
            "(?i)\\b(?:cloud|comput\\w*|capacity|infrastructure|data[- ]cent(?:er|re)s?)\\b");
    /** Hardware bought is goods, unless its seller runs a cloud ("TPUs from Google" are rented in Google's cloud). */
    private static final Pattern HARDWARE = Pattern.compile("(?i)\\b(?:servers?|gpus?|tpus?|accelerators?)\\b");

    private final Gazetteer gazetteer;
    private final MentionFinder mentions;
    private final RelationExtractor relations;
    private final SentenceSplitter splitter;
    private final java.time.Duration budget;

    /** The time one article may take to read, unless another budget is given: far above any news article. */
    public static final java.time.Duration DEFAULT_BUDGET = java.time.Duration.ofSeconds(20);

    public DealExtractor(Gazetteer gazetteer, RelationExtractor relations, SentenceSplitter splitter) {
        this(gazetteer, new MentionFinder(gazetteer), relations, splitter, DEFAULT_BUDGET);
    }

    private DealExtractor(Gazetteer gazetteer, MentionFinder mentions, RelationExtractor relations, SentenceSplitter splitter,
                          java.time.Duration budget) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.relations = Objects.requireNonNull(relations, "relations");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the extraction time budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    /**
     * The same extractor with another time budget per article: reading stops with {@link ExtractionBudgetExceeded}
     * once an article has taken longer, or as soon as the reading thread is interrupted (a client gone away).
     * Extraction time grows linearly with an article's length, so the budget bounds the work any input can cause.
     */
    public DealExtractor withTimeBudget(java.time.Duration budget) {
        return new DealExtractor(gazetteer, mentions, relations, splitter, budget);
    }

    /** The extractor with the reference list packaged in the jar. */
    public static DealExtractor createDefault() {
        return create(Gazetteer.loadResource(REFERENCE_RESOURCE));
    }

    /** The extractor with the reference list in {@code referenceTsv}. */
    public static DealExtractor create(Path referenceTsv) {
        return create(Gazetteer.load(referenceTsv));
    }

    private static DealExtractor create(Gazetteer gazetteer) {
        RuleSet rules = RuleSet.standard();
        LanguageAnalyzer analyzer = new LanguageAnalyzer(Lexicon.of(rules.lemmas()), false);
        return new DealExtractor(gazetteer, CompositeRelationExtractor.standard(rules), new SentenceSplitter(analyzer));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The sentence splitter and linguistic analysis this extractor reads articles with. */
    public SentenceSplitter splitter() {
        return splitter;
    }

    /** The sentences of the article with their mentions, as the rules see them. */
    public List<SentenceView> analyse(Article article) {
        return mentions.analyse(article, splitter.sentences(article));
    }

    @Override
    public List<Fact> extract(Article article) {
        long deadline = System.nanoTime() + budget.toNanos();
        Runnable checkpoint = () -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new ExtractionBudgetExceeded("Reading the article " + article.id() + " was cancelled.");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new ExtractionBudgetExceeded("Reading the article " + article.id() + " took longer than its time budget of "
                        + budget.toMillis() / 1000.0 + " s (dealgraph.limits.extraction-time); it is too long or too unusual to read. "
                        + "Split it into shorter articles.");
            }
        };
        Map<String, EntityRef> owners = new HashMap<>();
        List<Sentence> sentences = splitter.sentences(article);
        checkpoint.run();
        List<SentenceView> views = mentions.analyse(article, sentences, owners, checkpoint);
        ExtractionContext ctx = new ExtractionContext(article, views, gazetteer, owners);
        for (SentenceView s : ctx.sentences()) {
            checkpoint.run();
            relations.extract(s, ctx);
        }
        // before the facts inferred from others: a cloud partnership inferred from an availability is not the
        // platform's contract
        cloudPlatforms(ctx);
        cloudBusinessesAsTheirParents(ctx);
        multiCloud(ctx);
        infer(ctx);
        licensorsByOwnership(ctx);
        licensedSubjects(ctx);
        List<Draft> merged = merge(withoutVagueReadings(ctx.drafts()));
        List<Fact> facts = new ArrayList<>(merged.size());
        for (Draft d : merged) {
            facts.add(d.toFact());
        }
        return facts;
    }

    /** Facts that follow from others. */
    private void infer(ExtractionContext ctx) {
        for (Draft d : List.copyOf(ctx.drafts())) {
            // a product offered on another company's platform: its owner is that platform's customer (not for a
            // product "available on BMW cars", where the "platform" is a company's goods)
            if (d.type() == FactType.AVAILABILITY && d.party("product") != null && d.party("platform") != null
                    && d.party("platform").kind() == EntityKind.PLATFORM) {
                EntityRef owner = ctx.owner(d.party("product")).orElse(null);
                if (owner == null && d.party("product").surface().contains("'s ")) {
                    String ownerName = d.party("product").surface().substring(0, d.party("product").surface().indexOf("'s "));
                    owner = organizationNamed(ctx, ownerName);
                }
                if (owner == null) {
                    owner = ctx.possessor(d.party("product")).orElse(null);
                }
                EntityRef provider = (EntityRef) d.get("provider");
                if (owner != null && provider != null && !Rules.same(owner, provider)) {
                    ctx.add(FactType.CLOUD_PARTNERSHIP, d.sentence(), d.confidence() * 0.8)
                            .set("customer", owner).set("provider", provider);
                }
            }
            if (d.type() == FactType.PURCHASE_COMMITMENT && d.get("what") instanceof String what
                    && (COMPUTE.matcher(what).find() || HARDWARE.matcher(what).find() && runsACloud(ctx, d.party("seller"))
                    || ctx.provider(d.party("seller")) != null
                    && gazetteer.byKey(d.party("seller").key()).map(e -> e.name().contains("Cloud")).orElse(false))) {
                ctx.add(FactType.CLOUD_PARTNERSHIP, d.sentence(), d.confidence() * 0.8)
                        .set("customer", d.party("buyer")).set("provider", d.party("seller"));
            }
        }
    }

    /**
     * A cloud partnership names its platform when the sentence does: a platform of the provider's ("onto Azure"),
     * or the provider's cloud business named as a company ("Google Cloud" beside Google). When the sentence names
     * only the company ("a deal with Google"), the platform is the provider's cloud named nearest to it in the
     * article, the sentences before it first.
     */
    private static void cloudPlatforms(ExtractionContext ctx) {
        for (Draft d : ctx.drafts()) {
            if (d.type() != FactType.CLOUD_PARTNERSHIP || d.get("platform") != null || d.party("provider") == null) {
                continue;
            }
            EntityRef platform = cloudPlatformIn(ctx, d.sentence(), d.party("provider"), false);
            if (platform == null) {
                List<SentenceView> all = ctx.sentences();
                int at = all.indexOf(d.sentence());
                for (int distance = 1; platform == null && at >= 0 && distance < all.size(); distance++) {
                    if (at - distance >= 0) {
                        platform = cloudPlatformIn(ctx, all.get(at - distance), d.party("provider"), true);
                    }
                    if (platform == null && at + distance < all.size()) {
                        platform = cloudPlatformIn(ctx, all.get(at + distance), d.party("provider"), true);
                    }
                }
            }
            if (platform != null) {
                d.set("platform", platform);
            }
        }
    }

    /**
     * The provider's cloud platform as a sentence names it, or null; elsewhere in the article only a platform with a
     * cloud's name counts ("Azure" or "Google Cloud", not an AI service of the provider's).
     */
    private static EntityRef cloudPlatformIn(ExtractionContext ctx, SentenceView sentence, EntityRef provider, boolean elsewhere) {
        for (Mention m : sentence.mentions()) {
            if (m.entity() == null) {
                continue;
            }
            boolean platform = m.kind() == Mention.Kind.PLATFORM && ctx.provider(m.entity()) != null
                    && ctx.provider(m.entity()).key().equals(provider.key())
                    && (!elsewhere || isCloud(ctx, m.entity()));
            boolean cloudBusiness = m.kind() == Mention.Kind.ORG && Gazetteer.isCloudBusiness(m.entity().name())
                    && gazetteerParentIs(ctx, m.entity(), provider);
            if (platform || cloudBusiness) {
                // a cloud business named as a company ("Google Cloud") is also the name of its platform
                return platform ? m.entity() : m.entity().asKind(EntityKind.PLATFORM);
            }
        }
        return null;
    }

    /**
     * A cloud business named as the provider ("runs on Google Cloud") is its parent company's cloud when the article
     * also names the parent as the same customer's provider ("a cloud agreement with Google"): one partnership, with
     * the cloud business as its platform.
     */
    private static void cloudBusinessesAsTheirParents(ExtractionContext ctx) {
        for (Draft d : ctx.drafts()) {
            if (d.type() != FactType.CLOUD_PARTNERSHIP || d.party("customer") == null || d.party("provider") == null
                    || !Gazetteer.isCloudBusiness(d.party("provider").name())) {
                continue;
            }
            EntityRef business = d.party("provider");
            EntityRef parent = ctx.gazetteer().parent(business).orElse(null);
            if (parent == null) {
                continue;
            }
            boolean parentNamed = ctx.drafts().stream().anyMatch(o -> o.type() == FactType.CLOUD_PARTNERSHIP
                    && o.party("customer") != null && o.party("customer").key().equals(d.party("customer").key())
                    && o.party("provider") != null && o.party("provider").key().equals(parent.key()));
            if (parentNamed) {
                d.set("provider", parent.withSurface(business.surface()));
                d.setIfAbsent("platform", business.asKind(EntityKind.PLATFORM));
            }
        }
    }

    /**
     * A customer with the clouds of two providers in one article has an exclusive deal with neither: "moving onto
     * clouds run by Google and Oracle".
     */
    private static void multiCloud(ExtractionContext ctx) {
        Map<String, java.util.Set<String>> providers = new HashMap<>();
        for (Draft d : ctx.drafts()) {
            if (d.type() == FactType.CLOUD_PARTNERSHIP && d.party("customer") != null && d.party("provider") != null) {
                providers.computeIfAbsent(d.party("customer").key(), k -> new java.util.HashSet<>()).add(d.party("provider").key());
            }
        }
        for (Draft d : ctx.drafts()) {
            if (d.type() == FactType.CLOUD_PARTNERSHIP && d.party("customer") != null
                    && providers.get(d.party("customer").key()).size() > 1 && d.get("exclusive") == null) {
                d.set("exclusive", Boolean.FALSE);
            }
        }
    }

    /**
     * A platform that is a cloud itself: its name is made of cloud words and its provider's name ("Azure", "Oracle
     * Cloud Infrastructure"), not a service on a cloud ("Azure OpenAI Service").
     */
    private static boolean isCloud(ExtractionContext ctx, EntityRef platform) {
        EntityRef provider = ctx.provider(platform);
        String rest = platform.name();
        if (provider != null) {
            rest = rest.replace(provider.name(), " ");
        }
        return Gazetteer.isCloudBusiness(platform.name()) && CLOUD_WORDS.matcher(rest).replaceAll(" ").isBlank();
    }

    private static final Pattern CLOUD_WORDS = Pattern.compile("(?i)\\b(?:cloud|computing|platform|infrastructure|web services|azure|aws|oci)\\b");

    private static boolean gazetteerParentIs(ExtractionContext ctx, EntityRef child, EntityRef parent) {
        return ctx.gazetteer().parent(child).map(p -> p.key().equals(parent.key())).orElse(false);
    }

    /** The words of a licence's subject: "patents", "news archive", "music catalogue". */
    private static final java.util.Set<String> ASSET_NOUNS = java.util.Set.of("patent", "technology", "content", "archive",
            "catalog", "catalogue", "music", "song", "recording", "library", "portfolio", "model", "data", "post", "story",
            "article", "codec", "design", "software", "ip", "trademark", "video", "film", "show", "game", "right");

    /** A licence whose rule named no subject takes the licensed thing the sentence names ("a patent licence" is of patents). */
    private static void licensedSubjects(ExtractionContext ctx) {
        for (Draft d : ctx.drafts()) {
            if (d.type() != FactType.LICENCE || d.get("subject") != null) {
                continue;
            }
            List<org.dealgraph.nlp.Token> words = d.sentence().sentence().tokens();
            for (int i = 0; i < words.size(); i++) {
                org.dealgraph.nlp.Token w = words.get(i);
                String lemma = w.lemma() == null ? w.lower() : w.lemma();
                String singular = w.lower().endsWith("s") ? w.lower().substring(0, w.lower().length() - 1) : w.lower();
                if (!(w.pos().equals("NOUN") || w.pos().equals("PROPN")) || !(ASSET_NOUNS.contains(lemma) || ASSET_NOUNS.contains(singular))) {
                    continue;
                }
                int from = i;
                while (from > 0 && i - from < 2 && (words.get(from - 1).pos().equals("ADJ") || words.get(from - 1).pos().equals("NOUN"))
                        && !words.get(from - 1).lower().matches("licen[cs]e|licensing|agreement|deal")) {
                    from--;
                }
                String text = d.sentence().sentence().text();
                d.set("subject", text.substring(words.get(from).start(), w.end()));
                break;
            }
        }
    }

    /** What a licence is of: "Globex's patents", "its music catalogue", "patents held by Globex". */
    private static final String LICENSED_ASSET = "(?:[\\w-]+ ){0,3}?(?:patents?|technolog(?:y|ies)|IP|intellectual property|content"
            + "|archives?|catalog(?:ue)?s?|music|songs|recordings|library|portfolio|models?|data|labels|codecs?|designs?|inventions?)\\b";

    /**
     * A licence whose direction a sentence leaves open ("a licence agreement between the two companies", "A and B
     * signed a licence") is given the direction the article's own words of ownership give: when only the party
     * read as licensee is said to own what is licensed ("Globex's patents", "patents held by Globex"), the two
     * change places.
     */
    private static void licensorsByOwnership(ExtractionContext ctx) {
        String text = ctx.article().text();
        Map<String, java.util.Set<String>> surfaces = new HashMap<>();
        for (SentenceView s : ctx.sentences()) {
            for (Mention m : s.mentions()) {
                if (m.kind() == Mention.Kind.ORG && !m.inferred() && m.entity() != null) {
                    java.util.Set<String> names = surfaces.computeIfAbsent(m.entity().key(), k -> new java.util.HashSet<>());
                    names.add(m.entity().name());
                    names.add(s.sentence().text().substring(m.start(), m.end()));
                }
            }
        }
        Map<String, Boolean> owns = new HashMap<>();
        java.util.function.Predicate<EntityRef> owner = e -> owns.computeIfAbsent(e.key(), k -> {
            for (String n : surfaces.getOrDefault(k, java.util.Set.of(e.name()))) {
                String q = Pattern.quote(n);
                if (Pattern.compile("\\b" + q + "(?:'s|’s)? " + LICENSED_ASSET).matcher(text).find()
                        || Pattern.compile("(?:patents?|technology|content|IP) (?:owned|held|developed|filed) by (?:the )?" + q + "\\b")
                        .matcher(text).find()) {
                    return true;
                }
            }
            return false;
        });
        for (Draft d : ctx.drafts()) {
            if (d.type() != FactType.LICENCE || !d.unordered() || d.party("licensor") == null || d.party("licensee") == null) {
                continue;
            }
            EntityRef licensor = d.party("licensor");
            EntityRef licensee = d.party("licensee");
            if (owner.test(licensee) && !owner.test(licensor)) {
                d.set("licensor", licensee).set("licensee", licensor);
            }
        }
    }

    /** A kind that only says two parties work together, where a sentence may say more precisely what they do. */
    private static final java.util.Set<FactType> VAGUE = java.util.EnumSet.of(FactType.PARTNERSHIP);
    /** Kinds that say precisely what two parties do together. */
    private static final java.util.Set<FactType> PRECISE = java.util.EnumSet.of(FactType.CLOUD_PARTNERSHIP, FactType.LICENCE,
            FactType.INVESTMENT, FactType.ACQUISITION, FactType.PURCHASE_COMMITMENT, FactType.REVENUE_SHARE,
            FactType.LEGAL_DISPUTE, FactType.HOSTING_RIGHT);

    /**
     * A partnership or a new agreement read from a sentence that also states a precise deal between the same two
     * parties is that deal read vaguely ("Globex picked Initech to run its services" is a cloud contract, not a
     * second, looser partnership; "a multiyear agreement covering chips" is the purchase), and is left out; so is a
     * terminated agreement between the parties of an acquisition (the acquisition's own end), and a purchase of what
     * the same sentence says is an acquisition (the company bought).
     */
    static List<Draft> withoutVagueReadings(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Object kind = d.get("kind");
            boolean plainAgreement = d.type() == FactType.AGREEMENT && (kind == null || "new".equals(kind));
            boolean vague = (VAGUE.contains(d.type()) || plainAgreement) && drafts.stream().anyMatch(o -> o != d
                    && PRECISE.contains(o.type()) && o.sentence() == d.sentence() && samePair(o, d));
            // "they terminated their merger agreement" is the acquisition's end, said of the acquisition
            vague |= d.type() == FactType.AGREEMENT && "terminated".equals(kind) && drafts.stream()
                    .anyMatch(o -> o.type() == FactType.ACQUISITION && samePair(o, d));
            // "agreed to spend $7.5 billion buying Initech": money spent on a company is the acquisition's price
            vague |= d.type() == FactType.PURCHASE_COMMITMENT && drafts.stream().anyMatch(o -> o.type() == FactType.ACQUISITION
                    && o.sentence() == d.sentence() && samePair(o, d));
            if (!vague) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean samePair(Draft a, Draft b) {
        java.util.Set<String> x = new java.util.HashSet<>();
        java.util.Set<String> y = new java.util.HashSet<>();
        for (String role : a.type().core()) {
            if (a.get(role) instanceof EntityRef r) {
                x.add(r.key());
            }
        }
        for (String role : b.type().core()) {
            if (b.get(role) instanceof EntityRef r) {
                y.add(r.key());
            }
        }
        return x.size() == 2 && x.equals(y);
    }

    private EntityRef organizationNamed(ExtractionContext ctx, String surface) {
        for (SentenceView s : ctx.sentences()) {
            for (Mention m : s.mentions()) {
                if (m.kind() == Mention.Kind.ORG && (m.entity().surface().equals(surface) || m.entity().name().equals(surface))) {
                    return m.entity();
                }
            }
        }
        return gazetteer.bySurface(surface).map(e -> e.ref(surface)).orElse(null);
    }

    /**
     * Merges facts of the same type about the same parties when their attributes do not contradict each
     * other; contradicting ones (an old licence and its replacement) stay apart.
     */
    static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.complete() || personInOrganisationRole(d)) {
                continue;
            }
            Draft target = null;
            for (Draft o : out) {
                if (o.type() == d.type() && sameParties(o, d) && compatible(o, d)) {
                    target = o;
                    break;
                }
            }
            if (target == null && d.type() == FactType.ROLE) {
                target = founderRole(out, d);
            }
            if (target == null && STAGES.containsKey(d.type())) {
                List<String> stages = STAGES.get(d.type());
                Draft earlier = out.stream().filter(o -> o.type() == d.type() && sameParties(o, d) && inOrder(o, d, stages))
                        .findFirst().orElse(null);
                if (earlier != null) {
                    // one dispute (acquisition) between the same parties through its stages: filed, then resolved
                    if (stages.indexOf(String.valueOf(d.get("status"))) > stages.indexOf(String.valueOf(earlier.get("status")))) {
                        earlier.set("status", d.get("status"));
                        if (d.get("date") != null) {
                            earlier.set("date", d.get("date"));
                        }
                    }
                    for (Map.Entry<String, Object> e : d.values().entrySet()) {
                        earlier.setIfAbsent(e.getKey(), e.getValue());
                    }
                    continue;
                }
            }
            if (target == null) {
                out.add(d);
                continue;
            }
            for (Map.Entry<String, Object> e : d.values().entrySet()) {
                target.setIfAbsent(e.getKey(), e.getValue());
            }
            target.confidence(Math.min(1.0, Math.max(target.confidence(), d.confidence()) + 0.05));
        }
        return out;
    }

    /** Whether the company runs a cloud: it provides a platform of the reference list, or is a cloud business. */
    private static boolean runsACloud(ExtractionContext ctx, EntityRef seller) {
        return seller != null && (Gazetteer.isCloudBusiness(seller.name()) || ctx.gazetteer().children(seller).stream()
                .anyMatch(c -> c.kind() == EntityKind.PLATFORM && Gazetteer.isCloudBusiness(c.name())
                        || c.kind() == EntityKind.ORGANIZATION && Gazetteer.isCloudBusiness(c.name())));
    }

    /** A person where only an organisation may stand ("Scott Guthrie" as a cloud's customer) is a misreading. */
    private static boolean personInOrganisationRole(Draft d) {
        for (String role : d.type().core()) {
            if (!d.type().personMay(role) && d.party(role) != null && d.party(role).kind() == EntityKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** The stages a dispute or an acquisition goes through, earliest first: a later stage stands for the whole. */
    private static final Map<FactType, List<String>> STAGES = Map.of(
            FactType.LEGAL_DISPUTE, List.of("null", "threatened", "considered", "filed", "resolved"),
            FactType.ACQUISITION, List.of("null", "announced", "blocked", "abandoned", "completed"));

    /**
     * Whether two readings can be stages of one event: the later stage is not dated before the earlier one (a bid
     * abandoned in 2024 is not the end of the deal agreed in 2025).
     */
    private static boolean inOrder(Draft a, Draft b, List<String> stages) {
        if (a.get("amountUSD") != null && b.get("amountUSD") != null && !a.get("amountUSD").equals(b.get("amountUSD"))) {
            // a $23 billion offer turned down is another attempt than the $32 billion deal agreed
            return false;
        }
        boolean bLater = stages.indexOf(String.valueOf(b.get("status"))) >= stages.indexOf(String.valueOf(a.get("status")));
        Draft first = bLater ? a : b;
        Draft last = bLater ? b : a;
        if (!(first.get("date") instanceof String x) || !(last.get("date") instanceof String y)) {
            // an undated end of an acquisition may be that of an earlier attempt
            return !(a.type() == FactType.ACQUISITION && ("abandoned".equals(last.get("status")) || "blocked".equals(last.get("status"))));
        }
        int n = Math.min(x.length(), y.length());
        return y.substring(0, n).compareTo(x.substring(0, n)) >= 0;
    }

    private static final Pattern FOUNDER = Pattern.compile("(?i)\\b(?:co-?)?founder\\b");

    /**
     * Founding an organisation is a lasting fact about a person that accompanies whatever role they hold
     * there, so a founder title joins the person's other role in the same organisation ("co-founder and chief
     * executive").
     */
    private static Draft founderRole(List<Draft> out, Draft d) {
        for (Draft o : out) {
            if (o.type() != FactType.ROLE || !sameParties(o, d)) {
                continue;
            }
            String a = (String) o.get("title");
            String b = (String) d.get("title");
            if (a == null || b == null || !FOUNDER.matcher(a).find() && !FOUNDER.matcher(b).find()) {
                continue;
            }
            if (!(FOUNDER.matcher(a).find() && FOUNDER.matcher(b).find()) && !a.contains(b) && !b.contains(a)) {
                o.values().put("title", FOUNDER.matcher(a).find() ? a + " and " + b : b + " and " + a);
            }
            d.values().remove("title");
            return o;
        }
        return null;
    }

    private static boolean sameParties(Draft a, Draft b) {
        return a.hasParties(b.parties());
    }

    private static boolean compatible(Draft a, Draft b) {
        for (Map.Entry<String, ValueKind> attribute : a.type().attributes().entrySet()) {
            String field = attribute.getKey();
            if ((attribute.getValue() == ValueKind.TEXT || attribute.getValue() == ValueKind.ENTITY)
                    && a.type() != FactType.ROLE && a.type() != FactType.LICENCE) {
                continue;
            }
            Object x = a.get(field);
            Object y = b.get(field);
            if (x == null || y == null) {
                continue;
            }
            if (x instanceof String sx && y instanceof String sy && a.type() == FactType.ROLE
                    && (sx.toLowerCase(java.util.Locale.ROOT).contains(sy.toLowerCase(java.util.Locale.ROOT))
                    || sy.toLowerCase(java.util.Locale.ROOT).contains(sx.toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            if (x instanceof EntityRef ex && y instanceof EntityRef ey ? !Rules.same(ex, ey) : !x.equals(y)) {
                if (field.equals("date") && (x.toString().startsWith(y.toString()) || y.toString().startsWith(x.toString()))) {
                    continue;
                }
                if (field.equals("amountUSD") && x instanceof BigDecimal bx && y instanceof BigDecimal by
                        && bx.compareTo(by) == 0) {
                    continue;
                }
                return false;
            }
        }
        return true;
    }
}
