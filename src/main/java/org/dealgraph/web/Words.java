package org.dealgraph.web;

import org.dealgraph.query.Deal;
import org.dealgraph.query.DealKind;
import org.dealgraph.query.Entity;
import org.dealgraph.query.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.dealgraph.web.Layout.esc;

/**
 * Deals in words, as HTML: "Amazon agreed to invest up to $50 billion in OpenAI — February 2026". Every party
 * links to its page, except the entity the page is about ({@code self}), which is set in bold.
 */
final class Words {
    private static final Map<DealKind, String> HEADINGS = Map.ofEntries(
            Map.entry(DealKind.INVESTMENT, "Investments"), Map.entry(DealKind.STAKE, "Stakes"),
            Map.entry(DealKind.LICENCE, "Licences"), Map.entry(DealKind.HOSTING_RIGHT, "Hosting rights"),
            Map.entry(DealKind.CLOUD_PARTNERSHIP, "Cloud partnerships"),
            Map.entry(DealKind.PURCHASE_COMMITMENT, "Purchase commitments"),
            Map.entry(DealKind.REVENUE_SHARE, "Revenue shares"), Map.entry(DealKind.AVAILABILITY, "Availability"),
            Map.entry(DealKind.PARTNERSHIP, "Partnerships"), Map.entry(DealKind.CO_DEVELOPMENT, "Co-development"),
            Map.entry(DealKind.LEGAL_DISPUTE, "Legal disputes"), Map.entry(DealKind.AGREEMENT, "Agreements"),
            Map.entry(DealKind.ACQUISITION, "Acquisitions"), Map.entry(DealKind.VALUATION, "Valuations"),
            Map.entry(DealKind.ROLE, "Roles"));

    private final Site site;
    private final String self;

    Words(Site site, String self) {
        this.site = site;
        this.self = self;
    }

    /** The heading of a group of deals of one kind: "Investments". */
    static String heading(DealKind kind) {
        return HEADINGS.getOrDefault(kind, kind.className());
    }

    /** A kind in lower-case words: {@code HostingRight} gives "hosting right". */
    static String kindWords(DealKind kind) {
        return kind.className().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The sentence of a deal with its date: "... in OpenAI — February 2026". */
    String sentence(Deal deal) {
        String date = deal.validity().date() != null ? deal.validity().date() : deal.validity().startDate();
        String core = clause(deal);
        return date == null ? core + "." : core + " — " + esc(date(date));
    }

    /** The sentence of a deal in plain text (for titles and diagram labels). */
    static String plain(Deal deal) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(new Words(null, null).clause(deal));
    }

    private String clause(Deal deal) {
        String status = deal.validity().status();
        return switch (deal) {
            case Deal.Investment d -> who(d.investor()) + (done(status) ? " invested " : " agreed to invest ")
                    + (d.amount() != null ? esc(money(d.amount())) + " " : "") + "in " + who(d.investee());
            case Deal.Stake d -> who(d.holder()) + " holds " + (d.percent() != null
                    ? (Boolean.TRUE.equals(d.approximate()) ? "about " : "") + esc(percent(d.percent())) + " of "
                    : "a stake in ") + who(d.company());
            case Deal.Licence d -> who(d.licensor()) + " licenses " + (d.subject() != null ? esc(d.subject())
                    : "its technology") + " to " + who(d.licensee()) + exclusivity(d.exclusive()) + until(d);
            case Deal.HostingRight d -> who(d.grantor()) + " gives " + who(d.host()) + " the "
                    + (Boolean.TRUE.equals(d.exclusive()) ? "exclusive " : "") + "right to host " + who(d.product());
            case Deal.CloudPartnership d -> who(d.customer()) + " uses " + who(d.provider())
                    + (d.platform() != null ? " (" + who(d.platform()) + ")" : "")
                    + (Boolean.TRUE.equals(d.primary()) ? " as its primary cloud" : " as a cloud provider")
                    + (Boolean.TRUE.equals(d.exclusive()) ? ", exclusively" : "");
            case Deal.PurchaseCommitment d -> who(d.buyer()) + " committed to buy "
                    + (d.amount() != null ? esc(money(d.amount())) + " of " : "")
                    + (d.subject() != null ? esc(d.subject()) : "services") + " from " + who(d.seller());
            case Deal.RevenueShare d -> who(d.payer()) + " shares revenue with " + who(d.payee())
                    + (Boolean.TRUE.equals(d.capped()) ? " (capped)" : "") + until(d);
            case Deal.Availability d -> who(d.product()) + " is available on " + who(d.platform())
                    + (d.provider() != null ? " from " + who(d.provider()) : "");
            case Deal.Partnership d -> all(d.parties()) + " partner" + (d.purpose() != null ? " to "
                    + esc(d.purpose()) : "") + (d.product() != null ? " on " + who(d.product()) : "");
            case Deal.CoDevelopment d -> all(d.parties()) + " develop " + (d.subject() != null ? esc(d.subject())
                    : "technology") + " together" + (d.platform() != null ? " for " + who(d.platform()) : "");
            case Deal.LegalDispute d -> who(d.claimant()) + switch (status == null ? "" : status) {
                case "threatened" -> " threatened legal action against ";
                case "considered" -> " considered legal action against ";
                case "resolved" -> " settled a legal dispute with ";
                default -> " took legal action against ";
            } + who(d.respondent());
            case Deal.Agreement d -> all(d.parties()) + switch (d.agreementKind() == null ? "" : d.agreementKind()) {
                case "renegotiated" -> " renegotiated their agreement";
                case "extended" -> " extended their agreement";
                case "terminated" -> " ended their agreement";
                default -> " made an agreement";
            };
            case Deal.Acquisition d -> who(d.acquirer()) + (done(status) ? " acquired " : " agreed to acquire ")
                    + who(d.target()) + (d.amount() != null ? " for " + esc(money(d.amount())) : "");
            case Deal.Valuation d -> who(d.company()) + " is valued at "
                    + (d.amount() != null ? esc(money(d.amount())) : "an undisclosed sum");
            case Deal.Role d -> who(d.person()) + " is " + (d.title() != null ? esc(d.title()) : "a member")
                    + " of " + who(d.organization());
        };
    }

