package org.dealgraph.query;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.load.ShapesValidator;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validity and conflict rules as SHACL over the union graph: the same findings as {@link DealQueries#conflicts()}. */
class ConsistencyShapesTest {
    private static GraphStore store;
    private static ValidationReport report;
    private static List<Conflict> conflicts;

    @BeforeAll
    static void validate() {
        store = TestGraphs.load(new Iris());
        report = ShapesValidator.packaged().validateUnion(store);
        try (DealQueries queries = DealQueries.local(store)) {
            conflicts = queries.conflicts();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<ReportEntry> entries(String messagePart) {
        return report.getEntries().stream().filter(e -> e.message().contains(messagePart)).toList();
    }

    @Test
    void everyFindingIsAWarning() {
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().allMatch(e -> e.severity() == Severity.Warning),
                report.getEntries().toString());
    }

    @Test
    void theSeedsOverlappingExclusiveRightsAreReported() {
        Set<String> fromShapes = entries("cover the same thing at the same time").stream()
                .map(e -> e.focusNode().getURI()).collect(Collectors.toSet());
        Set<String> fromApi = conflicts.stream().filter(c -> c.kind() == Conflict.Kind.OVERLAPPING_EXCLUSIVE_RIGHTS)
                .map(c -> c.deals().getFirst().iri()).collect(Collectors.toSet());
        assertFalse(fromApi.isEmpty());
        assertEquals(fromApi, fromShapes);
    }

    @Test
    void stakesOverAHundredPercentAreReported() {
        List<ReportEntry> stakes = entries("add up to");
        assertEquals(1, stakes.size(), report.getEntries().toString());
        assertTrue(stakes.getFirst().focusNode().getURI().endsWith("/globex"));
        assertTrue(stakes.getFirst().message().contains("115"), stakes.getFirst().message());
    }

    @Test
    void contradictingReportsAreReported() {
        Set<String> fromShapes = entries("reports this deal with a different").stream()
                .map(e -> e.focusNode().getURI()).collect(Collectors.toSet());
        Set<String> fromApi = conflicts.stream().filter(c -> c.kind() == Conflict.Kind.CONTRADICTING_REPORTS)
                .map(c -> c.deals().getFirst().iri()).collect(Collectors.toSet());
        assertFalse(fromApi.isEmpty());
        assertEquals(fromApi, fromShapes);
    }

    @Test
    void aDealThatEndsBeforeItStartsAndASupersededDealWithoutSuccessorAreReported() {
        Model model = ModelFactory.createDefaultModel();
        Resource deal = model.createResource("urn:x:licence")
                .addProperty(RDF.type, DG.Licence).addProperty(RDF.type, DG.Deal).addProperty(RDF.type, DG.Fact)
                .addProperty(DG.status, DG.superseded)
                .addLiteral(DG.startDate, model.createTypedLiteral("2031", XSDDatatype.XSDgYear))
                .addLiteral(DG.endDate, model.createTypedLiteral("2030-06", XSDDatatype.XSDgYearMonth));
        ValidationReport small = ShapesValidator.packaged().validateUnion(model.getGraph());
        List<String> messages = small.getEntries().stream().map(ReportEntry::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("starts (2031) after it ends (2030-06)")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("no deal in the graph supersedes it")), messages.toString());
        assertTrue(small.getEntries().stream().allMatch(e -> e.focusNode().equals(deal.asNode())));
    }
}
