package org.dealgraph.web;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dealgraph.Resources;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ontology at {@code /ontology}: HTML documentation or the ontology itself by content negotiation (Turtle is
 * the hand-edited source file as it is), and at {@code /ontology.html}, {@code .ttl}, {@code .jsonld}, {@code .rdf},
 * {@code .nt}.
 */
@RestController
class OntologyController {
    static final String PATH = "/ontology";
    private static final List<RdfFormat> OFFERED = List.of(RdfFormat.HTML, RdfFormat.TURTLE, RdfFormat.JSONLD,
            RdfFormat.RDFXML, RdfFormat.NTRIPLES);

    private final String turtle;
    private final Model ontology;
    private final String page;

    OntologyController() {
        this.turtle = Resources.text(Resources.ONTOLOGY);
        this.ontology = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(ontology);
        Map<String, String> formats = new LinkedHashMap<>();
        OFFERED.stream().filter(f -> f != RdfFormat.HTML).forEach(f -> formats.put(f.title(), PATH + "." + f.suffix()));
        this.page = OntologyPage.render(ontology, formats);
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> negotiated(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Optional<RdfFormat> format = Negotiation.choose(accept, OFFERED);
        if (format.isEmpty()) {
            return LinkedDataController.notAcceptable(headers, PATH, OFFERED);
        }
        headers.add(HttpHeaders.CONTENT_LOCATION, PATH + "." + format.get().suffix());
        return document(format.get(), headers);
    }

    @GetMapping({PATH + ".html", PATH + ".ttl", PATH + ".jsonld", PATH + ".rdf", PATH + ".nt"})
    ResponseEntity<byte[]> bySuffix(jakarta.servlet.http.HttpServletRequest request) {
        String uri = request.getRequestURI();
        RdfFormat format = RdfFormat.ofSuffix(uri.substring(uri.lastIndexOf('.') + 1)).orElseThrow();
        return document(format, new HttpHeaders());
    }

    private ResponseEntity<byte[]> document(RdfFormat format, HttpHeaders headers) {
        if (format == RdfFormat.HTML) {
            return LinkedDataController.html(HttpStatus.OK, headers, page);
        }
        headers.setContentType(format.contentType());
        byte[] body = format == RdfFormat.TURTLE ? turtle.getBytes(StandardCharsets.UTF_8) : format.write(ontology, null);
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }
}