    private static boolean done(String status) {
        return "completed".equals(status) || "active".equals(status);
    }

    private static String exclusivity(Boolean exclusive) {
        return exclusive == null ? "" : exclusive ? ", exclusively" : ", non-exclusively";
    }

    private static String until(Deal deal) {
        String end = deal.validity().endDate();
        String condition = deal.validity().endCondition();
        return end != null ? " until " + esc(date(end)) : condition != null ? " until " + esc(condition) : "";
    }

    private String all(List<Entity> parties) {
        if (parties.isEmpty()) {
            return "Two parties";
        }
        List<String> names = parties.stream().map(this::who).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** A party: a link to its page, or bold when it is the page's own entity. */
    String who(Entity entity) {
        if (entity == null) {
            return "someone";
        }
        if (site == null) {
            return esc(entity.name());
        }
        if (entity.iri().equals(self)) {
            return "<strong>" + esc(entity.name()) + "</strong>";
        }
        return "<a href=\"" + esc(site.href(entity.iri())) + "\">" + esc(entity.name()) + "</a>";
    }

    /** "$50 billion", "up to €2.5 million", "USD 120". */
    static String money(Money money) {
        String symbol = switch (money.currency()) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            default -> money.currency() + " ";
        };
        BigDecimal v = money.value();
        String figure;
        if (v.abs().compareTo(new BigDecimal("1e12")) >= 0) {
            figure = scaled(v, "1e12") + " trillion";
        } else if (v.abs().compareTo(new BigDecimal("1e9")) >= 0) {
            figure = scaled(v, "1e9") + " billion";
        } else if (v.abs().compareTo(new BigDecimal("1e6")) >= 0) {
            figure = scaled(v, "1e6") + " million";
        } else {
            figure = String.format(Locale.ROOT, "%,d", v.setScale(0, RoundingMode.HALF_UP).longValue());
        }
        return (money.upTo() ? "up to " : "") + symbol + figure;
    }

    private static String scaled(BigDecimal v, String unit) {
        return v.divide(new BigDecimal(unit), 3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }

    /** A partial ISO date in words: {@code 2026-02} gives "February 2026", {@code 2026-04-27} "27 April 2026". */
    static String date(String iso) {
        try {
            if (iso.matches("\\d{4}-\\d{2}")) {
                return month(iso) + " " + iso.substring(0, 4);
            }
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Integer.parseInt(iso.substring(8, 10)) + " " + month(iso) + " " + iso.substring(0, 4);
            }
        } catch (RuntimeException e) {
            return iso;
        }
        return iso;
    }

    private static String month(String iso) {
        return Month.of(Integer.parseInt(iso.substring(5, 7))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Names of entities, joined: "OpenAI, Microsoft". */
    static String names(List<Entity> entities) {
        return entities.stream().map(Entity::name).collect(Collectors.joining(", "));
    }
}
