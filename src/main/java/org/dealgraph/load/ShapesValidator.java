package org.dealgraph.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.dealgraph.Resources;
import org.dealgraph.store.GraphStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks article graphs against the project's SHACL shapes ({@code ontology/shapes.ttl}), and the union of all
 * article graphs against the consistency shapes ({@code ontology/consistency.ttl}).
 * The article shapes describe one article's graph, so a store is checked graph by graph; the consistency shapes
 * (validity of deal versions, conflicts between claims) span articles, so they see the union.
 *
 * <p>Either way the data graph is joined with the ontology ({@code ontology/dealgraph.ttl}), read only, as the served
 * dataset joins them: the shapes follow {@code rdfs:subClassOf} over it and know a fact class by its
 * {@code skos:notation}.
 */
public final class ShapesValidator {
    /** The consistency shapes inside the application. */
    public static final String CONSISTENCY = "/dealgraph/ontology/consistency.ttl";

    private final Shapes shapes;
    private final Shapes consistency;
    private final Graph ontology;

    private ShapesValidator(Shapes shapes, Shapes consistency, Graph ontology) {
        this.shapes = shapes;
        this.consistency = consistency;
        this.ontology = ontology;
    }

    /** The validator for the shapes and the ontology packaged with the application. */
    public static ShapesValidator packaged() {
        return new ShapesValidator(Shapes.parse(Resources.turtle(Resources.SHAPES)),
                Shapes.parse(Resources.turtle(CONSISTENCY)), Resources.turtle(Resources.ONTOLOGY));
    }

    /** The data graph a validation sees: {@code data} and the ontology, as one read-only view. */
    private Graph withOntology(Graph data) {
        return new Union(data, ontology);
    }

    /**
     * Validates the union of all article graphs of a store against the consistency shapes. Their results are
     * warnings ({@code sh:Warning}): clashing claims are reported, not refused.
     */
    public ValidationReport validateUnion(GraphStore store) {
        return validateUnion(store.unionCopy().getGraph());
    }

    /** Validates a graph holding the union of article graphs against the consistency shapes. */
    public ValidationReport validateUnion(Graph union) {
        return ShaclValidator.get().validate(consistency, withOntology(union));
    }

    /** Validates one article graph. */
    public ValidationReport validate(Graph articleGraph) {
        return ShaclValidator.get().validate(shapes, withOntology(articleGraph));
    }

    /** Validates every article graph of a store; returns the report of each graph, in name order. */
    public Map<String, ValidationReport> validate(GraphStore store) {
        Map<String, ValidationReport> reports = new LinkedHashMap<>();
        for (String graph : store.graphNames()) {
            reports.put(graph, validate(store.copyOfGraph(graph)));
        }
        return reports;
    }
}
