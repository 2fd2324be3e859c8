package org.dealgraph.fact;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.dealgraph.fact.ValueKind.BOOLEAN;
import static org.dealgraph.fact.ValueKind.CODE;
import static org.dealgraph.fact.ValueKind.DATE;
import static org.dealgraph.fact.ValueKind.ENTITY;
import static org.dealgraph.fact.ValueKind.MONEY;
import static org.dealgraph.fact.ValueKind.PERCENT;
import static org.dealgraph.fact.ValueKind.TEXT;

/**
 * The kinds of deal fact, with their fields, as defined by the deal-facts exchange format.
 * Core fields identify a fact (they are always entities); attributes describe it.
 */
public enum FactType {
    INVESTMENT("Investment", false, List.of("investor", "investee"),
            fields("amountUSD", MONEY, "upTo", BOOLEAN, "date", DATE, "status", CODE),
            Map.of("status", Set.of("announced", "completed", "contingent", "planned"))),
    STAKE("Stake", false, List.of("holder", "company"),
            fields("percent", PERCENT, "approximate", BOOLEAN, "date", DATE), Map.of()),
    LICENCE("Licence", false, List.of("licensor", "licensee"),
            fields("subject", TEXT, "exclusive", BOOLEAN, "amountUSD", MONEY, "endDate", DATE,
                    "endCondition", TEXT, "status", CODE),
            Map.of("status", Set.of("active", "ended", "superseded"))),
    HOSTING_RIGHT("HostingRight", false, List.of("grantor", "host"),
            fields("product", ENTITY, "exclusive", BOOLEAN), Map.of()),
    CLOUD_PARTNERSHIP("CloudPartnership", false, List.of("customer", "provider"),
            fields("platform", ENTITY, "primary", BOOLEAN, "exclusive", BOOLEAN, "firstLaunch", BOOLEAN,
                    "rightOfFirstRefusal", BOOLEAN),
            Map.of()),
    PURCHASE_COMMITMENT("PurchaseCommitment", false, List.of("buyer", "seller"),
            fields("amountUSD", MONEY, "what", TEXT, "date", DATE), Map.of()),
    REVENUE_SHARE("RevenueShare", false, List.of("payer", "payee"),
            fields("until", DATE, "capped", BOOLEAN, "active", BOOLEAN), Map.of()),
    AVAILABILITY("Availability", false, List.of("product", "platform"),
            fields("provider", ENTITY, "date", DATE), Map.of()),
    PARTNERSHIP("Partnership", true, List.of("party1", "party2"),
            fields("purpose", TEXT, "product", ENTITY), Map.of()),
    CO_DEVELOPMENT("CoDevelopment", true, List.of("party1", "party2"),
            fields("technology", TEXT, "platform", ENTITY), Map.of()),
    LEGAL_DISPUTE("LegalDispute", false, List.of("claimant", "respondent"),
            fields("status", CODE, "date", DATE),
            Map.of("status", Set.of("threatened", "considered", "filed", "resolved"))),
    AGREEMENT("Agreement", true, List.of("party1", "party2"),
            fields("date", DATE, "kind", CODE),
            Map.of("kind", Set.of("new", "renegotiated", "extended", "terminated"))),
    ACQUISITION("Acquisition", false, List.of("acquirer", "target"),
            fields("amountUSD", MONEY, "date", DATE, "status", CODE),
            Map.of("status", Set.of("announced", "completed", "blocked", "abandoned"))),
    VALUATION("Valuation", false, List.of("company"),
            fields("amountUSD", MONEY, "date", DATE), Map.of()),
    ROLE("Role", false, List.of("person", "organization"),
            fields("title", TEXT), Map.of());

    /** The core roles a person may fill; every other core role is an organisation's (or a product's or platform's). */
    private static final Set<String> AGENT_ROLES = Set.of("investor", "holder", "claimant", "respondent", "party1", "party2",
            "acquirer", "person");

    /** Whether a person may fill {@code role} of this kind of fact ("investor": yes; "customer": no). */
    public boolean personMay(String role) {
        return AGENT_ROLES.contains(role);
    }

    private final String jsonName;
    private final boolean symmetric;
    private final List<String> core;
    private final Map<String, ValueKind> attributes;
    private final Map<String, Set<String>> allowed;

    FactType(String jsonName, boolean symmetric, List<String> core, Map<String, ValueKind> attributes,
             Map<String, Set<String>> allowed) {
        this.jsonName = jsonName;
        this.symmetric = symmetric;
        this.core = core;
        this.attributes = Collections.unmodifiableMap(attributes);
        this.allowed = allowed;
    }

    private static Map<String, ValueKind> fields(Object... pairs) {
        Map<String, ValueKind> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (ValueKind) pairs[i + 1]);
        }
        return map;
    }

    /** The name used in deal-facts JSON ({@code "Investment"}) and as the local name of the ontology class. */
    public String jsonName() {
        return jsonName;
    }

    /** True when the two core parties may be given in either order. */
    public boolean symmetric() {
        return symmetric;
    }

    /** The core fields, in order; each holds an {@link EntityRef}. */
    public List<String> core() {
        return core;
    }

    /** The attribute fields in their documented order, with the kind of value each holds. */
    public Map<String, ValueKind> attributes() {
        return attributes;
    }

    /** The kind of value of any field of this type, core or attribute. */
    public Optional<ValueKind> kindOf(String field) {
        if (core.contains(field)) {
            return Optional.of(ENTITY);
        }
        return Optional.ofNullable(attributes.get(field));
    }

    /** The closed list of values of a {@link ValueKind#CODE} field, empty for other fields. */
    public Set<String> allowedValues(String field) {
        return allowed.getOrDefault(field, Set.of());
    }

    public static Optional<FactType> fromJsonName(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
    }
}
