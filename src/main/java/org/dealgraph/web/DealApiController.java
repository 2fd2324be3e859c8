package org.dealgraph.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dealgraph.query.Deal;
import org.dealgraph.query.DealKind;
import org.dealgraph.query.DealQueries;
import org.dealgraph.query.Entity;
import org.dealgraph.query.StakeSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The questions of the query API over HTTP, answered as JSON. */
@RestController
@RequestMapping(value = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Deals", description = "Deals between technology companies, as read from news articles")
class DealApiController {
    private static final String ENTITY_ID = "An entity's identifier (microsoft), name (Microsoft), other name (AWS) or IRI";
    private static final String DATE = "A date, YYYY-MM-DD";

    private final DealQueries queries;

    DealApiController(DealQueries queries) {
        this.queries = queries;
    }

    private Entity entity(String id) {
        return queries.entity(id).orElseThrow(() -> new ApiErrors.NotFound("No entity is named '" + id
                + "'; GET /api/entities lists them (use an identifier such as 'microsoft', a name or an IRI)"));
    }

    private static DealKind kind(String kind) {
        return DealKind.parse(kind).orElseThrow(() -> new ApiErrors.BadRequest("Unknown kind of deal '" + kind
                + "'; use one of " + Arrays.stream(DealKind.values()).map(DealKind::className)
                .collect(Collectors.joining(", "))));
    }

    @GetMapping("/entities")
    @Operation(summary = "Every entity (organization, person, product, platform), by name")
    List<Entity> entities() {
        return queries.entities();
    }

    @GetMapping("/entities/{id}")
    @Operation(summary = "One entity")
    Entity entityById(@Parameter(description = ENTITY_ID) @PathVariable String id) {
        return entity(id);
    }

    @GetMapping("/entities/{id}/deals")
    @Operation(summary = "The deals an entity takes part in, on either side; with asOf, only the terms in force on that day")
    List<Json.DealJson> dealsOf(@Parameter(description = ENTITY_ID) @PathVariable String id,
                                @Parameter(description = DATE + ": only deals in force on that day")
                                @RequestParam(required = false) String asOf,
                                @Parameter(description = "Only deals of this kind, e.g. Licence")
                                @RequestParam(required = false) String kind) {
        Entity entity = entity(id);
        List<Deal> deals = kind == null ? queries.dealsOf(entity.iri()) : queries.dealsOf(entity.iri(), kind(kind));
        if (asOf != null) {
            LocalDate day = ApiErrors.date("asOf", asOf);
            deals = deals.stream().filter(d -> d.inForceOn(day)).toList();
        }
        return Json.DealJson.of(deals);
    }

    @GetMapping("/entities/{id}/deals-with/{other}")
    @Operation(summary = "The deals two entities both take part in")
    List<Json.DealJson> dealsBetween(@Parameter(description = ENTITY_ID) @PathVariable String id,
                                     @Parameter(description = ENTITY_ID) @PathVariable String other) {
        return Json.DealJson.of(queries.dealsBetween(entity(id).iri(), entity(other).iri()));
    }

    @GetMapping("/entities/{id}/stakes")
    @Operation(summary = "The stakes in a company, with the total that is known")
    StakeSummary stakesIn(@Parameter(description = ENTITY_ID) @PathVariable String id) {
        return queries.stakesIn(entity(id).iri()).orElseThrow();
    }

    @GetMapping("/entities/{id}/rights")
    @Operation(summary = "The licences and hosting rights an entity grants or holds, with exclusivity and end")
    List<Json.DealJson> rightsOf(@Parameter(description = ENTITY_ID) @PathVariable String id) {
        return Json.DealJson.of(queries.rightsOf(entity(id).iri()));
    }

    @GetMapping("/entities/{id}/cloud-partners")
    @Operation(summary = "The cloud partners of a company (the other side of its cloud partnerships)")
    List<Entity> cloudPartners(@Parameter(description = ENTITY_ID) @PathVariable String id) {
        return queries.cloudPartnersOf(entity(id).iri());
    }

    @GetMapping("/entities/{id}/timeline")
    @Operation(summary = "The dated events of an entity's deals, earliest first")
    List<Json.TimelineJson> timeline(@Parameter(description = ENTITY_ID) @PathVariable String id) {
        return queries.timeline(entity(id).iri()).stream().map(Json.TimelineJson::of).toList();
    }

    @GetMapping("/deals")
    @Operation(summary = "Every deal, optionally of one kind and only those in force on a day")
    List<Json.DealJson> deals(@Parameter(description = "Only deals of this kind, e.g. Licence")
                              @RequestParam(required = false) String kind,
                              @Parameter(description = DATE + ": only deals in force on that day")
                              @RequestParam(required = false) String asOf) {
        List<Deal> deals = kind == null ? queries.deals() : queries.deals(kind(kind));
        if (asOf != null) {
            LocalDate day = ApiErrors.date("asOf", asOf);
            deals = deals.stream().filter(d -> d.inForceOn(day)).toList();
        }
        return Json.DealJson.of(deals);
    }

    @GetMapping("/changes")
    @Operation(summary = "What changed between two days (both included), or with one agreement: old terms beside new ones")
    List<Json.ChangeJson> changes(@Parameter(description = DATE + ", the first day") @RequestParam(required = false) String from,
                                  @Parameter(description = DATE + ", the last day") @RequestParam(required = false) String to,
                                  @Parameter(description = "The IRI of an agreement (instead of from and to)")
                                  @RequestParam(required = false) String agreement) {
        if (agreement != null) {
            if (queries.deal(agreement).filter(Deal.Agreement.class::isInstance).isEmpty()) {
                throw new ApiErrors.NotFound("No agreement has the IRI '" + agreement
                        + "'; GET /api/deals?kind=Agreement lists them");
            }
            return queries.changesWith(agreement).stream().map(Json.ChangeJson::of).toList();
        }
        if (from == null || to == null) {
            throw new ApiErrors.BadRequest("Give both 'from' and 'to' (YYYY-MM-DD), or 'agreement' (an agreement's IRI)");
        }
        LocalDate first = ApiErrors.date("from", from);
        LocalDate last = ApiErrors.date("to", to);
        if (first.isAfter(last)) {
            throw new ApiErrors.BadRequest("'from' (" + from + ") is after 'to' (" + to + "); swap them");
        }
        return queries.changes(first, last).stream().map(Json.ChangeJson::of).toList();
    }

    @GetMapping("/conflicts")
    @Operation(summary = "Claims that clash: overlapping exclusive rights, stakes above 100 %, contradicting reports")
    List<Json.ConflictJson> conflicts() {
        return queries.conflicts().stream().map(Json.ConflictJson::of).toList();
    }
}
