package org.dealgraph.web;

import org.dealgraph.query.Change;
import org.dealgraph.query.Conflict;
import org.dealgraph.query.Deal;
import org.dealgraph.query.TimelineEntry;

import java.util.List;

/** The JSON forms of answers that hold deals: each deal is named with its kind beside its fields. */
final class Json {
    private Json() {
    }

    /**
     * A deal with its kind.
     *
     * @param kind the deal class, e.g. {@code Licence}
     * @param deal the deal's fields: parties, terms, {@code validity} and {@code evidence}
     */
    record DealJson(String kind, Deal deal) {
        static DealJson of(Deal deal) {
            return deal == null ? null : new DealJson(deal.kind().className(), deal);
        }

        static List<DealJson> of(List<? extends Deal> deals) {
            return deals.stream().map(DealJson::of).toList();
        }
    }

    /** A change: old terms beside new ones. */
    record ChangeJson(Change.Kind kind, String date, DealJson before, DealJson after,
                      List<Change.Difference> differences) {
        static ChangeJson of(Change c) {
            return new ChangeJson(c.kind(), c.date(), DealJson.of(c.before()), DealJson.of(c.after()), c.differences());
        }
    }

    /** A conflict with its deals and their sources side by side. */
    record ConflictJson(Conflict.Kind kind, String explanation, List<DealJson> deals) {
        static ConflictJson of(Conflict c) {
            return new ConflictJson(c.kind(), c.explanation(), DealJson.of(c.deals()));
        }
    }

    /** One event of a timeline. */
    record TimelineJson(String date, TimelineEntry.Event event, DealJson deal) {
        static TimelineJson of(TimelineEntry e) {
            return new TimelineJson(e.date(), e.event(), DealJson.of(e.deal()));
        }
    }

    /**
     * An error.
     *
     * @param status  the HTTP status code
     * @param error   the HTTP reason
     * @param message what went wrong and what to do
     */
    record ErrorJson(int status, String error, String message) {
    }

    /**
     * The answer to an upload.
     *
     * @param id      the article's identifier
     * @param graph   the IRI of its graph (also the {@code Location} of the answer)
     * @param triples how many triples the graph holds
     * @param facts   the facts read from it, each in the deal-facts JSON form of {@code extract --facts}
     */
    record UploadJson(String id, String graph, long triples,
                      @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @io.swagger.v3.oas.annotations.media.Schema(
                              type = "object", description = "a fact in the deal-facts form: type, roles, attributes, "
                              + "evidence")) List<java.util.Map<String, Object>> facts) {
    }
}
