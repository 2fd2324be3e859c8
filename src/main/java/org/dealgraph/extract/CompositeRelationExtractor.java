package org.dealgraph.extract;

import java.util.List;

/** Runs several relation extractors over every sentence, in order. */
public final class CompositeRelationExtractor implements RelationExtractor {

    private final List<RelationExtractor> extractors;

    public CompositeRelationExtractor(List<RelationExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** All the rule families of the project, in the order their facts may depend on each other. */
    public static CompositeRelationExtractor standard(org.dealgraph.extract.rules.RuleSet rules) {
        return new CompositeRelationExtractor(List.of(

                new InvestmentExtractor(),
                new LicensingExtractor(),
                new CloudExtractor(),
                new CollaborationExtractor(),
                new RoleExtractor(),
                new RuleInterpreter(rules)));
    }

    @Override
    public void extract(SentenceView sentence, ExtractionContext context) {
        for (RelationExtractor e : extractors) {
            e.extract(sentence, context);
        }
    }
}
