package org.dealgraph.load;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.article.Article;
import org.dealgraph.fact.Fact;
import org.dealgraph.fact.FactType;
import org.dealgraph.vocab.DG;
import org.dealgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dates of the changes an article reports: dg:startDate of a new version, dg:endedOn of what it ends. */
class FactMapperChangeDatesTest {
    private static final FactMapper MAPPER = new FactMapper(new Iris("http://test.example/"));

    private static Resource licence(Model model, boolean exclusive) {
        return model.listResourcesWithProperty(RDF.type, DG.Licence).toList().stream()
                .filter(l -> l.getProperty(DG.exclusive).getBoolean() == exclusive).findFirst().orElseThrow();
    }

    private static Literal literal(Resource deal, org.apache.jena.rdf.model.Property p) {
        return deal.getProperty(p).getLiteral();
    }

    @Test
    void theRenegotiationDatesTheNewLicenceAndEndsTheOldOne() {
        Article seed = GoldFacts.seedArticle();
        Model model = MAPPER.toModel(seed, GoldFacts.seedFacts(seed));
        Resource newer = licence(model, false);
        Resource older = licence(model, true);
        assertEquals("2026-04-27", literal(newer, DG.startDate).getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), literal(newer, DG.startDate).getDatatypeURI());
        assertEquals("2026-04-27", literal(older, DG.endedOn).getLexicalForm());
        assertFalse(older.hasProperty(DG.startDate));
        assertFalse(newer.hasProperty(DG.endedOn));
        assertFalse(older.hasProperty(DG.endDate), "the old licence keeps its end condition, not a made-up end date");
    }

    @Test
    void anEndedRevenueShareEndsOnTheAgreementBetweenTheSameParties() {
        Article seed = GoldFacts.seedArticle();
        Model model = MAPPER.toModel(seed, GoldFacts.seedFacts(seed));
        List<Resource> ended = model.listResourcesWithProperty(DG.status, DG.ended).toList();
        assertEquals(1, ended.size());
        assertEquals("2026-04-27", literal(ended.getFirst(), DG.endedOn).getLexicalForm());
        List<Resource> dated = model.listResourcesWithProperty(DG.endedOn).toList();
        assertEquals(2, dated.size(), "the old licence and the ended revenue share: " + dated);
    }

    @Test
    void withoutAnAgreementThePublicationDateIsUsed() {
        Article seed = GoldFacts.seedArticle();
        Article published = new Article(seed.id(), seed.headline(), LocalDate.of(2026, 4, 28), null, seed.text(),
                seed.bodyStart());
        List<Fact> noAgreement = GoldFacts.seedFacts(seed).stream().filter(f -> f.type() != FactType.AGREEMENT).toList();
        Model model = MAPPER.toModel(published, noAgreement);
        assertEquals("2026-04-28", literal(licence(model, false), DG.startDate).getLexicalForm());
        assertEquals("2026-04-28", literal(licence(model, true), DG.endedOn).getLexicalForm());
    }

    @Test
    void withNeitherNothingIsDated() {
        Article seed = GoldFacts.seedArticle();
        List<Fact> noAgreement = GoldFacts.seedFacts(seed).stream().filter(f -> f.type() != FactType.AGREEMENT).toList();
        Model model = MAPPER.toModel(seed, noAgreement);
        assertTrue(model.listStatements(null, DG.endedOn, (RDFNode) null).toList().isEmpty());
        assertTrue(model.listStatements(null, DG.startDate, (RDFNode) null).toList().isEmpty());
        assertTrue(ShapesValidator.packaged().validate(model.getGraph()).conforms());
    }
}
