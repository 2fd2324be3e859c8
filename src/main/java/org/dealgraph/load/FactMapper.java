package org.dealgraph.load;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.DealgraphException;
import org.dealgraph.article.Article;
import org.dealgraph.fact.EntityKind;
import org.dealgraph.fact.EntityRef;
import org.dealgraph.fact.Evidence;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.dealgraph.vocab.Prefixes;
import org.dealgraph.vocab.Prov;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps the facts read from one article to the contents of the article's named graph. Pure: no I/O, no
 * transactions; the same input always gives the same triples (every node is an IRI, none is blank).
 *
 * <p>What one call produces:
 * <ul>
 *   <li>the article: {@code dg:Article}, {@code schema:headline}, {@code schema:datePublished} (xsd:date),
 *       {@code schema:publisher} (an organization), {@code schema:url} (where it was published, when known),
 *       {@code schema:text}, {@code dcterms:identifier};</li>
 *   <li>one node per fact (but a valuation without an amount, which states no figure), typed with its fact class,
 *       with {@code dg:Deal} when that class is a commercial deal, and with {@code dg:Fact}; with a role property per
 *       core party and entity attribute and a value per attribute (see {@link #propertyOf(String)}); amounts are
 *       {@code schema:MonetaryAmount} nodes in USD carrying the {@code dg:upTo} flag (an {@code upTo} without an
 *       amount qualifies nothing and is not mapped); codes are SKOS concepts; a revenue share's {@code active}
 *       flag becomes the status {@code dg:active} or {@code dg:ended};</li>
 *   <li>the entities: typed by kind, {@code rdfs:label} the canonical name, {@code skos:altLabel} each
 *       different surface form, {@code dcterms:identifier} the key, and {@code schema:description} (an
 *       {@code @en} literal) the reference list's description, when the entity has one;</li>
 *   <li>provenance: {@code prov:wasDerivedFrom} the article, {@code dg:confidence}, and {@code dg:evidence}: an
 *       {@code oa:SpecificResource} ({@code <deal>#evidence}) with a text-position and a text-quote selector
 *       ({@code <deal>#position}, {@code <deal>#quote}) and {@code dg:sentenceIndex}; the position's
 *       {@code oa:start} and {@code oa:end} count Unicode code points of the article text, as the Web Annotation
 *       model requires (the extractor's offsets, UTF-16 units, are converted);</li>
 *   <li>supersession: {@code A dg:supersededBy B} and {@code B dg:supersedes A} when A and B have the same
 *       type and the same core parties, A is no longer in force (status superseded or ended) and B is (status
 *       active, or no status stated).</li>
 *   <li>dates of changes: a deal no longer in force gets {@code dg:endedOn} and a deal that supersedes another
 *       gets {@code dg:startDate}, both the date of the article's agreement between exactly the deal's core parties
 *       (the latest, if several), or else the article's publication date; nothing when the article gives neither.</li>
 * </ul>
 */
public final class FactMapper {
    private static final String USD = "USD";

    private static final Map<FactType, Resource> DEAL_CLASS = new EnumMap<>(Map.ofEntries(
            Map.entry(FactType.INVESTMENT, DG.Investment),
            Map.entry(FactType.STAKE, DG.Stake),
            Map.entry(FactType.LICENCE, DG.Licence),
            Map.entry(FactType.HOSTING_RIGHT, DG.HostingRight),
            Map.entry(FactType.CLOUD_PARTNERSHIP, DG.CloudPartnership),
            Map.entry(FactType.PURCHASE_COMMITMENT, DG.PurchaseCommitment),
            Map.entry(FactType.REVENUE_SHARE, DG.RevenueShare),
            Map.entry(FactType.AVAILABILITY, DG.Availability),
            Map.entry(FactType.PARTNERSHIP, DG.Partnership),
            Map.entry(FactType.CO_DEVELOPMENT, DG.CoDevelopment),
            Map.entry(FactType.LEGAL_DISPUTE, DG.LegalDispute),
            Map.entry(FactType.AGREEMENT, DG.Agreement),
            Map.entry(FactType.ACQUISITION, DG.Acquisition),
            Map.entry(FactType.VALUATION, DG.Valuation),
            Map.entry(FactType.ROLE, DG.Role)));

    /** Field name of the deal-facts format to property; the same name means the same thing in every type. */
    private static final Map<String, Property> PROPERTY = Map.ofEntries(
            // core roles
            Map.entry("investor", DG.investor), Map.entry("investee", DG.investee),
            Map.entry("holder", DG.holder), Map.entry("company", DG.company),
            Map.entry("licensor", DG.licensor), Map.entry("licensee", DG.licensee),
            Map.entry("grantor", DG.grantor), Map.entry("host", DG.host),
            Map.entry("customer", DG.customer), Map.entry("provider", DG.provider),
            Map.entry("buyer", DG.buyer), Map.entry("seller", DG.seller),
            Map.entry("payer", DG.payer), Map.entry("payee", DG.payee),
            Map.entry("product", DG.product), Map.entry("platform", DG.platform),
            Map.entry("party1", DG.party), Map.entry("party2", DG.party),
            Map.entry("claimant", DG.claimant), Map.entry("respondent", DG.respondent),
            Map.entry("acquirer", DG.acquirer), Map.entry("target", DG.target),
            Map.entry("person", DG.person), Map.entry("organization", DG.organization),
            // attributes
            Map.entry("amountUSD", DG.amount), Map.entry("upTo", DG.upTo),
            Map.entry("percent", DG.percent), Map.entry("approximate", DG.approximate),
            Map.entry("date", DG.date), Map.entry("endDate", DG.endDate), Map.entry("until", DG.endDate),
            Map.entry("endCondition", DG.endCondition),
            Map.entry("exclusive", DG.exclusive), Map.entry("primary", DG.primary),
            Map.entry("firstLaunch", DG.firstLaunch), Map.entry("rightOfFirstRefusal", DG.rightOfFirstRefusal),
            Map.entry("capped", DG.capped),
            Map.entry("subject", DG.subject), Map.entry("what", DG.subject), Map.entry("technology", DG.subject),
            Map.entry("purpose", DG.purpose), Map.entry("title", DG.title),
            Map.entry("status", DG.status), Map.entry("kind", DG.agreementKind),
            Map.entry("active", DG.status));

    /** The fact types whose classes are directly below {@code dg:Fact}, beside {@code dg:Deal}. */
    private static final Set<FactType> NOT_DEALS = java.util.EnumSet.of(FactType.STAKE, FactType.VALUATION,
            FactType.ROLE, FactType.LEGAL_DISPUTE, FactType.AVAILABILITY);

    private static final Set<String> NOT_IN_FORCE = Set.of("superseded", "ended");

    private final Iris iris;

    public FactMapper(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /**
     * The property a field of the deal-facts format maps to. Several fields may share a property
     * ({@code party1}/{@code party2}: {@code dg:party}; {@code endDate}/{@code until}: {@code dg:endDate};
     * {@code subject}/{@code what}/{@code technology}: {@code dg:subject}; a revenue share's {@code active}:
     * {@code dg:status}).
     *
     * @throws DealgraphException for a field no fact type has
     */
    public static Property propertyOf(String field) {
        Property p = PROPERTY.get(field);
        if (p == null) {
            throw new DealgraphException("No RDF property for the fact field '" + field
                    + "'; add it to FactMapper and to the ontology");
        }
        return p;
    }

    /** The fact class of a fact type; its local name and its {@code skos:notation} are {@link FactType#jsonName()}. */
    public static Resource classOf(FactType type) {
        return DEAL_CLASS.get(type);
    }

    /**
     * Whether the class of a fact type is below {@code dg:Deal}: a commercial arrangement, not a stake, a valuation, a
     * role, a legal dispute or an availability (which are facts beside the deals).
     */
    public static boolean isDeal(FactType type) {
        return !NOT_DEALS.contains(type);
    }

    /**
     * The complete contents of the article's named graph (whose IRI is {@link Iris#article(String)}).
     *
     * @throws DealgraphException when evidence lies outside the article text
     */
    public Model toModel(Article article, List<Fact> read) {
        List<Fact> facts = read.stream().filter(FactMapper::statesSomething).toList();
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.standard());
        Resource articleNode = mapArticle(model, article);

        List<String> dealIris = mintDealIris(article.id(), facts);
        for (int i = 0; i < facts.size(); i++) {
            mapFact(model, article, articleNode, facts.get(i), model.createResource(dealIris.get(i)));
        }
        linkSupersession(model, facts, dealIris);
        dateChanges(model, article, facts, dealIris);
        return model;
    }

    /**
     * Whether a fact says enough to be a node of its class: a valuation without an amount (the deal-facts format holds
     * amounts in US dollars only, so "valued at 11.7 billion euros" gives none) names no figure, and the ontology
     * requires one; it is not mapped. Every other fact is.
     */
    static boolean statesSomething(Fact fact) {
        return fact.type() != FactType.VALUATION || fact.values().get("amountUSD") != null;
    }

    private Resource mapArticle(Model model, Article article) {
        Resource node = model.createResource(iris.article(article.id()))
                .addProperty(RDF.type, DG.Article)
                .addProperty(DCTerms.identifier, article.id())
                .addProperty(SchemaDO.headline, article.headline())
                .addProperty(SchemaDO.text, article.text());
        article.publishedDate().ifPresent(date ->
                node.addLiteral(SchemaDO.datePublished, model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate)));
        article.sourceAddress().ifPresent(address -> node.addProperty(SchemaDO.url, model.createResource(address)));
        article.publisherName().ifPresent(name -> {
            String key = slug(name);
            if (!key.isEmpty()) {
                node.addProperty(SchemaDO.publisher, entity(model, new EntityRef(key, name, name, EntityKind.ORGANIZATION)));
            }
        });
        return node;
    }

    private List<String> mintDealIris(String articleId, List<Fact> facts) {
        List<String> result = new ArrayList<>(facts.size());
        Set<String> used = new HashSet<>();
        for (Fact fact : facts) {
            int ordinal = 0;
            String iri = iris.deal(articleId, fact, ordinal);
            while (!used.add(iri)) {
                iri = iris.deal(articleId, fact, ++ordinal);
            }
            result.add(iri);
        }
        return result;
    }

    private void mapFact(Model model, Article article, Resource articleNode, Fact fact, Resource deal) {
        FactType type = fact.type();
        deal.addProperty(RDF.type, classOf(type));
        if (isDeal(type)) {
            deal.addProperty(RDF.type, DG.Deal);
        }
        deal.addProperty(RDF.type, DG.Fact)
                .addProperty(RDFS.label, dealLabel(fact))
                .addProperty(Prov.wasDerivedFrom, articleNode)
                .addLiteral(DG.confidence, decimal(model, BigDecimal.valueOf(fact.confidence())));

        for (Map.Entry<String, Object> field : fact.values().entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            Property property = propertyOf(name);
            switch (type.kindOf(name).orElseThrow()) {
                case ENTITY -> deal.addProperty(property, entity(model, (EntityRef) value));
                case MONEY -> {
                    Resource amount = model.createResource(deal.getURI() + "#amount")
                            .addProperty(RDF.type, SchemaDO.MonetaryAmount)
                            .addLiteral(SchemaDO.value, decimal(model, (BigDecimal) value))
                            .addProperty(SchemaDO.currency, USD);
                    fact.get("upTo").ifPresent(upTo -> amount.addLiteral(DG.upTo, model.createTypedLiteral(upTo)));
                    deal.addProperty(property, amount);
                }
                case PERCENT -> deal.addLiteral(property, decimal(model, (BigDecimal) value));
                case BOOLEAN -> {
                    if (name.equals("upTo")) {
                        continue; // a qualifier of the amount node, mapped with it
                    }
                    if (property.equals(DG.status)) {
                        deal.addProperty(DG.status, (Boolean) value ? DG.active : DG.ended);
                    } else {
                        deal.addLiteral(property, model.createTypedLiteral(value));
                    }
                }
                case DATE -> deal.addLiteral(property, partialDate(model, (String) value));
                case TEXT -> deal.addProperty(property, (String) value);
                case CODE -> deal.addProperty(property, DG.code((String) value));
            }
        }
        mapEvidence(model, article, articleNode, fact.evidence(), deal);
    }

    private void mapEvidence(Model model, Article article, Resource articleNode, Evidence evidence, Resource deal) {
        if (evidence.end() > article.text().length()) {
            throw new DealgraphException("Evidence " + evidence.start() + ".." + evidence.end() + " lies outside article "
                    + article.id() + " (" + article.text().length() + " characters)");
        }
        // Evidence offsets are Java string indexes (UTF-16 units); the Web Annotation model counts oa:start and oa:end
        // in Unicode code points, as SPARQL's STRLEN and SUBSTR do, so a character outside the Basic Multilingual
        // Plane (an emoji) counts once.
        String text = article.text();
        Resource position = model.createResource(deal.getURI() + "#position")
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, nonNegative(model, text.codePointCount(0, evidence.start())))
                .addLiteral(OA.end, nonNegative(model, text.codePointCount(0, evidence.end())));
        Resource quote = model.createResource(deal.getURI() + "#quote")
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, evidence.quote() == null ? "" : evidence.quote());
        Resource target = model.createResource(deal.getURI() + "#evidence")
                .addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, articleNode)
                .addProperty(OA.hasSelector, position)
                .addProperty(OA.hasSelector, quote)
                .addLiteral(DG.sentenceIndex, nonNegative(model, evidence.sentence()));
        deal.addProperty(DG.evidence, target);
    }

    private Resource entity(Model model, EntityRef ref) {
        Resource node = model.createResource(iris.entity(ref))
                .addProperty(RDF.type, entityClass(ref.kind()))
                .addProperty(RDFS.label, ref.name())
                .addProperty(DCTerms.identifier, ref.key());
        if (!ref.surface().equals(ref.name())) {
            node.addProperty(SKOS.altLabel, ref.surface());
        }
        if (ref.description() != null) {
            node.addProperty(SchemaDO.description, ref.description(), "en");
        }
        return node;
    }

    private static Resource entityClass(EntityKind kind) {
        return switch (kind) {
            case ORGANIZATION -> DG.Organization;
            case PERSON -> DG.Person;
            case PRODUCT -> DG.Product;
            case PLATFORM -> DG.Platform;
        };
    }

    /** Links versions of one deal: same type, same core parties, one no longer in force, the other in force. */
    private static void linkSupersession(Model model, List<Fact> facts, List<String> dealIris) {
        for (int a = 0; a < facts.size(); a++) {
            Fact older = facts.get(a);
            if (!inForce(older).equals(Boolean.FALSE)) {
                continue;
            }
            for (int b = 0; b < facts.size(); b++) {
                Fact newer = facts.get(b);
                if (b == a || newer.type() != older.type() || inForce(newer).equals(Boolean.FALSE)
                        || !coreKeys(newer).equals(coreKeys(older))) {
                    continue;
                }
                Resource oldDeal = model.createResource(dealIris.get(a));
                Resource newDeal = model.createResource(dealIris.get(b));
                oldDeal.addProperty(DG.supersededBy, newDeal);
                newDeal.addProperty(DG.supersedes, oldDeal);
            }
        }
    }

    /**
     * Dates the changes the article reports: a deal no longer in force gets {@code dg:endedOn}, a deal that
     * supersedes another gets {@code dg:startDate}, both the {@linkplain #changeDate change date} when there is one.
     */
    private static void dateChanges(Model model, Article article, List<Fact> facts, List<String> dealIris) {
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            Resource deal = model.createResource(dealIris.get(i));
            boolean over = inForce(fact).equals(Boolean.FALSE);
            boolean supersedes = deal.hasProperty(DG.supersedes);
            if (!over && !supersedes) {
                continue;
            }
            String date = changeDate(article, facts, fact);
            if (date == null) {
                continue;
            }
            if (over) {
                deal.addLiteral(DG.endedOn, partialDate(model, date));
            }
            if (supersedes && !deal.hasProperty(DG.startDate)) {
                deal.addLiteral(DG.startDate, partialDate(model, date));
            }
        }
    }

    /**
     * When the terms of a deal changed, according to its article: the latest date of an agreement of the article
     * between exactly the deal's core parties; or else the article's publication date (the latest the change can
     * have happened); or null when the article gives neither.
     */
    private static String changeDate(Article article, List<Fact> facts, Fact fact) {
        Set<String> parties = new HashSet<>(coreKeys(fact));
        String latest = null;
        for (Fact agreement : facts) {
            if (agreement.type() != FactType.AGREEMENT || agreement == fact) {
                continue;
            }
            Object date = agreement.values().get("date");
            if (date instanceof String d && new HashSet<>(coreKeys(agreement)).equals(parties)
                    && (latest == null || d.compareTo(latest) > 0)) {
                latest = d;
            }
        }
        if (latest != null) {
            return latest;
        }
        return article.publishedDate().map(Object::toString).orElse(null);
    }

    /** FALSE when the fact says it is no longer in force, TRUE otherwise (stated active, or nothing stated). */
    private static Boolean inForce(Fact fact) {
        Object active = fact.values().get("active");
        if (active instanceof Boolean b) {
            return b;
        }
        Object status = fact.values().get("status");
        return !(status instanceof String s && NOT_IN_FORCE.contains(s));
    }

    private static List<String> coreKeys(Fact fact) {
        List<String> keys = fact.type().core().stream().map(role -> fact.party(role).key())
                .collect(Collectors.toCollection(ArrayList::new));
        if (fact.type().symmetric()) {
            keys.sort(null);
        }
        return keys;
    }

    private static String dealLabel(Fact fact) {
        return fact.type().jsonName() + " ("
                + fact.type().core().stream().map(role -> fact.party(role).name()).collect(Collectors.joining(", "))
                + ")";
    }

    /** An ISO 8601 date as precise as written: xsd:gYear, xsd:gYearMonth or xsd:date. */
    static Literal partialDate(Model model, String iso) {
        RDFDatatype type = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 10 -> XSDDatatype.XSDdate;
            default -> throw new DealgraphException("Not an ISO 8601 year, year-month or date: '" + iso + "'");
        };
        return model.createTypedLiteral(iso, type);
    }

    private static Literal decimal(Model model, BigDecimal value) {
        String lexical = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return model.createTypedLiteral(lexical, XSDDatatype.XSDdecimal);
    }

    private static Literal nonNegative(Model model, int value) {
        return model.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    /** A lower-case key for a name: letters and digits, other runs of characters replaced by one hyphen. */
    private static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
