package org.dealgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.rdf.model.Model;
import org.dealgraph.query.ArticleDetails;
import org.dealgraph.query.Deal;
import org.dealgraph.query.DealQueries;
import org.dealgraph.query.EntityDetails;
import org.dealgraph.query.SearchHit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Dereferenceable IRIs: every entity ({@code /id/{org|person|product|platform}/KEY}), deal
 * ({@code /deal/ARTICLE/SLUG}) and article ({@code /article/ID}) minted under {@code dealgraph.base-iri} answers
 * at its own path, with content negotiation (HTML page or RDF data, {@code Vary: Accept}, and a
 * {@code Content-Location} naming the document served, e.g. {@code /id/org/openai.ttl}), or at a path with an
 * explicit suffix ({@code .html .ttl .jsonld .rdf .nt}, {@code .trig} for an article's graph). An unknown IRI is a
 * 404 page with suggestions; an Accept header that allows none of the formats is a 406.
 */
@RestController
class LinkedDataController {
    private final DealQueries queries;
    private final Site site;
    private final Pages pages;

    LinkedDataController(DealQueries queries, Site site, Pages pages) {
        this.queries = queries;
        this.site = site;
        this.pages = pages;
    }

    /** What a path names. */
    private enum Kind { ENTITY, DEAL, ARTICLE }

    @GetMapping({"/id/{kind}/{key}", "/deal/{article}/{slug}", "/article/{id}"})
    ResponseEntity<byte[]> resource(HttpServletRequest request,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Kind kind = path.startsWith("/article/") ? Kind.ARTICLE : path.startsWith("/deal/") ? Kind.DEAL : Kind.ENTITY;
        List<RdfFormat> offered = kind == Kind.ARTICLE ? RdfFormat.GRAPH : RdfFormat.DESCRIPTION;
        Optional<RdfFormat> suffix = RdfFormat.ofPath(path, offered);
        String documentPath = suffix.map(f -> path.substring(0, path.length() - f.suffix().length() - 1)).orElse(path);
        String iri = site.iri(documentPath);

        Optional<RdfFormat> chosen = suffix.isPresent() ? suffix : Negotiation.choose(accept, offered);
        HttpHeaders headers = new HttpHeaders();
        if (suffix.isEmpty()) {
            headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        Optional<?> found = switch (kind) {
            case ENTITY -> queries.entityDetails(iri);
            case DEAL -> queries.deal(iri);
            case ARTICLE -> queries.article(iri);
        };
        if (found.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, headers, pages.notFound(iri, suggestions(hint(documentPath))));
        }
        if (chosen.isEmpty()) {
            return notAcceptable(headers, documentPath, offered);
        }
        RdfFormat format = chosen.get();
        if (suffix.isEmpty()) {
            headers.add(HttpHeaders.CONTENT_LOCATION, documentPath + "." + format.suffix());
        }
        headers.add(HttpHeaders.LINK, offered.stream().filter(f -> f != format)
                .map(f -> "<" + documentPath + "." + f.suffix() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"")
                .collect(Collectors.joining(", ")));
        if (format == RdfFormat.HTML) {
            String page = switch (found.get()) {
                case EntityDetails details -> pages.entity(details, queries.dealsOf(iri), queries.timeline(iri));
                case Deal deal -> pages.deal(deal, versionLabels(deal));
                case ArticleDetails article -> pages.article(article);
                default -> throw new IllegalStateException("Unexpected " + found.get());
            };
            return html(HttpStatus.OK, headers, page);
        }
        Model data = kind == Kind.ARTICLE ? queries.graph(iri) : queries.describe(iri);
        if (data.isEmpty()) {
            data = queries.describe(iri);
        }
        headers.setContentType(format.contentType());
        return new ResponseEntity<>(format.write(data, iri), headers, HttpStatus.OK);
    }

    /** The words naming the versions a deal replaces and that replace it, by IRI, with the date of each. */
    private Map<String, String> versionLabels(Deal deal) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String other : java.util.stream.Stream.concat(deal.validity().supersedes().stream(),
                deal.validity().supersededBy().stream()).distinct().toList()) {
            queries.deal(other).ifPresent(d -> labels.put(other, Words.plain(d) + version(d)));
        }
        return labels;
    }

    private static String version(Deal d) {
        var e = d.evidence();
        String when = e.published() != null ? Words.date(e.published())
                : d.validity().startDate() != null ? Words.date(d.validity().startDate()) : null;
        return when == null ? "" : " (" + when + ")";
    }

    /** Words to search for when a path names nothing: its last segment, hyphens as spaces. */
    private static String hint(String path) {
        String last = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        return last.replaceAll("-[0-9a-f]{10}(-\\d+)?$", "").replace('-', ' ').replace('_', ' ').strip();
    }

    /** Entities named like the hint, or else like any of its words. */
    private List<SearchHit> suggestions(String hint) {
        List<SearchHit> hits = queries.search(hint, 5);
        if (!hits.isEmpty()) {
            return hits;
        }
        Map<String, SearchHit> byIri = new LinkedHashMap<>();
        for (String word : hint.split("\\s+")) {
            if (word.length() >= 3) {
                queries.search(word, 5).forEach(h -> byIri.putIfAbsent(h.iri(), h));
            }
        }
        return byIri.values().stream().limit(5).toList();
    }

    static ResponseEntity<byte[]> html(HttpStatus status, HttpHeaders headers, String page) {
        headers.setContentType(RdfFormat.HTML.contentType());
        return new ResponseEntity<>(page.getBytes(StandardCharsets.UTF_8), headers, status);
    }

    static ResponseEntity<byte[]> notAcceptable(HttpHeaders headers, String documentPath, List<RdfFormat> offered) {
        headers.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
        String body = "406 Not Acceptable: " + documentPath + " is available as "
                + offered.stream().map(f -> f.mediaType() + " (" + documentPath + "." + f.suffix() + ")")
                .collect(Collectors.joining(", ")) + ". Ask for one of these types in the Accept header,"
                + " or fetch the document with its suffix.\n";
        return new ResponseEntity<>(body.getBytes(StandardCharsets.UTF_8), headers, HttpStatus.NOT_ACCEPTABLE);
    }
}
