package org.dealgraph.web;

import org.dealgraph.vocab.Iris;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Where the service's resources live: instance IRIs are minted under the base ({@code dealgraph.base-iri}) and
 * served at the same path here, so a page links to a resource by the path of its IRI (the link works whichever host
 * name or port the page was reached under), and a request path gives back the IRI.
 */
@Component
final class Site {
    private final String base;
    private final String basePath;

    Site(Iris iris) {
        this.base = iris.base();
        String path = URI.create(base).getRawPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path;
    }

    /** The base of instance IRIs, ending with '/'. */
    String base() {
        return base;
    }

    /** The IRI served at a request path ({@code /id/org/openai} gives {@code {base}id/org/openai}). */
    String iri(String requestPath) {
        String relative = requestPath.startsWith(basePath) ? requestPath.substring(basePath.length())
                : requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
        return base + relative;
    }

    /** The link to an IRI from a page: its path when it is minted under the base, else the IRI itself. */
    String href(String iri) {
        if (iri != null && iri.startsWith(base)) {
            return basePath + iri.substring(base.length());
        }
        return iri;
    }

    /** The link to one form of a resource's document: {@code /id/org/openai.ttl}. */
    String href(String iri, RdfFormat format) {
        return href(iri) + "." + format.suffix();
    }

    /** The anchor of a deal's fact on its article's page: {@code fact-licence-816278243d}. */
    static String factAnchor(String dealIri) {
        String last = dealIri.substring(dealIri.lastIndexOf('/') + 1);
        return "fact-" + last.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
