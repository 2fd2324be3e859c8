package org.dealgraph.query;

import org.dealgraph.vocab.DG;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of fact, one per fact class of the ontology (below {@code dg:Fact}) and one record of {@link Deal}. */
public enum DealKind {
    INVESTMENT("Investment", Deal.Investment.class),
    STAKE("Stake", Deal.Stake.class),
    LICENCE("Licence", Deal.Licence.class),
    HOSTING_RIGHT("HostingRight", Deal.HostingRight.class),
    CLOUD_PARTNERSHIP("CloudPartnership", Deal.CloudPartnership.class),
    PURCHASE_COMMITMENT("PurchaseCommitment", Deal.PurchaseCommitment.class),
    REVENUE_SHARE("RevenueShare", Deal.RevenueShare.class),
    AVAILABILITY("Availability", Deal.Availability.class),
    PARTNERSHIP("Partnership", Deal.Partnership.class),
    CO_DEVELOPMENT("CoDevelopment", Deal.CoDevelopment.class),
    LEGAL_DISPUTE("LegalDispute", Deal.LegalDispute.class),
    AGREEMENT("Agreement", Deal.Agreement.class),
    ACQUISITION("Acquisition", Deal.Acquisition.class),
    VALUATION("Valuation", Deal.Valuation.class),
    ROLE("Role", Deal.Role.class);

    private final String className;
    private final Class<? extends Deal> type;

    DealKind(String className, Class<? extends Deal> type) {
        this.className = className;
        this.type = type;
    }

    /** The local name of the deal class, e.g. {@code HostingRight}. */
    public String className() {
        return className;
    }

    /** The IRI of the deal class, e.g. {@code https://w3id.org/dealgraph/ontology#HostingRight}. */
    public String iri() {
        return DG.NS + className;
    }

    /**
     * Whether the class of this kind is below {@code dg:Deal} in the ontology (a commercial arrangement), rather than
     * a fact beside the deals: a stake, a valuation, a role, a legal dispute or an availability.
     */
    public boolean isDeal() {
        return this != STAKE && this != VALUATION && this != ROLE && this != LEGAL_DISPUTE && this != AVAILABILITY;
    }

    /** The record type of this kind. */
    public Class<? extends Deal> type() {
        return type;
    }

    /** The kind named by a class name ({@code HostingRight}) or a constant name ({@code hosting_right}), any case. */
    public static Optional<DealKind> parse(String name) {
        String folded = name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.className.toLowerCase(Locale.ROOT).equals(folded)).findFirst();
    }

    static Optional<DealKind> ofClassIri(String iri) {
        return Arrays.stream(values()).filter(k -> k.iri().equals(iri)).findFirst();
    }
}
