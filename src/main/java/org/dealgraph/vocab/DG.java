package org.dealgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants of the Dealgraph ontology, {@code https://w3id.org/dealgraph/ontology#}.
 * The ontology file {@code ontology/dealgraph.ttl} is the source of truth; a test checks that every
 * constant here is declared there and the reverse.
 */
public final class DG {
    /** The namespace of the vocabulary, ending with {@code #}. */
    public static final String NS = "https://w3id.org/dealgraph/ontology#";
    /** The conventional prefix. */
    public static final String PREFIX = "dg";
    /** The IRI of the ontology document (not a term of the namespace). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/dealgraph/ontology";

    private DG() {
    }

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Articles and entities
    public static final Resource Article = resource("Article");
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Resource Product = resource("Product");
    public static final Resource Platform = resource("Platform");

    // Fact classes: dg:Fact, dg:Deal below it, and the fact classes (one per fact type)
    public static final Resource Fact = resource("Fact");
    public static final Resource Deal = resource("Deal");
    public static final Resource Investment = resource("Investment");
    public static final Resource Stake = resource("Stake");
    public static final Resource Licence = resource("Licence");
    public static final Resource HostingRight = resource("HostingRight");
    public static final Resource CloudPartnership = resource("CloudPartnership");
    public static final Resource PurchaseCommitment = resource("PurchaseCommitment");
    public static final Resource RevenueShare = resource("RevenueShare");
    public static final Resource Availability = resource("Availability");
    public static final Resource Partnership = resource("Partnership");
    public static final Resource CoDevelopment = resource("CoDevelopment");
    public static final Resource LegalDispute = resource("LegalDispute");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Acquisition = resource("Acquisition");
    public static final Resource Valuation = resource("Valuation");
    public static final Resource Role = resource("Role");

    // Role properties
    public static final Property participant = property("participant");
    public static final Property concerns = property("concerns");
    public static final Property party = property("party");
    public static final Property investor = property("investor");
    public static final Property investee = property("investee");
    public static final Property holder = property("holder");
    public static final Property company = property("company");
    public static final Property licensor = property("licensor");
    public static final Property licensee = property("licensee");
    public static final Property grantor = property("grantor");
    public static final Property host = property("host");
    public static final Property customer = property("customer");
    public static final Property provider = property("provider");
    public static final Property buyer = property("buyer");
    public static final Property seller = property("seller");
    public static final Property payer = property("payer");
    public static final Property payee = property("payee");
    public static final Property product = property("product");
    public static final Property platform = property("platform");
    public static final Property claimant = property("claimant");
    public static final Property respondent = property("respondent");
    public static final Property acquirer = property("acquirer");
    public static final Property target = property("target");
    public static final Property person = property("person");
    public static final Property organization = property("organization");

    // Attributes
    public static final Property amount = property("amount");
    public static final Property upTo = property("upTo");
    public static final Property percent = property("percent");
    public static final Property approximate = property("approximate");
    public static final Property date = property("date");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property endCondition = property("endCondition");
    public static final Property endedOn = property("endedOn");
    public static final Property exclusive = property("exclusive");
    public static final Property primary = property("primary");
    public static final Property firstLaunch = property("firstLaunch");
    public static final Property rightOfFirstRefusal = property("rightOfFirstRefusal");
    public static final Property capped = property("capped");
    public static final Property subject = property("subject");
    public static final Property purpose = property("purpose");
    public static final Property title = property("title");
    public static final Property status = property("status");
    public static final Property agreementKind = property("agreementKind");

    // Supersession
    public static final Property supersedes = property("supersedes");
    public static final Property supersededBy = property("supersededBy");

    // Provenance and evidence
    public static final Property evidence = property("evidence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property confidence = property("confidence");

    // Status codes: the concept scheme and its concepts (local name = code word)
    public static final Resource DealStatus = resource("DealStatus");
    public static final Resource announced = resource("announced");
    public static final Resource completed = resource("completed");
    public static final Resource contingent = resource("contingent");
    public static final Resource planned = resource("planned");
    public static final Resource blocked = resource("blocked");
    public static final Resource abandoned = resource("abandoned");
    public static final Resource active = resource("active");
    public static final Resource ended = resource("ended");
    public static final Resource superseded = resource("superseded");
    public static final Resource threatened = resource("threatened");
    public static final Resource considered = resource("considered");
    public static final Resource filed = resource("filed");
    public static final Resource resolved = resource("resolved");

    // Agreement kinds: the concept scheme and its concepts (local name = code word)
    public static final Resource AgreementKind = resource("AgreementKind");
    /** {@code dg:new}; the Java name has a trailing underscore because {@code new} is a keyword. */
    public static final Resource new_ = resource("new");
    public static final Resource renegotiated = resource("renegotiated");
    public static final Resource extended = resource("extended");
    public static final Resource terminated = resource("terminated");

    /** The concept of a status or agreement-kind code word ({@code "active"} gives {@link #active}). */
    public static Resource code(String codeWord) {
        return resource(codeWord);
    }
}
