package org.dealgraph.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dealgraph.query.DealQueries;
import org.dealgraph.query.SearchHit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Search by name or other name, ranked: {@code /api/search?q=} as JSON, {@code /search?q=} as a page. */
@RestController
@Tag(name = "Search", description = "Entities by name or other name")
class SearchController {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private final DealQueries queries;
    private final Pages pages;

    SearchController(DealQueries queries, Pages pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Entities whose name or other name matches the text: whole names first, then names it "
            + "begins, then words it begins, then names containing it")
    List<SearchHit> search(@Parameter(description = "The text, e.g. 'open' or 'AWS'") @RequestParam String q,
                           @Parameter(description = "The most hits to return (1 to 100, default 10)")
                           @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiErrors.BadRequest("The parameter 'limit' must be within 1.." + MAX_LIMIT + ", got " + limit);
        }
        return queries.search(q, limit);
    }

    @GetMapping(value = "/search", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> searchPage(@RequestParam(required = false) String q) {
        List<SearchHit> hits = q == null ? List.of() : queries.search(q, MAX_LIMIT);
        return LinkedDataController.html(HttpStatus.OK, new HttpHeaders(), pages.search(q, hits));
    }
}
