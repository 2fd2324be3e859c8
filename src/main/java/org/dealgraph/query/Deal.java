package org.dealgraph.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A deal read from an article: one record per kind, so that a {@code switch} over a deal can use its typed parties
 * and terms. Every deal has an IRI, its {@link Validity} (status, dates, versions) and its {@link Evidence}
 * (article, quote, offsets, confidence). Parties and optional terms not stated in the article are null
 * ({@code Boolean} flags included: null means "not said").
 *
 * <p>The name is the API's: a {@code Deal} is any fact of the graph ({@code dg:Fact}). In the ontology only the
 * commercial arrangements are below {@code dg:Deal}; a {@link Stake}, {@link Valuation}, {@link Role},
 * {@link LegalDispute} or {@link Availability} is a fact beside them (see {@link DealKind#isDeal()}).
 */
public sealed interface Deal {
    /** The deal's IRI. */
    String iri();

    /** Status, dates and versions. */
    Validity validity();

    /** Where the deal was read. */
    Evidence evidence();

    /** The kind of deal. */
    default DealKind kind() {
        for (DealKind kind : DealKind.values()) {
            if (kind.type() == getClass()) {
                return kind;
            }
        }
        throw new IllegalStateException("No kind for " + getClass());
    }

    /** Every entity taking part, core parties first. */
    List<Entity> parties();

    /** Whether the terms are in force on a day; see {@link Validity#inForceOn(LocalDate)}. */
    default boolean inForceOn(LocalDate day) {
        return validity().inForceOn(day);
    }

    private static List<Entity> present(Entity... entities) {
        return Stream.of(entities).filter(e -> e != null).toList();
    }

    /** An investor puts money into an investee. */
    record Investment(String iri, Entity investor, Entity investee, Money amount, Validity validity,
                      Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(investor, investee);
        }
    }

    /** A holder owns a share of a company, in percent (0 to 100). */
    record Stake(String iri, Entity holder, Entity company, BigDecimal percent, Boolean approximate,
                 Validity validity, Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(holder, company);
        }
    }

    /** A licensor licenses something to a licensee, exclusively or not. */
    record Licence(String iri, Entity licensor, Entity licensee, String subject, Boolean exclusive, Money amount,
                   Validity validity, Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(licensor, licensee);
        }
    }

    /** A grantor gives a host the right to host or sell a product. */
    record HostingRight(String iri, Entity grantor, Entity host, Entity product, Boolean exclusive,
                        Validity validity, Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(grantor, host, product);
        }
    }

    /** A customer uses a provider's cloud. */
    record CloudPartnership(String iri, Entity customer, Entity provider, Entity platform, Boolean primary,
                            Boolean exclusive, Boolean firstLaunch, Boolean rightOfFirstRefusal, Validity validity,
                            Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(customer, provider, platform);
        }
    }

    /** A buyer commits to buy something from a seller. */
    record PurchaseCommitment(String iri, Entity buyer, Entity seller, Money amount, String subject,
                              Validity validity, Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(buyer, seller);
        }
    }

    /** A payer pays a payee a share of its revenue; {@code endDate} of the validity is "until". */
    record RevenueShare(String iri, Entity payer, Entity payee, Boolean capped, Validity validity,
                        Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(payer, payee);
        }
    }

    /** A product is or becomes available on a platform. */
    record Availability(String iri, Entity product, Entity platform, Entity provider, Validity validity,
                        Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(product, platform, provider);
        }
    }

    /** Two parties work together for a purpose. */
    record Partnership(String iri, List<Entity> parties, String purpose, Entity product, Validity validity,
                       Evidence evidence) implements Deal {
        public Partnership {
            parties = List.copyOf(parties);
        }
    }

    /** Two parties develop a technology together. */
    record CoDevelopment(String iri, List<Entity> parties, String subject, Entity platform, Validity validity,
                         Evidence evidence) implements Deal {
        public CoDevelopment {
            parties = List.copyOf(parties);
        }
    }

    /** A claimant takes or considers legal action against a respondent. */
    record LegalDispute(String iri, Entity claimant, Entity respondent, Validity validity, Evidence evidence)
            implements Deal {
        public List<Entity> parties() {
            return present(claimant, respondent);
        }
    }

    /** Two parties make, renegotiate, extend or terminate an agreement ({@code agreementKind}). */
    record Agreement(String iri, List<Entity> parties, String agreementKind, Validity validity, Evidence evidence)
            implements Deal {
        public Agreement {
            parties = List.copyOf(parties);
        }
    }

    /** An acquirer buys a target. */
    record Acquisition(String iri, Entity acquirer, Entity target, Money amount, Validity validity,
                       Evidence evidence) implements Deal {
        public List<Entity> parties() {
            return present(acquirer, target);
        }
    }

    /** A company is valued at an amount. */
    record Valuation(String iri, Entity company, Money amount, Validity validity, Evidence evidence)
            implements Deal {
        public List<Entity> parties() {
            return present(company);
        }
    }

    /** A person holds a position in an organization. */
    record Role(String iri, Entity person, Entity organization, String title, Validity validity, Evidence evidence)
            implements Deal {
        public List<Entity> parties() {
            return present(person, organization);
        }
    }
}
