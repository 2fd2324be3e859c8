package org.dealgraph.query;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.vocab.DG;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads deals into records: their statements ({@code deal-terms.rq}) and their sources ({@code deal-sources.rq}). */
final class DealReader {
    private final Sparql sparql;

    DealReader(Sparql sparql) {
        this.sparql = sparql;
    }

    /** The deals with these IRIs, in the order given; IRIs that are not deals are left out. */
    List<Deal> read(Collection<String> iris) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(iris));
        Map<String, Terms> terms = new LinkedHashMap<>();
        for (QuerySolution row : sparql.selectFor("deal-terms", "deal", wanted)) {
            String deal = row.getResource("deal").getURI();
            terms.computeIfAbsent(deal, d -> new Terms()).add(row);
        }
        Map<String, QuerySolution> sources = new LinkedHashMap<>();
        for (QuerySolution row : sparql.selectFor("deal-sources", "deal", wanted)) {
            sources.putIfAbsent(row.getResource("deal").getURI(), row);
        }
        List<Deal> deals = new ArrayList<>();
        for (String iri : wanted) {
            Terms t = terms.get(iri);
            if (t == null) {
                continue;
            }
            t.kind().ifPresent(kind -> deals.add(build(iri, kind, t, sources.get(iri))));
        }
        return deals;
    }

    private static Deal build(String iri, DealKind kind, Terms t, QuerySolution source) {
        String supersededFrom = source == null ? null : lexical(source, "supersededFrom");
        Validity v = new Validity(t.code("status"), t.text("date"), t.text("startDate"), t.text("endDate"),
                t.text("endCondition"), t.text("endedOn"), t.iris("supersedes"), t.iris("supersededBy"),
                supersededFrom);
        Evidence e = evidence(source);
        return switch (kind) {
            case INVESTMENT -> new Deal.Investment(iri, t.entity("investor"), t.entity("investee"), t.money(), v, e);
            case STAKE -> new Deal.Stake(iri, t.entity("holder"), t.entity("company"), t.decimal("percent"),
                    t.bool("approximate"), v, e);
            case LICENCE -> new Deal.Licence(iri, t.entity("licensor"), t.entity("licensee"), t.text("subject"),
                    t.bool("exclusive"), t.money(), v, e);
            case HOSTING_RIGHT -> new Deal.HostingRight(iri, t.entity("grantor"), t.entity("host"),
                    t.entity("product"), t.bool("exclusive"), v, e);
            case CLOUD_PARTNERSHIP -> new Deal.CloudPartnership(iri, t.entity("customer"), t.entity("provider"),
                    t.entity("platform"), t.bool("primary"), t.bool("exclusive"), t.bool("firstLaunch"),
                    t.bool("rightOfFirstRefusal"), v, e);
            case PURCHASE_COMMITMENT -> new Deal.PurchaseCommitment(iri, t.entity("buyer"), t.entity("seller"),
                    t.money(), t.text("subject"), v, e);
            case REVENUE_SHARE -> new Deal.RevenueShare(iri, t.entity("payer"), t.entity("payee"), t.bool("capped"),
                    v, e);
            case AVAILABILITY -> new Deal.Availability(iri, t.entity("product"), t.entity("platform"),
                    t.entity("provider"), v, e);
            case PARTNERSHIP -> new Deal.Partnership(iri, t.entities("party"), t.text("purpose"), t.entity("product"),
                    v, e);
            case CO_DEVELOPMENT -> new Deal.CoDevelopment(iri, t.entities("party"), t.text("subject"),
                    t.entity("platform"), v, e);
            case LEGAL_DISPUTE -> new Deal.LegalDispute(iri, t.entity("claimant"), t.entity("respondent"), v, e);
            case AGREEMENT -> new Deal.Agreement(iri, t.entities("party"), t.code("agreementKind"), v, e);
            case ACQUISITION -> new Deal.Acquisition(iri, t.entity("acquirer"), t.entity("target"), t.money(), v, e);
            case VALUATION -> new Deal.Valuation(iri, t.entity("company"), t.money(), v, e);
            case ROLE -> new Deal.Role(iri, t.entity("person"), t.entity("organization"), t.text("title"), v, e);
        };
    }

    private static Evidence evidence(QuerySolution s) {
        if (s == null) {
            return new Evidence(null, null, null, null, 0, 0, null);
        }
        return new Evidence(s.contains("article") ? s.getResource("article").getURI() : null,
                lexical(s, "headline"), lexical(s, "published"), lexical(s, "quote"),
                s.contains("start") ? s.getLiteral("start").getInt() : 0,
                s.contains("end") ? s.getLiteral("end").getInt() : 0,
                s.contains("confidence") ? new BigDecimal(s.getLiteral("confidence").getLexicalForm()) : null);
    }

    private static String lexical(QuerySolution s, String var) {
        RDFNode node = s.get(var);
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    /** The statements about one deal, by property local name. */
    private static final class Terms {
        private final Map<String, List<QuerySolution>> byProperty = new LinkedHashMap<>();

        void add(QuerySolution row) {
            String p = row.getResource("p").getURI();
            String key = p.equals(RDF.type.getURI()) ? "type" : p.startsWith(DG.NS) ? p.substring(DG.NS.length()) : p;
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }

        Optional<DealKind> kind() {
            for (QuerySolution row : byProperty.getOrDefault("type", List.of())) {
                Optional<DealKind> kind = DealKind.ofClassIri(row.getResource("o").getURI());
                if (kind.isPresent()) {
                    return kind;
                }
            }
            return Optional.empty();
        }

        private List<QuerySolution> rows(String property) {
            return byProperty.getOrDefault(property, List.of());
        }

        Entity entity(String property) {
            List<Entity> all = entities(property);
            return all.isEmpty() ? null : all.getFirst();
        }

        /** Distinct entities, in IRI order; the name is the least of the entity's labels. */
        List<Entity> entities(String property) {
            Map<String, String> names = new java.util.TreeMap<>();
            for (QuerySolution row : rows(property)) {
                RDFNode o = row.get("o");
                if (!o.isURIResource()) {
                    continue;
                }
                String name = row.contains("name") ? row.getLiteral("name").getLexicalForm() : o.asResource().getURI();
                names.merge(o.asResource().getURI(), name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            List<Entity> result = new ArrayList<>();
            names.forEach((iri, name) -> result.add(new Entity(iri, name)));
            return result;
        }

        private Literal literal(String property) {
            return rows(property).stream().map(r -> r.get("o")).filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                    .findFirst().orElse(null);
        }

        String text(String property) {
            Literal l = literal(property);
            return l == null ? null : l.getLexicalForm();
        }

        Boolean bool(String property) {
            Literal l = literal(property);
            return l == null ? null : Boolean.valueOf(l.getLexicalForm().equals("true") || l.getLexicalForm().equals("1"));
        }

        BigDecimal decimal(String property) {
            Literal l = literal(property);
            return l == null ? null : new BigDecimal(l.getLexicalForm());
        }

        /** The code word of a concept value ({@code dg:active} gives "active"). */
        String code(String property) {
            return rows(property).stream().map(r -> r.get("o")).filter(RDFNode::isURIResource)
                    .map(o -> o.asResource().getURI())
                    .map(iri -> iri.startsWith(DG.NS) ? iri.substring(DG.NS.length()) : iri)
                    .findFirst().orElse(null);
        }

        List<String> iris(String property) {
            return rows(property).stream().map(r -> r.get("o")).filter(RDFNode::isURIResource)
                    .map(o -> o.asResource().getURI()).distinct().sorted().toList();
        }

        Money money() {
            for (QuerySolution row : rows("amount")) {
                if (row.contains("value") && row.contains("currency")) {
                    boolean upTo = row.contains("upTo") && row.getLiteral("upTo").getBoolean();
                    return new Money(new BigDecimal(row.getLiteral("value").getLexicalForm()),
                            row.getLiteral("currency").getLexicalForm(), upTo);
                }
            }
            return null;
        }
    }
}
