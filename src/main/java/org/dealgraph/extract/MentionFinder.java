package org.dealgraph.extract;

import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.EntityKind;

import org.dealgraph.article.Article;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the mentions of every sentence of an article: amounts, percentages, dates, known names (from the
 * {@link Gazetteer}), people and organisations not on the list (minted), and references resolved by
 * coreference ("the company", "the startup", "its", "it", "the two companies", "the ChatGPT maker").
 * Thread-safe: all per-article state lives in the call.
 */
public final class MentionFinder {

    private static final String TITLE_CUE = "(?i:\\b(?:CEO|chief|executive|executives|founder|co-founder|co-founded|cofounder"
            + "|chairman|chairwoman|chair|president|officer|scientist|director|head|spokesperson|vice|CTO|CFO|COO"
            + "|manager|analyst|professor|minister|secretary|justice|justices|judge|lawyer|attorney|adviser|advisor|partner"
            + "|governor|senator|economist|litigator|counsel|spokesman|spokeswoman|boss|leader|heads|leads|chancellor"
            + "|commissioner|according to"
            + "|said|says|told|who|led by|run by|named|hired|appointed|succeed|succeeds|founded|set up)s?\\b)";
    private static final Pattern CUE = Pattern.compile(TITLE_CUE);
    /** One word of a person's name: "Robert", "McEliece", "O'Brien", "Jean-Luc". */
    private static final String NAME_WORD = "(?:Mc|Mac|O['’]|D['’])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final Pattern PERSON_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + NAME_WORD + "|\\p{Lu}{2}(?= \\p{Lu}\\p{Ll}))(?:[ ]\\p{Lu}\\.)?(?:[ ]" + NAME_WORD + "){1,2}(?:,? Jr\\.?)?(?![\\p{L}\\p{N}])");
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])(?:\\p{Ll}{1,2}(?=\\p{Lu}\\p{Ll}))?\\p{Lu}[\\p{L}\\p{N}]*(?:[.&-][\\p{L}\\p{N}]+)*"
                    + "(?:(?:[ ]&|(?<=s)['’])?[ ]\\p{Lu}[\\p{L}\\p{N}]*(?:[.&-][\\p{L}\\p{N}]+)*)*"
                    // "University of Chicago", "Bank of America", "Ministry of Communications and Information Technology"
                    + "(?:(?<=\\b(?:University|Bank|Ministry|Department|Institute|Commission|Office|Board|Court|Government"
                    + "|Republic|Kingdom|Federation|Association|Authority|College|School|Bureau|Agency|Council|Academy|Fund"
                    + "|Society|Union|Chamber)) of(?: the)? \\p{Lu}[\\p{L}\\p{N}]*(?:(?: and)?[ ]\\p{Lu}[\\p{L}\\p{N}]*)*)?"
                    + "(?![\\p{L}\\p{N}])");
    private static final Pattern CAPITALISED_TOKEN = Pattern.compile("\\S+");
    private static final Set<String> STOPWORDS = Set.of(
            "The", "A", "An", "And", "Or", "But", "On", "In", "At", "For", "Of", "To", "By", "With", "Under", "Until",
            "As", "Also", "After", "Before", "Since", "From", "This", "That", "These", "Those", "It", "Its", "Their",
            "They", "He", "She", "We", "Our", "His", "Her", "I", "You", "Some", "Neither", "Both", "Even", "Finally",
            "Critically", "Meanwhile", "According", "Former", "Rival", "If", "When", "While", "Last", "Next",
            "Earlier", "Later", "New", "Such", "Most", "Many", "All", "No", "Not", "Yes", "Why", "How", "What",
            "Who", "Where", "Which", "Then", "Now", "Still", "However", "Instead", "Separately", "Together",
            "Analysts", "Investors", "Customers", "Shares", "Read", "More", "Mr", "Ms", "Mrs", "Dr",
            "Nobody", "Everyone", "Everybody", "Anyone", "Someone", "Each", "Every", "Whoever",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "AI", "AGI", "CEO", "CFO", "CTO", "COO", "IPO", "GPU", "GPUs", "CPU", "CPUs", "API", "APIs", "LLM",
            "LLMs", "U.S.", "US", "UK", "EU", "U.K.", "Chief", "Executive", "Officer", "President", "Chairman",
            "Vice", "Senior", "Director", "Co-founder", "Founder", "Interim", "Inc", "Corp", "Ltd", "Series", "Round",
            "Justice", "Justices", "Judge", "Senator", "Sen", "Governor", "Minister", "Secretary", "Chancellor", "Professor",
            "Prof", "Rs", "INR", "RMB", "CNY", "EUR", "GBP", "JPY", "USD", "Sir", "Dame", "Lord", "Commissioner", "Mayor", "Sheikh", "Prime", "Representative", "Rep");
    /** Titles that open a person's name ("Justice Amy Coney Barrett") but also an organisation's ("Justice Department"). */
    private static final Set<String> TITLE_WORDS = Set.of("Justice", "Secretary", "Minister", "Prime", "Governor", "Judge",
            "Commissioner", "Chancellor", "Professor");
    private static final Set<String> ORG_WORDS = Set.of(
            "Labs", "Lab", "AI", "Capital", "Ventures", "Partners", "Times", "Journal", "House", "Street", "States",
            "Cloud", "Systems", "Technologies", "Group", "Holdings", "Inc", "Corp", "Bank", "Fund", "University",
            "News", "Post", "Service", "Services", "Institute", "Foundation", "Research", "Media", "Networks",
            "Studio", "Studios", "Energy", "Motors", "Robotics", "Computing", "Semiconductor", "Software",
            "Dynamics", "Intelligence", "Commission", "Department", "Reuters", "Council", "Agency", "Company",
            "Court", "Ministry", "Office", "Board", "Administration", "Authority", "Bureau", "Treasury",
            "Health", "Therapeutics", "Pharmaceuticals", "Biosciences", "Solutions", "Analytics", "Logistics", "Materials",
            "Devices", "Aerospace", "Industries", "Electronics", "Microsystems", "Interactive", "Digital");
    private static final Pattern ORG_NOUN = Pattern.compile(
            "\\b[Tt]he (?:(?!(?:of|the|and|or|to|in|for|with|by|from|at|on)\\b)[\\p{L}-]+ ){0,3}?(?:company|startup|start-up|lab|firm|group|venture|developer|maker|unit"
                    + "|retailer|chipmaker|giant|owner|organization|organisation|business|bank|lender|insurer|carmaker|automaker"
                    + "|manufacturer|supplier|conglomerate|operator|publisher|broadcaster|airline|carrier|designer|provider)(?![\\p{L}-])(?!s)"
                    // "the Australian venture investors A and B": the noun after it is the head, not a reference
                    + "(?! (?:investors?|firms?|funds?|capitalists?|backers?|partners?|companies|groups?|businesses|units?|arms?)\\b)");
    private static final Pattern DESCRIBING_OF = Pattern.compile(", (?:the|a|an) [^,;]{0,60}?\\b(?:of|at|for|from|by)(?: the)? $");
    private static final Pattern NUMBER_AFTER = Pattern.compile(" (?!(?:19|20)\\d\\d\\b)\\d+\\b(?![.,]\\d|%| ?(?:percent|per cent|billion|million))");
    /** "The joint venture", "the new venture": a company set up by others. */
    private static final Pattern JOINT_VENTURE = Pattern.compile("[Tt]he (?:(?:new|planned|proposed|\\d+-\\d+|50-50|equal) )?(?:joint )?venture");
    /** A reference that says nothing of its organisation but that it is one: "the company", "the business". */
    private static final Pattern GENERIC_ORG_NOUN = Pattern.compile("[Tt]he (?:company|business|firm|group)");
    private static final Pattern PRODUCT_OWNER = Pattern.compile(
            "\\b[Tt]he (\\S+(?: \\S+)?) (?:maker|developer|creator|owner|parent)\\b");
    private static final Pattern PAIR = Pattern.compile(
            "\\b(?:[Tt]he two (?:companies|sides|firms|partners|groups|chipmakers|carmakers|automakers|makers|rivals|giants|businesses"
                    + "|developers|operators|banks|lenders|labs|startups|start-ups|manufacturers|suppliers|platforms|networks)|[Bb]oth (?:companies|sides|firms)|(?<!of )[Tt]he companies(?= [a-z]+ed\\b| (?:said|say|have|had|will|would|are|were|also|plan|plans))|[Tt]he two)\\b");
    private static final Pattern ITS = Pattern.compile("\\b[Ii]ts\\b");
    private static final Pattern SERVICE = Pattern.compile("\\b[Tt]he (?:service|platform)\\b");
    private static final Pattern REPORTER_AFTER = Pattern.compile("^\\s*(?:has |had |later |first |also )*(?:reported|reports)\\b"
            + "|^(?:'s|’s)? (?:report|story|article|calculations?|analysis|reporters?|journalists?|reporting|interview|poll|survey)\\b");
    private static final Pattern COPULA_BETWEEN = Pattern.compile(
            "(?:^\\s*,\\s*|\\b(?:is|was|are|were|remains|became|becomes|has been|had been)(?: (?:now|also|already|still|among|one of|not))*\\s*)$");
    private static final Pattern TITLE_AFTER = Pattern.compile(
            "^ (?:former |interim )?(?:co-?founder|founder|chief|CEO|CFO|CTO|COO|chairman|chairwoman|president|head)\\b");
    private static final String PRODUCT_NOUN = "(?:model|chip|processor|GPU|accelerator|chatbot|assistant|tool|app|application|engine|framework|suite"
            + "|platform|system|software|service|product|agent|family|series|superchip|supercomputer|LLM|device|robot)s?";
    private static final String MAKER_NOUN = "(?:maker|developer|provider|supplier|manufacturer|designer|producer|seller|vendor"
            + "|operator|owner|creator|builder|company|startup|start-up|firm|group|business|unit|division|subsidiary)s?";
    private static final Pattern PRODUCT_BEFORE = Pattern.compile(
            "(?:(?:'s|’s|\\b(?:its|their|a|an|the)) (?:[a-z-]+ ){0,3}?" + PRODUCT_NOUN + ",? (?:called |named |dubbed |known as )?"
                    + "|\\b" + PRODUCT_NOUN + ",? (?:called|named|dubbed|known as) )$");
    private static final Set<String> PLATFORM_WORDS = Set.of("Cloud", "Marketplace", "Store", "Platform", "Studio", "Hub", "Console");
    private static final Pattern PRODUCT_AFTER = Pattern.compile(
            " (?:[A-Z0-9][\\w.-]* )?" + PRODUCT_NOUN + "\\b"
                    // (not "a maker of warehouse robots": what makes products is a company)
                    + "|, (?:the|a|an|its|\\p{Lu}[\\w.-]*(?:'s|’s)) (?!(?:[a-z-]+ )?" + MAKER_NOUN + " of\\b)(?:[a-z-]+ ){0,3}?" + PRODUCT_NOUN
                    + "(?=[,.;)]|$| that\\b| which\\b| designed\\b| built\\b)");
    /** A sentence-initial word coordinated with a name is a name too: "Contoso and Vandelay Industries formed ...". */
    private static final Pattern COORDINATED_NAME = Pattern.compile("(?: and| &) (?:the )?\\p{Lu}\\p{L}+");
    /** What may follow a company name that opens a sentence ("Aurex, a chip startup, said ..."). */
    private static final Pattern ORG_CONTEXT_AFTER = Pattern.compile(
            "(?:'s|’s)\\b|,? (?:a|an|which|who|whose)\\b|, the [a-z][a-z -]{0,40},| (?:said|says|has|have|had|will|would|is|was|announced|agreed|signed|plans"
                    + "|raised|invested|acquired|bought|became|remains|launched|unveiled|confirmed|struck|inked|named|hired|makes"
                    + "|builds|develops|sells|offers|runs|operates|also|owns|holds|pays|licensed|licenses|partnered"
                    + "|wins|won|gets|grants|granted|expects|pledged|chose|picked|selected|teamed|committed)\\b");
    private static final Pattern NAME_FOLLOWS = Pattern.compile(",? \\p{Lu}");
    private static final Pattern LOWER_WORDS = Pattern.compile("^[^\\p{Lu},;:]*$");

    /** Classpath location of the place names: a capitalised name that is a place is not an organisation. */
    public static final String PLACES_RESOURCE = "/dealgraph/reference/places.txt";
    private static final Set<String> PLACES = readPlaces();

    private static Set<String> readPlaces() {
        try (java.io.InputStream in = MentionFinder.class.getResourceAsStream(PLACES_RESOURCE)) {
            if (in == null) {
                throw new org.dealgraph.DealgraphException("missing resource " + PLACES_RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new org.dealgraph.DealgraphException("cannot read " + PLACES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code name} is a place, or a run of places ("Raleigh North Carolina"). */
    static boolean isPlace(String name) {
        if (PLACES.contains(name) || name.startsWith("the ") && PLACES.contains(name.substring(4))) {
            return true;
        }
        // A dateline in capitals: "LONDON", "SAN FRANCISCO".
        if (name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.length() > 3) {
            StringBuilder title = new StringBuilder();
            for (String w : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                if (!w.isEmpty()) {
                    title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
            }
            return PLACES.contains(title.toString());
        }
        return false;
    }

    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Per-article memory: names minted so far and the organisations mentioned, for coreference. */
    private static final class State {
        final Map<String, EntityRef> known = new LinkedHashMap<>();
        final Map<String, EntityRef> owners;
        final Map<String, Pattern> patterns = new HashMap<>();
        final List<EntityRef> orgHistory = new ArrayList<>();
        EntityRef previousSubject;
        /** The organisation the latest sentences are about (see remember). */
        EntityRef topic;
        EntityRef platformHistory;
        /** What the article (or the reference list) calls each organisation: "chipmaker", "finnish", "startup". */
        final Map<String, java.util.Set<String>> descriptors = new HashMap<>();
        /** Capitalised words the article uses inside sentences, where capitals mark names, not sentence starts. */
        final java.util.Set<String> midSentence = new java.util.HashSet<>();
        /** Words the article writes in lower case: ordinary words, never names ("jurors", "analysts"). */
        final java.util.Set<String> lowerCase = new java.util.HashSet<>();

        State(Map<String, EntityRef> owners) {
            this.owners = owners;
        }
    }

    /** Finds the mentions of all {@code sentences} of {@code article}. */
    public List<SentenceView> analyse(Article article, List<Sentence> sentences) {
        return analyse(article, sentences, new LinkedHashMap<>());
    }

    /**
     * Finds the mentions of all {@code sentences} of {@code article}; the owners of products that are not on
     * the reference list, when the text names them ("Nvidia's new chip Aurelia"), go into {@code owners}
     * (product key to owner).
     */
    public List<SentenceView> analyse(Article article, List<Sentence> sentences, Map<String, EntityRef> owners) {
        return analyse(article, sentences, owners, () -> {
        });
    }

    /** As {@link #analyse(Article, List, Map)}, running {@code checkpoint} before each sentence (it may throw to stop). */
    public List<SentenceView> analyse(Article article, List<Sentence> sentences, Map<String, EntityRef> owners, Runnable checkpoint) {
        State state = new State(owners);
        for (Sentence s : sentences) {
            List<org.dealgraph.nlp.Token> words = s.tokens();
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i).text();
                String before = words.get(i - 1).text();
                boolean opener = before.length() == 1 && ".!?:\"“‘(".indexOf(before.charAt(0)) >= 0;
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !opener) {
                    state.midSentence.add(w);
                }
            }
            for (org.dealgraph.nlp.Token w : words) {
                if (!w.text().isEmpty() && Character.isLowerCase(w.text().codePointAt(0))) {
                    state.lowerCase.add(w.text());
                }
            }
        }
        findPeople(sentences, state);
        List<SentenceView> views = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            checkpoint.run();
            views.add(analyse(s, article.published(), state));
        }
        return views;
    }

    /** A first pass over the article: capitalised two- or three-word names near a title or reused alone. */
    private void findPeople(List<Sentence> sentences, State state) {
        Map<String, Boolean> candidates = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        for (Sentence s : sentences) {
            String text = s.text();
            all.append(text).append('\n');
            List<Gazetteer.Hit> hits = gazetteer.find(text);
            Matcher m = PERSON_NAME.matcher(text);
            while (m.find()) {
                int start = m.start();
                String name = m.group();
                String[] words = name.split(" ");
                int skip = 0;
                while (skip < words.length && STOPWORDS.contains(words[skip])) {
                    start += words[skip].length() + 1;
                    skip++;
                }
                int end = m.end();
                if (skip > 0) {
                    // "Chair Lina M. Khan": the name read again from its first word, where a middle initial may follow
                    Matcher again = PERSON_NAME.matcher(text).region(start, text.length());
                    if (again.lookingAt() && again.end() > end) {
                        end = again.end();
                        words = text.substring(m.start(), end).split(" ");
                    }
                }
                if (words.length - skip < 2) {
                    continue;
                }
                name = text.substring(start, end);
                boolean orgLike = false;
                for (int i = skip; i < words.length; i++) {
                    orgLike |= ORG_WORDS.contains(words[i]) || STOPWORDS.contains(words[i]);
                }
                final int st = start;
                final int en = end;
                if (orgLike || hits.stream().anyMatch(h -> h.start() < en && h.end() > st)) {
                    continue;
                }
                String window = text.substring(Math.max(0, start - 45), Math.min(text.length(), end + 45));
                boolean cue = CUE.matcher(window).find();
                candidates.merge(name, cue, Boolean::logicalOr);
            }
        }
        for (Map.Entry<String, Boolean> c : candidates.entrySet()) {
            String name = c.getKey();
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            boolean reused = Pattern.compile("(?<![\\p{L}] )(?<![\\p{L}])" + Pattern.quote(surname) + "(?![\\p{L}])")
                    .matcher(all.toString().replace(name, "")).find();
            if (c.getValue() || reused) {
                EntityRef ref = gazetteer.bySurface(name).map(e -> e.ref(name))
                        .orElse(new EntityRef(Gazetteer.slug(name), name, name, EntityKind.PERSON));
                state.known.putIfAbsent(name, ref);
                if (gazetteer.bySurface(surname).isEmpty()) {
                    state.known.putIfAbsent(surname, ref);
                }
            }
        }
    }

    private SentenceView analyse(Sentence sentence, LocalDate published, State state) {
        String text = sentence.text();
        List<Mention> found = new ArrayList<>();
        Matcher m = Quantities.MONEY.matcher(text);
        while (m.find()) {
            Quantities.Money money = Quantities.money(m);
            String before = text.substring(0, m.start());
            found.add(new Mention(Mention.Kind.MONEY, m.start(), m.end(), null, money.usd() ? money.amount() : null,
                    Quantities.approximateBefore(before), Quantities.upToBefore(before), false));
        }
        m = Quantities.MONEY_WORDS.matcher(text);
        while (m.find()) {
            if (free(found, m.start(), m.end())) {
                Quantities.Money money = Quantities.money(m);
                String before = text.substring(0, m.start());
                found.add(new Mention(Mention.Kind.MONEY, m.start(), m.end(), null, money.usd() ? money.amount() : null,
                        Quantities.approximateBefore(before), Quantities.upToBefore(before), false));
            }
        }
        m = Quantities.PERCENT.matcher(text);
        while (m.find()) {
            if (free(found, m.start(), m.end())) {
                String before = text.substring(0, m.start());
                found.add(new Mention(Mention.Kind.PERCENT, m.start(), m.end(), null, new BigDecimal(m.group("num")),
                        Quantities.approximateBefore(before), Quantities.upToBefore(before), false));
            }
        }
        m = Quantities.FRACTION.matcher(text);
        while (m.find()) {
            if (free(found, m.start(), m.end())) {
                String before = text.substring(0, m.start());
                found.add(new Mention(Mention.Kind.PERCENT, m.start(), m.end(), null, Quantities.fractionPercent(m),
                        Quantities.approximateBefore(before), Quantities.upToBefore(before), false));
            }
        }
        for (DateResolver.Found d : DateResolver.find(text, published)) {
            if (free(found, d.start(), d.end())) {
                found.add(new Mention(Mention.Kind.DATE, d.start(), d.end(), null, d.iso(), false, false, false));
            }
        }
        for (Gazetteer.Hit h : gazetteer.find(text)) {
            if (free(found, h.start(), h.end())) {
                found.add(Mention.entity(h.entry().ref(text.substring(h.start(), h.end())), h.start(), h.end(), false));
            }
        }
        findGovernments(text, found, state);
        findUnknownNames(text, sentence.tokens(), found, state);
        for (Map.Entry<String, EntityRef> k : state.known.entrySet()) {
            if (!text.contains(k.getKey())) {
                continue;
            }
            Matcher km = state.patterns.computeIfAbsent(k.getKey(),
                    n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])")).matcher(text);
            while (km.find()) {
                if (free(found, km.start(), km.end())) {
                    EntityRef r = k.getValue();
                    found.add(Mention.entity(r.withSurface(km.group()), km.start(), km.end(), false));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        found.removeIf(f -> f.kind() == Mention.Kind.ORG && isReporter(text, f));
        // "the Fortune 500", "Model 3": an unknown name with a number after it names a list or a product
        found.removeIf(f -> f.kind() == Mention.Kind.ORG && !f.inferred() && f.entity() != null
                && gazetteer.byKey(f.entity().key()).isEmpty() && NUMBER_AFTER.matcher(text).region(f.end(), text.length()).lookingAt());
        withCorporateSuffixes(text, sentence.tokens(), found);
        findCoreference(text, sentence.tokens(), found, state);
        found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        remember(text, sentence.tokens(), found, state);
        return new SentenceView(sentence, found);
    }

    private static final Pattern ARM_AFTER = Pattern.compile(" ((?:Ventures|Capital|Investments|Growth|Foundation)(?: (?:Fund|Partners|Group))?)(?![\\p{L}\\p{N}])");
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            "Inc\\.?|Corp\\.?|Co\\.?|Ltd\\.?|LLC|L\\.L\\.C\\.|plc|PLC|AG|SA|S\\.A\\.|NV|N\\.V\\.|SE|Oyj|GmbH|Limited"
                    + "|Corporation|Incorporated|Holdings|Group");

    /**
     * An organisation's mention takes in the corporate suffix and its full stop that follow it ("Broadcom Corp.",
     * "Apple Inc., the iPhone maker"), so that a list of parties reads as a list and no stray "." ends the clause.
     */
    private static void withCorporateSuffixes(String text, List<org.dealgraph.nlp.Token> words, List<Mention> found) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.kind() != Mention.Kind.ORG || m.inferred()) {
                continue;
            }
            java.util.regex.Matcher arm = ARM_AFTER.matcher(text).region(m.end(), text.length());
            boolean armFound = arm.lookingAt() && i + 1 < found.size() && found.get(i + 1).start() == arm.start(1)
                    && found.get(i + 1).end() == arm.end(1) && found.get(i + 1).kind() == Mention.Kind.ORG;
            if (armFound) {
                // the arm's words were read as a name of their own ("Ventures"): they are the end of this one
                found.remove(i + 1);
            }
            if (arm.lookingAt() && (armFound || free(found, arm.start(1), arm.end(1)))) {
                // "Salesforce Ventures", "Google Capital": an investment arm is an organisation of its own
                String name = text.substring(m.start(), arm.end(1));
                EntityRef ref = new EntityRef(Gazetteer.slug(name), name, name, EntityKind.ORGANIZATION);
                m = Mention.entity(ref, m.start(), arm.end(1), false);
                found.set(i, m);
                continue;
            }
            if (i + 1 < found.size() && found.get(i + 1).kind() == Mention.Kind.ORG && !found.get(i + 1).inferred()
                    && found.get(i + 1).start() == m.end() + 1 && text.charAt(m.end()) == ' '
                    && java.util.Arrays.stream(text.substring(found.get(i + 1).start(), found.get(i + 1).end()).split(" "))
                    .allMatch(ORG_WORDS::contains)) {
                // "Uber Technologies": a known name and the company word after it are one name
                Mention next = found.remove(i + 1);
                m = new Mention(m.kind(), m.start(), next.end(), m.entity(), m.value(), m.approximate(), m.upTo(), false);
                found.set(i, m);
            }
            int end = m.end();
            for (int t = 0; t < words.size() - 1; t++) {
                org.dealgraph.nlp.Token w = words.get(t);
                if (w.start() < end) {
                    continue;
                }
                boolean adjacentDot = w.start() == end && w.text().equals(".") && CORPORATE_SUFFIX.matcher(
                        words.get(t - 1).text()).matches();
                boolean suffix = (w.start() == end + 1 || t + 1 < words.size() && w.text().equals(",") && w.start() == end)
                        && CORPORATE_SUFFIX.matcher(w.text().equals(",") ? words.get(t + 1).text() : w.text()).matches();
                if (adjacentDot) {
                    end = w.end();
                } else if (suffix) {
                    org.dealgraph.nlp.Token last = w.text().equals(",") ? words.get(t + 1) : w;
                    end = last.end();
                    int n = last.index() + 1;
                    if (n < words.size() - 1 && words.get(n).text().equals(".") && words.get(n).start() == end) {
                        end = words.get(n).end();
                    }
                }
                break;
            }
            int limit = i + 1 < found.size() ? found.get(i + 1).start() : Integer.MAX_VALUE;
            if (end > m.end() && end <= limit) {
                found.set(i, new Mention(m.kind(), m.start(), end, m.entity(), m.value(), m.approximate(), m.upTo(), false));
            }
        }
    }

    private void findUnknownNames(String text, List<org.dealgraph.nlp.Token> words, List<Mention> found, State state) {
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            List<int[]> tokens = new ArrayList<>();
            Matcher t = CAPITALISED_TOKEN.matcher(m.group());
            while (t.find()) {
                tokens.add(new int[]{m.start() + t.start(), m.start() + t.end()});
            }
            int i = 0;
            while (i < tokens.size()) {
                String word = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
                boolean orgAfter = i + 1 < tokens.size()
                        && ORG_WORDS.contains(text.substring(tokens.get(i + 1)[0], tokens.get(i + 1)[1]));
                boolean letterName = word.length() == 1 && !word.equals("A") && !word.equals("I") && i + 1 < tokens.size();
                if (STOPWORDS.contains(word) && !(TITLE_WORDS.contains(word) && orgAfter) || word.length() == 1 && !letterName
                        || word.matches(".*-\\p{Ll}.*")
                        || !free(found, tokens.get(i)[0], tokens.get(i)[1])) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size()) {
                    String next = text.substring(tokens.get(j + 1)[0], tokens.get(j + 1)[1]);
                    if (STOPWORDS.contains(next) && !ORG_WORDS.contains(next) || next.matches(".*-\\p{Ll}.*")
                            || !free(found, tokens.get(j + 1)[0], tokens.get(j + 1)[1])) {
                        break;
                    }
                    j++;
                }
                int start = tokens.get(i)[0];
                int end = tokens.get(j)[1];
                if (end - start > 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '’')) {
                    // "Zentrix Labs' chief executive": the apostrophe is the possessive, not part of the name
                    end--;
                }
                if (j + 1 < tokens.size() && text.substring(tokens.get(j + 1)[0], tokens.get(j + 1)[1]).endsWith("-based")) {
                    // "the San Diego-based chipmaker": the run is the start of a place
                    i = j + 2;
                    continue;
                }
                boolean sentenceInitial = text.substring(0, start).replaceAll("[\"“‘(\\s]", "").isEmpty();
                String name = text.substring(start, end);
                if (isPlace(name) && !state.known.containsKey(name)) {
                    i = j + 1;
                    continue;
                }
                if (sentenceInitial && i == j && !state.known.containsKey(name)
                        && state.lowerCase.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    // "Jurors returned a verdict": the article writes the word in lower case elsewhere.
                    i = j + 1;
                    continue;
                }
                if (sentenceInitial && i == j && !state.known.containsKey(name) && !state.midSentence.contains(name)
                        && (name.endsWith("ing") && tagged(words, start, end, "VERB") || name.endsWith("s") && (tagged(words, start, end, "NOUN") || pluralOfKnownNoun(words, start, end)))) {
                    // "Training runs on that infrastructure ...", "Shareholders of Initech approved ...": a gerund or a
                    // plural noun opening the sentence
                    i = j + 1;
                    continue;
                }
                if (!(sentenceInitial && i == j) || state.known.containsKey(name) || properNounStart(words, start, end)
                        || COORDINATED_NAME.matcher(text).region(end, text.length()).lookingAt()
                        || state.midSentence.contains(name) && !STOPWORDS.contains(name)
                        || ORG_CONTEXT_AFTER.matcher(text).region(tokens.get(j)[1], text.length()).lookingAt()) {
                    EntityRef ref = state.known.get(name);
                    if (ref == null) {
                        ref = mint(text, found, state, name, start, end, tokens.subList(i, j + 1));
                    }
                    found.add(Mention.entity(ref.withSurface(name), start, end, false));
                }
                i = j + 1;
            }
        }
    }

    /**
     * A single capitalised word opening a sentence is a name when the tagger reads it as a proper noun ("Globex sued
     * ..."), where an ordinary word is a noun, determiner or adverb ("Analysts said ...", "Shares rose ...").
     */
    /** "Shareholders", "Regulators": the plural of a word the rules know, whatever the tagger says. */
    private static boolean pluralOfKnownNoun(List<org.dealgraph.nlp.Token> words, int start, int end) {
        return words.stream().anyMatch(w -> w.start() == start && w.end() == end && (w.form() == org.dealgraph.nlp.Token.Form.PRESENT_S || w.form() == org.dealgraph.nlp.Token.Form.PLURAL)
                && !w.lemma().equals(w.lower()));
    }

    private static boolean tagged(List<org.dealgraph.nlp.Token> words, int start, int end, String pos) {
        return words.stream().anyMatch(w -> w.start() == start && w.end() == end && w.pos().equals(pos));
    }

    private static boolean properNounStart(List<org.dealgraph.nlp.Token> words, int start, int end) {
        for (int i = 0; i + 1 < words.size(); i++) {
            org.dealgraph.nlp.Token w = words.get(i);
            if (w.start() == start && w.end() == end) {
                return w.pos().equals("PROPN") && !isPlace(w.text());
            }
        }
        return false;
    }

    private static void flush(List<Mention> found, List<Mention> added) {
        found.addAll(added);
        added.clear();
        found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    }

    /**
     * Mints an entity for a name that is not on the reference list: a platform when it is a known company's
     * name followed by a platform word ("Vantor Cloud"), a product when a product noun introduces or follows it,
     * else an organisation, whose first word alone will also refer to it later ("Kestrel Robotics", "Kestrel").
     */
    /** A country's government as a party: "the US government", "the French government", "the UK administration". */
    private static final Pattern GOVERNMENT = Pattern.compile(
            "\\b(?!(?:The|A|An|Its|Their)\\b)(?<place>U\\.S\\.|US|UK|U\\.K\\.|EU|\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?) (?<noun>government|administration)\\b");

    private static void findGovernments(String text, List<Mention> found, State state) {
        Matcher m = GOVERNMENT.matcher(text);
        while (m.find()) {
            String place = m.group("place");
            boolean country = place.matches("U\\.?S\\.?|U\\.?K\\.?|EU") || isPlace(place);
            if (!country || !free(found, m.start(), m.end())) {
                continue;
            }
            String canonical = (place.replace(".", "").equals("US") ? "US" : place.replace(".", "")) + " government";
            EntityRef ref = state.known.computeIfAbsent(canonical,
                    n -> new EntityRef(Gazetteer.slug(n), n, n, EntityKind.ORGANIZATION));
            found.add(Mention.entity(ref.withSurface(m.group()), m.start(), m.end(), false));
        }
    }

    private EntityRef mint(String text, List<Mention> found, State state, String name, int start, int end, List<int[]> tokens) {
        EntityRef owner = null;
        if (tokens.size() >= 2 && PLATFORM_WORDS.contains(text.substring(tokens.get(tokens.size() - 1)[0], tokens.get(tokens.size() - 1)[1]))) {
            String ownerName = text.substring(start, tokens.get(tokens.size() - 2)[1]);
            owner = state.known.get(ownerName);
            if (owner == null) {
                owner = gazetteer.bySurface(ownerName).map(e -> e.ref(ownerName)).orElse(null);
            }
        }
        if (tokens.size() == 1 && name.matches("\\p{Lu}{2,5}")) {
            // "GE" after "General Electric", "WMG" after "Warner Music Group": an acronym of a name already read
            EntityRef full = byInitials(name, found, state);
            if (full != null) {
                state.known.put(name, full);
                return full;
            }
        }
        boolean platform = owner != null && owner.kind() == EntityKind.ORGANIZATION;
        boolean product = !platform && looksLikeProduct(text, start, end);
        EntityRef ref = new EntityRef(Gazetteer.slug(name), name, name,
                platform ? EntityKind.PLATFORM : product ? EntityKind.PRODUCT : EntityKind.ORGANIZATION);
        state.known.put(name, ref);
        if (platform) {
            state.owners.putIfAbsent(ref.key(), owner);
        } else if (product) {
            EntityRef possessor = possessiveOwner(text, found, start);
            if (possessor != null) {
                state.owners.putIfAbsent(ref.key(), possessor);
            }
        } else if (tokens.size() >= 2) {
            String first = text.substring(tokens.get(0)[0], tokens.get(0)[1]);
            if (!ORG_WORDS.contains(first) && gazetteer.bySurface(first).isEmpty() && first.length() > 2 && !isPlace(first)) {
                state.known.putIfAbsent(first, ref);
            }
        }
        return ref;
    }

    /** The organisation named so far in the article whose name's initials are {@code acronym}, or null. */
    private static EntityRef byInitials(String acronym, List<Mention> found, State state) {
        List<EntityRef> candidates = new ArrayList<>();
        for (Mention m : found) {
            if (m.kind() == Mention.Kind.ORG && m.entity() != null) {
                candidates.add(m.entity());
            }
        }
        candidates.addAll(state.orgHistory);
        candidates.addAll(state.known.values());
        for (EntityRef r : candidates) {
            if (r.kind() == EntityKind.ORGANIZATION && initials(r.name()).equals(acronym)) {
                return r;
            }
        }
        return null;
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        String[] words = name.split("[ -]+");
        if (words.length < 2) {
            return "";
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** A new name is a product when a product noun introduces or follows it ("its new chip Aurelia", "Aurelia chips"). */
    private static boolean looksLikeProduct(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 80), start);
        String after = text.substring(end, Math.min(text.length(), end + 40));
        return PRODUCT_BEFORE.matcher(before).find() || PRODUCT_AFTER.matcher(after).lookingAt();
    }

    /**
     * "it" as the subject of a verb ("it invested", "it will also hold", "it said"): the next word, after at most
     * two adverbs, is a verb or an auxiliary. "bought it", "it is" before an adjective of weather and the like are
     * passed over by the resolver, which needs an organisation before.
     */
    private static boolean isSubjectIt(List<org.dealgraph.nlp.Token> words, int i) {
        if (!words.get(i).lower().equals("it")) {
            return false;
        }
        for (int j = i + 1; j < words.size() && j <= i + 3; j++) {
            String pos = words.get(j).pos();
            if (pos.equals("VERB") || pos.equals("AUX")) {
                return true;
            }
            if (!pos.equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /** A quotation and who said it: "'We ...,' said Jane Doe, Globex's chief executive", "'We ...,' Globex said". */
    private static final Pattern QUOTE_THEN_SPEAKER = Pattern.compile(
            "^[\"“]([^\"”]+)[\"”],? (?:said|says|added|explained|told [^,.]{1,40}?)\\b|^[\"“]([^\"”]+)[\"”],? (?=[^,.]{1,60}?\\b(?:said|says|added)\\b)");
    private static final Pattern WE = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|[Uu]s)\\b");

    /**
     * "We" and "our" in a quotation stand for the organisation of its speaker: the first organisation named after the
     * quotation closes, in "said Jane Doe, Globex's chief executive" or "Globex said".
     */
    private static void speakersWe(String text, List<Mention> found, List<Mention> added) {
        Matcher q = QUOTE_THEN_SPEAKER.matcher(text);
        if (!q.find()) {
            return;
        }
        int group = q.group(1) != null ? 1 : 2;
        int quoteEnd = q.end(group);
        EntityRef speaker = null;
        for (Mention f : found) {
            if (f.kind() == Mention.Kind.ORG && f.start() > quoteEnd && f.start() - quoteEnd < 90 && f.entity() != null) {
                speaker = f.entity();
                break;
            }
        }
        if (speaker == null) {
            return;
        }
        Matcher we = WE.matcher(text).region(q.start(group), quoteEnd);
        while (we.find()) {
            if (!free(found, we.start(), we.end())) {
                continue;
            }
            boolean possessive = we.group().equalsIgnoreCase("our");
            added.add(new Mention(Mention.Kind.ORG, we.start(), we.end(), speaker.withSurface(we.group()),
                    possessive ? "'s" : null, false, false, true));
        }
        flush(found, added);
    }

    /** Verbs whose first object receives what the second names: "gives it 49%", "made it the exclusive provider". */
    private static final Set<String> GIVING = Set.of("give", "make", "hand", "grant", "leave", "earn");

    /** "it" as the receiving object of a giving verb, not its subject: "that gives it 49% of the company". */
    private static boolean isBeneficiaryIt(List<org.dealgraph.nlp.Token> words, int i) {
        if (i == 0 || !words.get(i).lower().equals("it") || i + 1 >= words.size()) {
            return false;
        }
        String before = words.get(i - 1).lemma();
        String after = words.get(i + 1).lower();
        // "will provide it with computing capacity"
        boolean providing = PROVIDING.contains(before) && after.equals("with");
        return (GIVING.contains(before) || providing) && !words.get(i + 1).pos().equals("VERB") && !words.get(i + 1).pos().equals("AUX")
                && !words.get(i + 1).pos().equals("PUNCT");
    }

    private static final Set<String> PROVIDING = Set.of("provide", "supply", "furnish", "equip");

    /**
     * Who "it" is after a giving verb ({@code words[i - 1]}): not the verb's own subject. A verb right after an
     * organisation ("Initech will provide it with capacity") has that one as its subject, and "it" is the nearest
     * other organisation before; an infinitive ("Initech signed a deal with Globex to supply it") has the sentence's
     * subject, and "it" is the nearest other one; otherwise ("an investment that gives it 49%") the sentence's subject.
     */
    private static EntityRef receiver(List<org.dealgraph.nlp.Token> words, int i, List<Mention> before) {
        int verb = i - 1;
        int k = verb - 1;
        while (k >= 0 && (words.get(k).pos().equals("AUX") || words.get(k).pos().equals("ADV") || words.get(k).pos().equals("PART")
                && !words.get(k).lower().equals("to"))) {
            k--;
        }
        EntityRef first = firstOrganisation(before, words.get(verb).start());
        EntityRef subject = null;
        if (k >= 0 && words.get(k).lower().equals("to")) {
            subject = first;
        } else if (k >= 0) {
            for (Mention m : before) {
                if (m.kind() == Mention.Kind.ORG && m.entity() != null && m.end() == words.get(k).end()) {
                    subject = m.entity();
                }
            }
        }
        if (subject == null) {
            return first;
        }
        for (int j = before.size() - 1; j >= 0; j--) {
            Mention m = before.get(j);
            if (m.kind() == Mention.Kind.ORG && m.entity() != null && m.end() <= words.get(verb).start()
                    && !m.entity().key().equals(subject.key())) {
                return m.entity();
            }
        }
        return null;
    }

    /** The first organisation named in the sentence before {@code pos}, or null. */
    private static EntityRef firstOrganisation(List<Mention> found, int pos) {
        for (Mention m : found) {
            if (m.kind() == Mention.Kind.ORG && m.end() <= pos && m.entity() != null) {
                return m.entity();
            }
        }
        return null;
    }

    /** The organisation named with a possessive shortly before {@code pos} ("Nvidia's new chip ..."). */
    private static EntityRef possessiveOwner(String text, List<Mention> found, int pos) {
        EntityRef owner = null;
        for (Mention m : found) {
            if (m.kind() == Mention.Kind.ORG && m.end() <= pos && pos - m.end() < 60
                    && (text.startsWith("'s", m.end()) || text.startsWith("’s", m.end()))) {
                owner = m.entity();
            }
        }
        return owner;
    }

    private void findCoreference(String text, List<org.dealgraph.nlp.Token> words, List<Mention> found, State state) {
        List<Mention> added = new ArrayList<>();
        Matcher m = PRODUCT_OWNER.matcher(text);
        while (m.find()) {
            for (Mention p : found) {
                if (p.kind() == Mention.Kind.PRODUCT && p.start() == m.start(1) && p.end() == m.end(1)) {
                    EntityRef owner = gazetteer.parent(p.entity()).orElse(null);
                    if (owner != null) {
                        found.remove(p);
                        added.add(Mention.entity(owner.withSurface(m.group()), m.start(), m.end(), true));
                    }
                    break;
                }
            }
        }
        found.addAll(added);
        added.clear();
        m = PAIR.matcher(text);
        while (m.find()) {
            if (!free(found, m.start(), m.end())) {
                continue;
            }
            List<EntityRef> pair = lastDistinct(found, m.start(), state, 2);
            if (pair.size() == 2) {
                added.add(Mention.entity(pair.get(1).withSurface(m.group()), m.start(), m.end(), true));
                added.add(new Mention(Mention.Kind.ORG, m.end(), m.end(), pair.get(0).withSurface(m.group()), "and",
                        false, false, true));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (isBeneficiaryIt(words, i)) {
                // "an investment in Initech that gives it 49%": who "it" receives something is the sentence's subject
                List<Mention> before = new ArrayList<>(found);
                before.addAll(added);
                before.sort(Comparator.comparingInt(Mention::start));
                EntityRef subject = receiver(words, i, before);
                if (subject != null) {
                    org.dealgraph.nlp.Token it = words.get(i);
                    added.add(Mention.entity(subject.withSurface(it.text()), it.start(), it.end(), true));
                }
                continue;
            }
            if (isSubjectIt(words, i)) {
                org.dealgraph.nlp.Token it = words.get(i);
                List<Mention> known = new ArrayList<>(found);
                known.addAll(added);
                known.sort(Comparator.comparingInt(Mention::start));
                EntityRef ref = itReference(text, known, it.start(), state);
                if (ref != null) {
                    added.add(Mention.entity(ref.withSurface(it.text()), it.start(), it.end(), true));
                }
            }
        }
        flush(found, added);
        m = ORG_NOUN.matcher(text);
        while (m.find()) {
            if (!free(found, m.start(), m.end()) || !free(added, m.start(), m.end())
                    || NAME_FOLLOWS.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            EntityRef ref = described(m.group(), found, m.start(), state);
            if (ref == null && JOINT_VENTURE.matcher(m.group()).matches()) {
                // "the joint venture" the article has not named: a company of its own, never one of its parents
                ref = new EntityRef("joint-venture", "joint venture", m.group(), EntityKind.ORGANIZATION);
            }
            if (ref == null && !hasOrgBefore(found, m.start()) && state.topic != null
                    && GENERIC_ORG_NOUN.matcher(m.group()).matches()) {
                // "the company" before any other organisation of its sentence: the one the sentences before were about
                ref = state.topic;
            }
            if (ref == null) {
                ref = antecedent(text, found, m.start(), state, true);
            }
            if (ref != null && !hasOrgBefore(found, m.start()) && namedLater(found, ref, m.end(), clauseEnd(text, m.end()))) {
                ref = otherAntecedent(found, m.end(), clauseEnd(text, m.end()), state, ref, m.group());
            }
            if (ref != null) {
                added.add(Mention.entity(ref.withSurface(m.group()), m.start(), m.end(), true));
            }
        }
        flush(found, added);
        speakersWe(text, found, added);
        m = ITS.matcher(text);
        while (m.find()) {
            EntityRef ref = possessor(text, found, m.start(), m.end(), state);
            if (ref != null) {
                added.add(new Mention(Mention.Kind.ORG, m.start(), m.end(), ref.withSurface(m.group()), "'s",
                        false, false, true));
            }
        }
        m = SERVICE.matcher(text);
        while (m.find()) {
            EntityRef platform = null;
            for (Mention f : found) {
                if (f.kind() == Mention.Kind.PLATFORM && f.end() <= m.start()) {
                    platform = f.entity();
                }
            }
            platform = platform != null ? platform : state.platformHistory;
            if (platform != null) {
                added.add(Mention.entity(platform.withSurface(m.group()), m.start(), m.end(), true));
            }
        }
        found.addAll(added);
    }

    /**
     * The nearest organisation before {@code pos}. When that organisation is the subject of the same simple
     * clause ("X invested in the company"), the phrase means another one: the nearest other organisation of the
     * sentence before it, else the latest other organisation of the article so far. Organisations that only
     * qualify a person's title ("GitHub chief executive") are passed over.
     */
    private EntityRef antecedent(String text, List<Mention> found, int pos, State state, boolean skipSubject) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Mention c = found.get(i);
            if (c.kind() != Mention.Kind.ORG || c.end() > pos || TITLE_AFTER.matcher(text.substring(c.end())).find()) {
                continue;
            }
            Matcher describing = DESCRIBING_OF.matcher(text.substring(0, c.start()));
            if (describing.find() && text.startsWith(",", c.end())
                    && found.stream().anyMatch(o -> o.kind() == Mention.Kind.ORG && o.end() == describing.start())) {
                // "Initech, the digital arm of Globex, ...": Globex only describes Initech
                continue;
            }
            String between = text.substring(c.end(), pos);
            boolean modifier = text.substring(0, c.start()).matches("(?s).*\\b(?:of|at|for|from) (?:the )?$");
            if (skipSubject && LOWER_WORDS.matcher(between).matches() && !modifier) {
                EntityRef skipped = c.entity();
                for (int j = i - 1; j >= 0; j--) {
                    Mention f = found.get(j);
                    if (f.kind() == Mention.Kind.ORG && f.entity() != null && !f.entity().key().equals(skipped.key())) {
                        return f.entity();
                    }
                }
                for (int h = state.orgHistory.size() - 1; h >= 0; h--) {
                    if (!state.orgHistory.get(h).key().equals(skipped.key())) {
                        return state.orgHistory.get(h);
                    }
                }
                return null;
            }
            return c.entity();
        }
        return state.orgHistory.isEmpty() ? null : state.orgHistory.get(state.orgHistory.size() - 1);
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,? (?:and|but|while|whereas|although|though) ");

    private static int clauseEnd(String text, int pos) {
        Matcher m = CLAUSE_BREAK.matcher(text);
        return m.find(pos) ? m.start() : text.length();
    }

    private static boolean hasOrgBefore(List<Mention> found, int pos) {
        for (Mention f : found) {
            if (f.kind() == Mention.Kind.ORG && f.end() <= pos) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code ref} is named (not inferred) in {@code [pos, to)} of the sentence. */
    private static boolean namedLater(List<Mention> found, EntityRef ref, int pos, int to) {
        for (Mention f : found) {
            if (f.kind() == Mention.Kind.ORG && !f.inferred() && f.start() >= pos && f.end() <= to && f.entity().key().equals(ref.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun phrase such as "the lab" does not stand for an organisation the same sentence goes on to name
     * ("The lab committed to buy $N of X cloud services" is not about X): the latest other organisation of the
     * article that the clause does not name, one whose name holds the noun first ("the lab", "Quasar Labs"), or
     * {@code null}.
     */
    private static EntityRef otherAntecedent(List<Mention> found, int pos, int to, State state, EntityRef rejected, String phrase) {
        String head = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        EntityRef latest = null;
        for (int h = state.orgHistory.size() - 1; h >= 0; h--) {
            EntityRef r = state.orgHistory.get(h);
            if (r.key().equals(rejected.key()) || namedLater(found, r, pos, to)) {
                continue;
            }
            if (r.name().toLowerCase(Locale.ROOT).contains(head)) {
                return r;
            }
            if (latest == null) {
                latest = r;
            }
        }
        return latest;
    }

    /**
     * What "its" refers to: the nearest organisation before it, unless that is the subject of a copula or an
     * apposition ("X is among its investors", "X, its largest investor"); a possessor ("Y's models to its
     * customers") only when nothing else fits; else the subject of the previous sentence.
     */
    private static final Pattern OBJECT_THEN_ITS = Pattern.compile("\\s+(?:as|to|for|into|onto|with|on|in)\\s+");
    /** A verb phrase between a subject and its object: lower-case words, an auxiliary or adverb or two. */
    private static final Pattern VERB_PHRASE_BETWEEN = Pattern.compile("\\s+(?:[a-z]+\\s+){0,3}?[a-z]+(?:ed|s)?\\s+(?:the\\s+)?");

    private EntityRef possessor(String text, List<Mention> found, int start, int end, State state) {
        boolean own = text.startsWith(" own", end);
        EntityRef possessiveFallback = null;
        for (int i = found.size() - 1; i >= 0; i--) {
            Mention c = found.get(i);
            if (c.kind() != Mention.Kind.ORG || c.end() > start) {
                continue;
            }
            String between = text.substring(c.end(), start);
            if (between.startsWith("'s") || between.startsWith("’s") || between.startsWith("' ") || between.startsWith("’ ")) {
                if (possessiveFallback == null) {
                    possessiveFallback = c.entity();
                }
                continue;
            }
            if (!own && COPULA_BETWEEN.matcher(between).find()) {
                continue;
            }
            EntityRef outer = heldInRelativeClause(text, found, c);
            if (outer != null && between.startsWith(",")) {
                // "Initech, which is majority owned by Globex, licenses its patents": the clause's subject's
                return outer;
            }
            if (OBJECT_THEN_ITS.matcher(between).matches()) {
                // "Globex picked Initech as its cloud provider": "its" is the subject's, not the object's
                for (int j = 0; j < i; j++) {
                    Mention subject = found.get(j);
                    if (subject.kind() == Mention.Kind.ORG && !subject.entity().key().equals(c.entity().key())
                            && VERB_PHRASE_BETWEEN.matcher(text.substring(subject.end(), c.start())).matches()) {
                        return subject.entity();
                    }
                }
            }
            return c.entity();
        }
        return possessiveFallback != null ? possessiveFallback : state.previousSubject;
    }


    /**
     * The organisation a relative clause holding {@code c} describes ("Initech, which is owned by Globex,": Initech
     * for Globex), or null when {@code c} is not in such a clause.
     */
    private static EntityRef heldInRelativeClause(String text, List<Mention> found, Mention c) {
        Matcher open = Rules.RELATIVE_OPENING.matcher(text.substring(0, c.start()));
        if (!open.find()) {
            return null;
        }
        for (Mention o : found) {
            if (o.kind() == Mention.Kind.ORG && o.end() == open.start() && o.entity() != null && !o.entity().key().equals(c.entity().key())) {
                return o.entity();
            }
        }
        return null;
    }

    /** What the subject pronoun "it" refers to: "X said it", the nearest organisation, or the last subject. */
    private static final Pattern AND_BEFORE = Pattern.compile(",? and (?:then |also |later )?$");
    /** A reporting verb just before a clause: "said on Tuesday that", "announced that". */
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:said|says|announced|announces|confirmed|confirms|disclosed|discloses|added|noted|stated|revealed)"
                    + "(?: (?:on|last|this|late|early) \\p{L}+(?: \\p{L}+)?)?(?: that)? $");

    private EntityRef itReference(String text, List<Mention> found, int pos, State state) {
        if (AND_BEFORE.matcher(text.substring(0, pos)).find()) {
            // "Last year it invested $100 million in Nordpeak, a drone maker, and it signed a cloud deal": the subject
            // of a second clause joined by "and" is the subject of the first
            EntityRef subject = firstOrganisation(found, pos);
            if (subject != null) {
                return subject;
            }
        }
        Matcher reported = REPORTED.matcher(text.substring(0, pos));
        if (reported.find()) {
            // "Globex, the maker of X whose products are used by Y, said on Tuesday that it ...": the one who said it
            EntityRef speaker = firstOrganisation(found, reported.start());
            if (speaker != null) {
                return speaker;
            }
        }
        EntityRef nearest = null;
        for (Mention c : found) {
            if (c.kind() == Mention.Kind.ORG && c.end() <= pos) {
                nearest = c.entity();
            }
        }
        return nearest != null ? nearest : state.previousSubject;
    }

    private static boolean hasEarlierOrg(List<Mention> found, int index) {
        for (int i = 0; i < index; i++) {
            if (found.get(i).kind() == Mention.Kind.ORG) {
                return true;
            }
        }
        return false;
    }

    private List<EntityRef> lastDistinct(List<Mention> found, int pos, State state, int n) {
        List<EntityRef> out = new ArrayList<>();
        for (int i = found.size() - 1; i >= 0 && out.size() < n; i--) {
            Mention c = found.get(i);
            if (c.kind() == Mention.Kind.ORG && c.end() <= pos && out.stream().noneMatch(r -> r.key().equals(c.entity().key()))) {
                out.add(c.entity());
            }
        }
        for (int h = state.orgHistory.size() - 1; h >= 0 && out.size() < n; h--) {
            EntityRef r = state.orgHistory.get(h);
            if (out.stream().noneMatch(o -> o.key().equals(r.key()))) {
                out.add(r);
            }
        }
        return out;
    }

    private void remember(String text, List<org.dealgraph.nlp.Token> words, List<Mention> found, State state) {
        learnDescriptors(text, found, state);
        // the organisation the sentence is about: one named before its first verb ("Canva's value has risen"), else
        // the one the sentences before were about ("That price tag puts it above Telstra")
        int verb = text.length();
        for (org.dealgraph.nlp.Token w : words) {
            if ((w.pos().equals("VERB") || w.pos().equals("AUX")) && free(found, w.start(), w.end())) {
                verb = w.start();
                break;
            }
        }
        for (Mention f : found) {
            if (f.kind() == Mention.Kind.ORG && f.end() <= verb && f.entity() != null) {
                state.topic = f.entity();
                break;
            }
        }
        EntityRef subject = null;
        for (Mention f : found) {
            if (f.kind() == Mention.Kind.PLATFORM) {
                state.platformHistory = f.entity();
            }
            if (f.kind() != Mention.Kind.ORG) {
                continue;
            }
            if (subject == null) {
                subject = f.entity();
            }
            state.orgHistory.add(f.entity());
        }
        if (subject != null) {
            state.previousSubject = subject;
        }
    }

    /** An apposition after a name ("Nokia, the Finnish network equipment maker,") or a noun before it ("chipmaker Nvidia"). */
    private static final Pattern DESCRIPTOR_AFTER = Pattern.compile("^,? (?:a|an|the) ((?:[\\p{L}-]+ ){0,4}?[\\p{Ll}-]+)(?=[,.;)]|$| (?:that|which|who|based|with|in|of|for)\\b)");
    private static final Pattern DESCRIPTOR_BEFORE = Pattern.compile("(?:^|\\b(?:the|a|an|rival|its|fellow) )((?:[\\p{Ll}-]+ ){1,3})$");
    /** Words that describe any organisation: they cannot tell one from another. */
    private static final Set<String> GENERIC = Set.of("the", "a", "an", "company", "companies", "firm", "business", "group",
            "organisation", "organization", "its", "their", "of", "and", "new", "two", "other", "that", "which", "is", "was");

    private void learnDescriptors(String text, List<Mention> found, State state) {
        for (Mention f : found) {
            if (f.kind() != Mention.Kind.ORG || f.entity() == null) {
                continue;
            }
            if (f.inferred()) {
                // A descriptive reference, once resolved, describes its organisation for the next one ("the lab").
                String surface = text.substring(f.start(), f.end());
                if (surface.regionMatches(true, 0, "the ", 0, 4)) {
                    state.descriptors.computeIfAbsent(f.entity().key(), k -> new java.util.HashSet<>())
                            .addAll(descriptorWords(surface));
                }
                continue;
            }
            // The reference list's description is added where a reference is resolved (described), not stored here.
            java.util.Set<String> words = state.descriptors.computeIfAbsent(f.entity().key(), k -> new java.util.HashSet<>());
            Matcher after = DESCRIPTOR_AFTER.matcher(text.substring(f.end()));
            if (after.find()) {
                words.addAll(descriptorWords(after.group(1)));
            }
            Matcher before = DESCRIPTOR_BEFORE.matcher(text.substring(0, f.start()));
            if (before.find()) {
                words.addAll(descriptorWords(before.group(1)));
            }
        }
    }

    private static List<String> descriptorWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
            if (w.length() > 2 && !GENERIC.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The organisation a descriptive reference ("the chipmaker", "the Finnish company") points to: the most recently
     * named one that the article or the reference list describes with one of its words, or null.
     */
    private static EntityRef described(String phrase, List<Mention> found, int pos, State state) {
        List<String> keys = descriptorWords(phrase);
        if (keys.isEmpty()) {
            return null;
        }
        List<EntityRef> recent = new ArrayList<>();
        for (int i = found.size() - 1; i >= 0; i--) {
            Mention c = found.get(i);
            if (c.kind() == Mention.Kind.ORG && c.end() <= pos && c.entity() != null) {
                recent.add(c.entity());
            }
        }
        for (int h = state.orgHistory.size() - 1; h >= 0; h--) {
            recent.add(state.orgHistory.get(h));
        }
        for (EntityRef candidate : recent) {
            java.util.Set<String> words = new java.util.HashSet<>(state.descriptors.getOrDefault(candidate.key(), Set.of()));
            // its own name's words: "Deutsche Bank" is "the bank", "Sony Group" is "the group"
            for (String w : candidate.name().split(" ")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
            if (candidate.description() != null) {
                words.addAll(descriptorWords(candidate.description()));
            }
            for (String k : keys) {
                for (String w : words) {
                    if (w.equals(k) || w.length() >= 4 && k.length() >= 4 && (w.startsWith(k) || k.startsWith(w))) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /** A news organisation cited as the source of a statement ("X reported that", "according to X"). */
    private static boolean isReporter(String text, Mention m) {
        // "according to Globex chief scientist Jane Doe" quotes a person of the company, not a news source
        boolean titleAfter = TITLE_AFTER.matcher(text.substring(m.end())).find();
        return REPORTER_AFTER.matcher(text.substring(m.end())).find()
                || !titleAfter && text.substring(Math.max(0, m.start() - 14), m.start()).toLowerCase(Locale.ROOT).contains("according to")
                || !titleAfter && text.substring(Math.max(0, m.start() - 5), m.start()).equals("told ");
    }

    private static boolean free(List<Mention> found, int start, int end) {
        for (Mention f : found) {
            if (f.overlaps(start, end)) {
                return false;
            }
        }
        return true;
    }
}
