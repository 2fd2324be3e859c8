package org.dealgraph.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.vocab.Prefixes;
import org.dealgraph.DealgraphException;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.DG;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The typed query API of Dealgraph: questions about deals, answered as records, without writing SPARQL.
 *
 * <p>Create one over a local dataset ({@link #local(GraphStore)}, {@link #local(Dataset)}) or a remote SPARQL
 * endpoint ({@link #remote(String)}); both run the same queries through a Jena {@link RDFConnection}, so they give
 * the same answers. Queries read the default graph, which must be the union of the article graphs (a
 * {@link GraphStore} and the service's Fuseki endpoint are set up that way).
 *
 * <p>Companies and other entities are named by text: their IRI, their identifier ({@code amazon-web-services}),
 * their name ({@code Amazon Web Services}) or another name the articles use ({@code AWS}), in any case. A name
 * that matches nothing gives an empty answer. Every query runs with a time limit ({@link #DEFAULT_TIMEOUT} unless
 * set with {@link #withTimeout(Duration)}); every failure is a {@link DealgraphException} saying what to do.
 *
 * <p>Instances are thread-safe. Close the instance to release the connection.
 */
public final class DealQueries implements AutoCloseable {
    /** The time limit of each query unless another is set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The time a {@link #dump(OutputStream)} may take at least before it is stopped. */
    public static final Duration DUMP_TIMEOUT = Duration.ofMinutes(10);

    private static final String ROLE_COMPANY = DG.company.getURI();

    private final RDFConnection connection;
    private final String target;
    private final Sparql sparql;
    private final DealReader reader;

    private DealQueries(RDFConnection connection, String target, Duration timeout) {
        this.connection = connection;
        this.target = target;
        this.sparql = new Sparql(connection, target, timeout);
        this.reader = new DealReader(sparql);
    }

    /** Questions over a store (its default graph is the union of its article graphs). */
    public static DealQueries local(GraphStore store) {
        Objects.requireNonNull(store, "store");
        return new DealQueries(RDFConnection.connect(DatasetFactory.wrap(store.datasetGraph())),
                store.description(), DEFAULT_TIMEOUT);
    }

    /**
     * Questions over a dataset whose default graph holds the deals: a TDB2 dataset with the union default graph
     * on, or, for a plain in-memory dataset of named graphs, {@code DatasetFactory.wrap(dataset.getUnionModel())}.
     */
    public static DealQueries local(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return new DealQueries(RDFConnection.connect(dataset), "a local dataset", DEFAULT_TIMEOUT);
    }

    /**
     * Questions over a remote SPARQL query endpoint whose default graph is the union of the article graphs, such as
     * the service's {@code http://localhost:3030/dealgraph/sparql}.
     */
    public static DealQueries remote(String sparqlEndpointUrl) {
        if (sparqlEndpointUrl == null || !sparqlEndpointUrl.matches("(?i)https?://.+")) {
            throw new DealgraphException("The SPARQL endpoint URL must start with http:// or https://, got '"
                    + sparqlEndpointUrl + "'; e.g. http://localhost:3030/dealgraph/sparql");
        }
        return new DealQueries(RDFConnection.queryConnect(sparqlEndpointUrl), sparqlEndpointUrl, DEFAULT_TIMEOUT);
    }

    /**
     * The same questions over the same connection with another time limit per query (at least a millisecond).
     * Both instances share the connection: closing either closes it.
     */
    public DealQueries withTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new DealgraphException("The query timeout must be positive, got " + timeout);
        }
        return new DealQueries(connection, target, timeout);
    }

    /** The time limit of each query. */
    public Duration timeout() {
        return sparql.timeout();
    }

    // ------------------------------------------------------------------ entities

    /** The entity a text names (IRI, identifier, name or other name, any case), if any. */
    public Optional<Entity> entity(String nameOrIri) {
        if (nameOrIri == null || nameOrIri.isBlank()) {
            return Optional.empty();
        }
        List<QuerySolution> rows = sparql.select("entity", Map.of("key", ResourceFactory.createPlainLiteral(nameOrIri)));
        return rows.stream().findFirst()
                .map(r -> new Entity(r.getResource("entity").getURI(), r.getLiteral("name").getLexicalForm()));
    }

    /** Every entity, by name. */
    public List<Entity> entities() {
        return sparql.select("entities", Map.of()).stream()
                .map(r -> new Entity(r.getResource("entity").getURI(), r.getLiteral("name").getLexicalForm()))
                .toList();
    }

    // ------------------------------------------------------------------ deals

    /** The deals with these IRIs (in that order; IRIs that are not deals are left out). */
    public List<Deal> deals(List<String> iris) {
        return reader.read(iris);
    }

    /** The deal with this IRI, if there is one. */
    public Optional<Deal> deal(String iri) {
        if (iri == null || !iri.matches("(?i)https?://\\S+")) {
            return Optional.empty();
        }
        return reader.read(List.of(iri)).stream().findFirst();
    }

    /** Every deal. */
    public List<Deal> deals() {
        return read("deals", Map.of());
    }

    /** Every deal of one kind. */
    public List<Deal> deals(DealKind kind) {
        return read("deals", Map.of("class", iri(kind.iri())));
    }

    /** Every deal of one kind, typed: {@code deals(Deal.Licence.class)}. */
    public <T extends Deal> List<T> deals(Class<T> type) {
        return deals(kindOf(type)).stream().map(type::cast).toList();
    }

    /** The deals a company takes part in, on either side and in any role. */
    public List<Deal> dealsOf(String company) {
        return entity(company).map(e -> read("deals-of", Map.of("entity", iri(e.iri())))).orElse(List.of());
    }

    /** The deals of one kind a company takes part in. */
    public List<Deal> dealsOf(String company, DealKind kind) {
        return entity(company)
                .map(e -> read("deals-of", Map.of("entity", iri(e.iri()), "class", iri(kind.iri()))))
                .orElse(List.of());
    }

    /** The deals a company takes part in whose terms are in force on a day (see {@link Validity#inForceOn}). */
    public List<Deal> dealsOf(String company, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return dealsOf(company).stream().filter(d -> d.inForceOn(asOf)).toList();
    }

    /** The deals in which two companies both take part. */
    public List<Deal> dealsBetween(String company, String otherCompany) {
        Optional<Entity> a = entity(company);
        Optional<Entity> b = entity(otherCompany);
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        return read("deals-between", Map.of("a", iri(a.get().iri()), "b", iri(b.get().iri())));
    }

    /** Every deal whose terms are in force on a day, following validity and supersession. */
    public List<Deal> asOf(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return deals().stream().filter(d -> d.inForceOn(day)).toList();
    }

    // ------------------------------------------------------------------ stakes, rights, partners, timeline

    /** The stakes in a company and the total that is known; empty when the company is unknown. */
    public Optional<StakeSummary> stakesIn(String company) {
        return entity(company).map(e -> {
            List<Deal.Stake> stakes = read("deals-in-role", Map.of("class", iri(DG.Stake.getURI()),
                    "role", iri(ROLE_COMPANY), "entity", iri(e.iri())))
                    .stream().map(Deal.Stake.class::cast).toList();
            List<Deal.Stake> current = currentStakes(stakes);
            BigDecimal total = current.stream().map(Deal.Stake::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean approximate = current.stream().anyMatch(s -> Boolean.TRUE.equals(s.approximate()));
            return new StakeSummary(e, stakes, total, approximate);
        });
    }

    /** Per holder, the largest stake with a percentage that no later version supersedes. */
    private static List<Deal.Stake> currentStakes(List<Deal.Stake> stakes) {
        Map<String, Deal.Stake> byHolder = new TreeMap<>();
        for (Deal.Stake s : stakes) {
            if (s.percent() == null || s.holder() == null || !s.validity().supersededBy().isEmpty()) {
                continue;
            }
            byHolder.merge(s.holder().iri(), s, (x, y) -> x.percent().compareTo(y.percent()) >= 0 ? x : y);
        }
        return List.copyOf(byHolder.values());
    }

    /**
     * The licences and hosting rights a company grants or holds, each with its exclusivity ({@code exclusive()})
     * and its end ({@code validity().endDate()}, {@code endCondition()}, {@code endedOn()}).
     */
    public List<Deal> rightsOf(String company) {
        List<Deal> rights = new ArrayList<>(dealsOf(company, DealKind.LICENCE));
        rights.addAll(dealsOf(company, DealKind.HOSTING_RIGHT));
        return List.copyOf(rights);
    }

    /** The cloud partnerships of a company, as the customer or as the provider. */
    public List<Deal.CloudPartnership> cloudPartnershipsOf(String company) {
        return dealsOf(company, DealKind.CLOUD_PARTNERSHIP).stream().map(Deal.CloudPartnership.class::cast).toList();
    }

    /** The cloud partners of a company: the other side of each of its cloud partnerships. */
    public List<Entity> cloudPartnersOf(String company) {
        Optional<Entity> self = entity(company);
        if (self.isEmpty()) {
            return List.of();
        }
        String iri = self.get().iri();
        return cloudPartnershipsOf(company).stream()
                .map(p -> p.customer() != null && p.customer().iri().equals(iri) ? p.provider() : p.customer())
                .filter(Objects::nonNull).distinct().sorted(Comparator.comparing(Entity::name)).toList();
    }

    /**
     * The dated events of a company's deals, earliest first: when each was made, started, was ended or runs out.
     * Deals without any date are not on the timeline ({@link #dealsOf(String)} has them).
     */
    public List<TimelineEntry> timeline(String company) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Deal deal : dealsOf(company)) {
            Validity v = deal.validity();
            addEntry(entries, v.date(), TimelineEntry.Event.MADE, deal);
            addEntry(entries, v.startDate(), TimelineEntry.Event.STARTS, deal);
            addEntry(entries, v.endedOn(), TimelineEntry.Event.ENDED, deal);
            addEntry(entries, v.endDate(), TimelineEntry.Event.EXPIRES, deal);
        }
        entries.sort(Comparator.comparing(TimelineEntry::day).thenComparing(TimelineEntry::event)
                .thenComparing(e -> e.deal().iri()));
        return List.copyOf(entries);
    }

    private static void addEntry(List<TimelineEntry> entries, String date, TimelineEntry.Event event, Deal deal) {
        if (date != null) {
            entries.add(new TimelineEntry(date, Dates.firstDay(date), event, deal));
        }
    }

    // ------------------------------------------------------------------ changes

    /**
     * What changed from one day to another, both included: versions that replaced others (old and new terms side
     * by side), deals ended, deals made or started, terms run out. Earliest first.
     */
    public List<Change> changes(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new DealgraphException("The period of changes starts (" + from + ") after it ends (" + to
                    + "); swap the dates");
        }
        String f = from.toString();
        String t = to.toString();
        return changesAmong(deals()).stream()
                .filter(c -> Dates.compare(c.date(), f) >= 0 && Dates.compare(c.date(), t) <= 0)
                .toList();
    }

    /**
     * What one agreement changed: the changes dated on the agreement's date to deals in which all its parties
     * take part (the agreement itself left out).
     *
     * @param agreementIri the IRI of a {@link Deal.Agreement}
     * @throws DealgraphException when the IRI is not that of an agreement
     */
    public List<Change> changesWith(String agreementIri) {
        Deal.Agreement agreement = deal(agreementIri)
                .filter(Deal.Agreement.class::isInstance).map(Deal.Agreement.class::cast)
                .orElseThrow(() -> new DealgraphException("<" + agreementIri + "> is not an agreement in the graph;"
                        + " list the agreements with deals(DealKind.AGREEMENT) or GET /api/deals?kind=Agreement"));
        String date = agreement.validity().date();
        if (date == null || agreement.parties().isEmpty()) {
            return List.of();
        }
        List<Entity> parties = agreement.parties();
        List<Deal> between = parties.size() == 1 ? dealsOf(parties.getFirst().iri())
                : dealsBetween(parties.get(0).iri(), parties.get(1).iri());
        Set<String> partyIris = parties.stream().map(Entity::iri).collect(Collectors.toSet());
        return changesAmong(between).stream()
                .filter(c -> Dates.compare(c.date(), date) == 0 && c.date().length() == date.length())
                .filter(c -> !agreement.iri().equals(dealOf(c).iri()))
                .filter(c -> dealOf(c).parties().stream().map(Entity::iri).collect(Collectors.toSet())
                        .containsAll(partyIris))
                .toList();
    }

    private static Deal dealOf(Change c) {
        return c.after() != null ? c.after() : c.before();
    }

    private static List<Change> changesAmong(List<Deal> deals) {
        Map<String, Deal> byIri = new HashMap<>();
        deals.forEach(d -> byIri.put(d.iri(), d));
        List<Change> changes = new ArrayList<>();
        for (Deal deal : deals) {
            Validity v = deal.validity();
            for (String successorIri : v.supersededBy()) {
                Deal successor = byIri.get(successorIri);
                String date = successor == null || successor.validity().startDate() == null
                        ? v.endedOn() : successor.validity().startDate();
                if (date != null) {
                    changes.add(new Change(Change.Kind.SUPERSEDED, date, deal, successor,
                            successor == null ? List.of() : differences(deal, successor)));
                }
            }
            if (v.supersededBy().isEmpty() && v.endedOn() != null) {
                changes.add(new Change(Change.Kind.ENDED, v.endedOn(), deal, null, List.of()));
            }
            if (v.supersedes().isEmpty() && v.since() != null) {
                changes.add(new Change(Change.Kind.STARTED, v.since(), null, deal, List.of()));
            }
            if (v.endDate() != null && v.stoppedOn() == null) {
                changes.add(new Change(Change.Kind.EXPIRED, v.endDate(), deal, null, List.of()));
            }
        }
        changes.sort(Comparator.comparing(Change::date).thenComparing(Change::kind)
                .thenComparing(c -> dealOf(c).iri()));
        return changes;
    }

    private static final Set<String> NOT_TERMS = Set.of("iri", "validity", "evidence");
    private static final Set<String> VALIDITY_TERMS = Set.of("status", "date", "startDate", "endDate",
            "endCondition", "endedOn");

    /** The terms that differ between two versions of a deal (same kind), old value beside new. */
    static List<Change.Difference> differences(Deal before, Deal after) {
        List<Change.Difference> result = new ArrayList<>();
        if (before.getClass() == after.getClass()) {
            compare(before, after, before.getClass().getRecordComponents(), NOT_TERMS, result);
        }
        compare(before.validity(), after.validity(), Validity.class.getRecordComponents(),
                null, result);
        return result;
    }

    private static void compare(Object a, Object b, RecordComponent[] components, Set<String> skip,
                                List<Change.Difference> result) {
        for (RecordComponent c : components) {
            String name = c.getName();
            if (skip != null ? skip.contains(name) : !VALIDITY_TERMS.contains(name)) {
                continue;
            }
            try {
                Object x = c.getAccessor().invoke(a);
                Object y = c.getAccessor().invoke(b);
                if (!Objects.equals(x, y)) {
                    result.add(new Change.Difference(name, x == null ? null : x.toString(),
                            y == null ? null : y.toString()));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + name + " of a record", e);
            }
        }
    }

    // ------------------------------------------------------------------ conflicts

    /**
     * Claims that clash: exclusive rights or licences from one grantor to different holders for the same thing whose
     * periods overlap; current stakes in one company adding up to more than 100 %; and reports of the same deal from
     * different articles with a different figure, exclusivity or end. Each conflict keeps its deals, and so their
     * sources, side by side.
     */
    public List<Conflict> conflicts() {
        List<Conflict> conflicts = new ArrayList<>();
        conflicts.addAll(exclusiveConflicts());
        conflicts.addAll(stakeConflicts());
        conflicts.addAll(contradictions());
        return List.copyOf(conflicts);
    }

    private List<Conflict> exclusiveConflicts() {
        List<String[]> pairs = sparql.select("exclusive-rights", Map.of()).stream()
                .map(r -> new String[] {r.getResource("a").getURI(), r.getResource("b").getURI()}).toList();
        Map<String, Deal> deals = byIri(pairs);
        List<Conflict> result = new ArrayList<>();
        for (String[] pair : pairs) {
            Deal a = deals.get(pair[0]);
            Deal b = deals.get(pair[1]);
            if (a == null || b == null || !a.validity().overlaps(b.validity())) {
                continue;
            }
            result.add(new Conflict(Conflict.Kind.OVERLAPPING_EXCLUSIVE_RIGHTS,
                    describeRight(a) + " and " + describeRight(b) + " are both exclusive and hold at the same time",
                    List.of(a, b)));
        }
        return result;
    }

    private static String describeRight(Deal deal) {
        return switch (deal) {
            case Deal.Licence l -> name(l.licensee()) + "'s exclusive licence to " + name(l.licensor()) + "'s "
                    + (l.subject() == null ? "licensed subject" : l.subject());
            case Deal.HostingRight h -> name(h.host()) + "'s exclusive right to host " + name(h.grantor()) + "'s "
                    + name(h.product());
            case Deal.CloudPartnership c -> name(c.provider()) + "'s exclusive cloud partnership with "
                    + name(c.customer());
            default -> deal.kind().className() + " <" + deal.iri() + ">";
        };
    }

    private static String name(Entity e) {
        return e == null ? "(unnamed)" : e.name();
    }

    private List<Conflict> stakeConflicts() {
        Map<String, List<String>> byCompany = new LinkedHashMap<>();
        for (QuerySolution row : sparql.select("stakes", Map.of())) {
            byCompany.computeIfAbsent(row.getResource("company").getURI(), k -> new ArrayList<>())
                    .add(row.getResource("stake").getURI());
        }
        List<Conflict> result = new ArrayList<>();
        for (List<String> iris : byCompany.values()) {
            List<Deal.Stake> current = currentStakes(reader.read(iris).stream()
                    .filter(Deal.Stake.class::isInstance).map(Deal.Stake.class::cast).toList());
            BigDecimal total = current.stream().map(Deal.Stake::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
                result.add(new Conflict(Conflict.Kind.STAKES_OVER_100_PERCENT, "The stakes in "
                        + name(current.getFirst().company()) + " add up to " + total.toPlainString() + " %",
                        List.copyOf(current)));
            }
        }
        return result;
    }

    private List<Conflict> contradictions() {
        Map<List<String>, List<String>> terms = new LinkedHashMap<>();
        for (QuerySolution row : sparql.select("contradictions", Map.of())) {
            terms.computeIfAbsent(List.of(row.getResource("a").getURI(), row.getResource("b").getURI()),
                    k -> new ArrayList<>()).add(row.getLiteral("term").getLexicalForm());
        }
        Map<String, Deal> deals = byIri(terms.keySet().stream().map(k -> k.toArray(String[]::new)).toList());
        List<Conflict> result = new ArrayList<>();
        terms.forEach((pair, differing) -> {
            Deal a = deals.get(pair.get(0));
            Deal b = deals.get(pair.get(1));
            if (a != null && b != null) {
                result.add(new Conflict(Conflict.Kind.CONTRADICTING_REPORTS, "Two articles report the "
                        + a.kind().className() + " between " + a.parties().stream().map(Entity::name)
                        .collect(Collectors.joining(", ")) + " with a different " + String.join(", ", differing)
                        + ": \"" + a.evidence().headline() + "\" and \"" + b.evidence().headline() + "\"",
                        List.of(a, b)));
            }
        });
        return result;
    }

    private Map<String, Deal> byIri(List<String[]> pairs) {
        List<String> iris = pairs.stream().flatMap(p -> java.util.Arrays.stream(p)).distinct().toList();
        Map<String, Deal> deals = new HashMap<>();
        reader.read(iris).forEach(d -> deals.put(d.iri(), d));
        return deals;
    }

    // ------------------------------------------------------------------ linked data: descriptions, pages, search

    /**
     * The concise bounded description of a resource over the union graph, as served at its IRI: its own statements,
     * those of its fragment nodes ({@code #evidence}, {@code #position}, {@code #quote}, {@code #amount}), the
     * statements of resources that point at it (for an entity, the deals that name it) with their types, and the
     * labels of every resource the description mentions. Empty when the graph says nothing about the IRI.
     */
    public Model describe(String iri) {
        Model model = ModelFactory.createDefaultModel();
        if (!isHttpIri(iri)) {
            return model;
        }
        model.add(sparql.construct("describe", Map.of("iri", iri(iri))));
        if (model.isEmpty()) {
            return model;
        }
        Set<String> neighbours = new java.util.TreeSet<>();
        model.listStatements().forEachRemaining(st -> {
            if (st.getSubject().isURIResource()) {
                neighbours.add(st.getSubject().getURI());
            }
            if (st.getObject().isURIResource() && !st.getPredicate().equals(RDF.type)) {
                neighbours.add(st.getObject().asResource().getURI());
            }
        });
        neighbours.removeIf(n -> n.equals(iri) || n.startsWith(iri + "#"));
        model.add(sparql.constructFor("labels", "node", neighbours));
        model.setNsPrefixes(Prefixes.standard());
        return model;
    }

    /** The statements of one named graph (an article's graph, named by the article's IRI); empty when absent. */
    public Model graph(String graphIri) {
        Model model = ModelFactory.createDefaultModel();
        if (!isHttpIri(graphIri)) {
            return model;
        }
        model.add(sparql.construct("graph", Map.of("graph", iri(graphIri))));
        model.setNsPrefixes(Prefixes.standard());
        return model;
    }

    /** What the graph says an entity is (kind, names, identifier); empty when the IRI is not an entity's. */
    public Optional<EntityDetails> entityDetails(String iri) {
        if (!isHttpIri(iri)) {
            return Optional.empty();
        }
        List<QuerySolution> rows = sparql.select("entity-details", Map.of("entity", iri(iri)));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String type = rows.getFirst().getResource("type").getURI();
        String name = rows.stream().map(r -> r.getLiteral("label").getLexicalForm()).min(String::compareTo).orElseThrow();
        List<String> others = rows.stream().filter(r -> r.contains("alt")).map(r -> r.getLiteral("alt").getLexicalForm())
                .filter(a -> !a.equals(name)).distinct().sorted().toList();
        String id = rows.stream().filter(r -> r.contains("id")).map(r -> r.getLiteral("id").getLexicalForm())
                .findFirst().orElse(null);
        String description = null;
        java.util.TreeSet<String> sameAs = new java.util.TreeSet<>();
        java.util.TreeSet<String> websites = new java.util.TreeSet<>();
        for (QuerySolution r : sparql.select("entity-links", Map.of("entity", iri(iri)))) {
            String property = r.getResource("p").getURI();
            RDFNode value = r.get("o");
            if (property.equals(SchemaDO.description.getURI()) && value.isLiteral()) {
                String text = value.asLiteral().getLexicalForm();
                description = description == null || text.compareTo(description) < 0 ? text : description;
            } else if (property.equals(SchemaDO.url.getURI()) && value.isURIResource()) {
                websites.add(value.asResource().getURI());
            } else if (value.isURIResource()) {
                sameAs.add(value.asResource().getURI());
            }
        }
        return Optional.of(new EntityDetails(iri, name, EntityDetails.Type.ofClassIri(type), others, id, description,
                List.copyOf(sameAs), List.copyOf(websites)));
    }

    /** An article with the deals read from it; empty when the IRI is not an article's. */
    public Optional<ArticleDetails> article(String iri) {
        if (!isHttpIri(iri)) {
            return Optional.empty();
        }
        List<QuerySolution> rows = sparql.select("article", Map.of("article", iri(iri)));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution r = rows.getFirst();
        Entity publisher = r.contains("publisher") && r.get("publisher").isURIResource()
                ? new Entity(r.getResource("publisher").getURI(), r.contains("publisherName")
                ? r.getLiteral("publisherName").getLexicalForm() : r.getResource("publisher").getURI())
                : null;
        List<Deal> deals = read("article-deals", Map.of("article", iri(iri)));
        return Optional.of(new ArticleDetails(iri, lexical(r, "id"), lexical(r, "headline"), lexical(r, "published"),
                publisher, lexical(r, "text"), deals));
    }

    /** Every article, newest first. */
    public List<ArticleSummary> articles() {
        return sparql.select("articles", Map.of()).stream()
                .map(r -> new ArticleSummary(r.getResource("article").getURI(), lexical(r, "headline"),
                        lexical(r, "published")))
                .toList();
    }

    /**
     * The entities whose name or other name matches a text, best first: the whole name, then names it begins,
     * then names with a word it begins, then names that contain it; any case. At most {@code limit} hits.
     */
    public List<SearchHit> search(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        String q = text.strip().toLowerCase(java.util.Locale.ROOT);
        return sparql.select("search", Map.of("q", ResourceFactory.createPlainLiteral(q))).stream()
                .limit(limit)
                .map(r -> new SearchHit(r.getResource("entity").getURI(), r.getLiteral("name").getLexicalForm(),
                        EntityDetails.Type.ofClassIri(r.getResource("kind").getURI()).className()))
                .toList();
    }

    /** Figures of the whole graph: triples, quads, graphs, subjects, properties, classes, examples. */
    public DatasetStatistics statistics() {
        QuerySolution counts = sparql.select("void-counts", Map.of()).getFirst();
        QuerySolution graphs = sparql.select("void-graphs", Map.of()).getFirst();
        long resources = sparql.select("void-resources", Map.of()).getFirst().getLiteral("resources").getLong();
        Map<String, Long> classes = new LinkedHashMap<>();
        sparql.select("void-classes", Map.of()).forEach(r -> {
            if (r.get("class").isURIResource()) {
                classes.put(r.getResource("class").getURI(), r.getLiteral("instances").getLong());
            }
        });
        List<String> examples = sparql.select("void-examples", Map.of()).stream()
                .map(r -> r.getResource("entity").getURI()).toList();
        Map<String, Long> links = new LinkedHashMap<>();
        sparql.select("void-links", Map.of()).forEach(r ->
                links.put(r.getResource("p").getURI(), r.getLiteral("links").getLong()));
        return new DatasetStatistics(counts.getLiteral("triples").getLong(), graphs.getLiteral("quads").getLong(),
                graphs.getLiteral("graphs").getLong(), counts.getLiteral("subjects").getLong(),
                counts.getLiteral("properties").getLong(), counts.getLiteral("objects").getLong(), resources,
                classes, examples, links);
    }

    /**
     * Writes every statement of every article graph as N-Quads, streaming. The dump may take longer than one
     * question: it runs within {@link #DUMP_TIMEOUT} or this instance's timeout, whichever is longer.
     */
    public void dump(OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        Duration limit = timeout().compareTo(DUMP_TIMEOUT) > 0 ? timeout() : DUMP_TIMEOUT;
        sparql.constructQuads("dump", limit, writer::quad);
        writer.finish();
    }

    private static boolean isHttpIri(String iri) {
        return iri != null && iri.matches("(?i)https?://[^\\s<>\"{}|\\\\^`]+");
    }

    private static String lexical(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    // ------------------------------------------------------------------ plumbing

    private List<Deal> read(String query, Map<String, RDFNode> bindings) {
        List<String> iris = sparql.select(query, bindings).stream().map(r -> r.getResource("deal").getURI()).toList();
        return reader.read(iris);
    }

    private static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static DealKind kindOf(Class<? extends Deal> type) {
        for (DealKind kind : DealKind.values()) {
            if (kind.type() == type) {
                return kind;
            }
        }
        throw new DealgraphException("No kind of deal for " + type.getName() + "; use one of the records of Deal");
    }

    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "DealQueries[" + target + ", timeout " + timeout().toMillis() + " ms]";
    }
}
