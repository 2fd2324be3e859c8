package org.dealgraph.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.dealgraph.Resources;
import org.dealgraph.store.GraphStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks article graphs against the project's SHACL shapes ({@code ontology/shapes.ttl}).
 * The shapes describe one article's graph, so a store is checked graph by graph.
 */
public final class ShapesValidator {
    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The validator for the shapes packaged with the application. */
    public static ShapesValidator packaged() {
        return new ShapesValidator(Shapes.parse(Resources.turtle(Resources.SHAPES)));
    }

    /** Validates one article graph. */
    public ValidationReport validate(Graph articleGraph) {
        return ShaclValidator.get().validate(shapes, articleGraph);
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
