package org.dealgraph.web;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.vocab.DG;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.dealgraph.web.Layout.esc;

/**
 * The ontology's documentation, generated from {@code ontology/dealgraph.ttl}: every class, property and concept of
 * the {@code dg:} namespace with its label, definition, alignments (super-classes and super-properties, inverses),
 * domain and range. Each term has an anchor named by its local name.
 */
final class OntologyPage {
    private static final Map<Property, String> RELATIONS = new LinkedHashMap<>();

    static {
        RELATIONS.put(RDFS.subClassOf, "subclass of");
        RELATIONS.put(OWL.equivalentClass, "equivalent to");
        RELATIONS.put(OWL.disjointWith, "disjoint with");
        RELATIONS.put(RDFS.subPropertyOf, "subproperty of");
        RELATIONS.put(OWL.equivalentProperty, "equivalent to");
        RELATIONS.put(OWL.inverseOf, "inverse of");
        RELATIONS.put(RDFS.domain, "domain");
        RELATIONS.put(RDFS.range, "range");
        RELATIONS.put(SKOS.inScheme, "in scheme");
        RELATIONS.put(SKOS.notation, "code");
        RELATIONS.put(SKOS.scopeNote, "note");
        RELATIONS.put(RDFS.seeAlso, "see also");
    }

    private OntologyPage() {
    }

    static String render(Model ontology, Map<String, String> formats) {
        Resource onto = ontology.getResource(DG.ONTOLOGY_IRI);
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"muted\">Namespace <code>").append(esc(DG.NS)).append("</code> · prefix <code>")
                .append(esc(DG.PREFIX)).append(":</code>");
        if (onto.hasProperty(OWL.versionInfo)) {
            b.append(" · version ").append(esc(onto.getProperty(OWL.versionInfo).getString()));
        }
        b.append("</p>\n<h1>").append(esc(text(onto, DCTerms.title, "Dealgraph ontology"))).append("</h1>\n<p>")
                .append(esc(text(onto, DCTerms.description, ""))).append("</p>\n");
        List<Section> sections = List.of(
                new Section("Classes", "classes", terms(ontology, OWL.Class)),
                new Section("Object properties", "object-properties", terms(ontology, OWL.ObjectProperty)),
                new Section("Datatype properties", "datatype-properties", terms(ontology, OWL.DatatypeProperty)),
                new Section("Concept schemes", "schemes", terms(ontology, SKOS.ConceptScheme)),
                new Section("Concepts (status codes and kinds of agreement)", "concepts", terms(ontology, SKOS.Concept)));
        b.append("<nav><ul>\n");
        sections.forEach(s -> b.append("<li><a href=\"#").append(s.anchor).append("\">").append(esc(s.title))
                .append("</a> (").append(s.terms.size()).append(")</li>\n"));
        b.append("</ul></nav>\n");
        for (Section s : sections) {
            b.append("<section id=\"").append(s.anchor).append("\"><h2>").append(esc(s.title)).append("</h2>\n")
                    .append("<p>").append(s.terms.stream().map(t -> "<a href=\"#" + esc(t.getLocalName()) + "\">"
                            + esc(DG.PREFIX + ":" + t.getLocalName()) + "</a>").collect(Collectors.joining(" · ")))
                    .append("</p>\n");
            for (Resource term : s.terms) {
                term(b, ontology, term);
            }
            b.append("</section>\n");
        }
        return Layout.page(text(onto, DCTerms.title, "Dealgraph ontology"), b.toString(), formats);
    }

    private record Section(String title, String anchor, List<Resource> terms) {
    }

    private static List<Resource> terms(Model m, Resource type) {
        List<Resource> terms = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(DG.NS)) {
                terms.add(r);
            }
        });
        terms.sort(Comparator.comparing(Resource::getURI));
        return terms;
    }

    private static void term(StringBuilder b, Model m, Resource term) {
        b.append("<dl class=\"term\" id=\"").append(esc(term.getLocalName())).append("\"><dt>")
                .append(esc(DG.PREFIX + ":" + term.getLocalName())).append(" — ")
                .append(esc(text(term, RDFS.label, term.getLocalName()))).append("</dt>\n<dd><code>")
                .append(esc(term.getURI())).append("</code></dd>\n<dd>")
                .append(esc(text(term, SKOS.definition, text(term, RDFS.comment, "")))).append("</dd>\n");
        RELATIONS.forEach((p, label) -> {
            List<String> values = new ArrayList<>();
            term.listProperties(p).forEachRemaining(st -> values.add(value(m, st)));
            if (!values.isEmpty()) {
                values.sort(null);
                b.append("<dd><em>").append(esc(label)).append(":</em> ").append(String.join(", ", values))
                        .append("</dd>\n");
            }
        });
        b.append("</dl>\n");
    }

    private static String value(Model m, Statement st) {
        RDFNode o = st.getObject();
        if (o.isLiteral()) {
            return esc(o.asLiteral().getLexicalForm());
        }
        if (!o.isURIResource()) {
            return "(an anonymous class)";
        }
        String uri = o.asResource().getURI();
        if (uri.startsWith(DG.NS)) {
            String local = uri.substring(DG.NS.length());
            return "<a href=\"#" + esc(local) + "\">" + esc(DG.PREFIX + ":" + local) + "</a>";
        }
        String qname = m.qnameFor(uri);
        return "<a href=\"" + esc(uri) + "\">" + esc(qname != null ? qname : uri) + "</a>";
    }

    private static String text(Resource r, Property p, String otherwise) {
        Statement st = r.getProperty(p, "en");
        if (st == null) {
            st = r.getProperty(p);
        }
        return st == null ? otherwise : st.getObject().isLiteral() ? st.getString() : st.getObject().toString();
    }
}
