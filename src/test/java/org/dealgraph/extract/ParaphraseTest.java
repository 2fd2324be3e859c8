package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The rules are about language, not about particular sentences: each fact type is read from several wordings,
 * about companies that are not on the reference list.
 */
class ParaphraseTest {

    private static final String CONTEXT = "Quasar AI builds models. Nimbus Compute runs data centers. Brightline sells software.\n";

    static Stream<Arguments> wordings() {
        return Stream.of(
                arguments("Nimbus holds exclusive rights to host Quasar's models until 2028.", FactType.HOSTING_RIGHT, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Under the arrangement, Nimbus becomes the exclusive cloud host for Quasar's Prism models.", FactType.HOSTING_RIGHT, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Quasar's models will be hosted exclusively on Nimbus.", FactType.HOSTING_RIGHT, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Nimbus's license to Quasar's model weights is now non-exclusive.", FactType.LICENCE, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Nimbus has a non-exclusive license to use Quasar's Prism models in its products.", FactType.LICENCE, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Quasar has licensed its Prism models to Nimbus on an exclusive basis through 2029.", FactType.LICENCE, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Quasar granted Nimbus a non-exclusive license to its model weights.", FactType.LICENCE, List.of("Quasar AI", "Nimbus Compute")),
                arguments("The agreement lets Nimbus use Quasar's retrieval technology exclusively.", FactType.LICENCE, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Brightline separately struck a partnership with Quasar to build coding agents using Prism.", FactType.PARTNERSHIP, List.of("Brightline", "Quasar AI")),
                arguments("Brightline and Quasar will collaborate on data-center software.", FactType.PARTNERSHIP, List.of("Brightline", "Quasar AI")),
                arguments("Brightline announced a strategic partnership with Quasar to design custom chips.", FactType.PARTNERSHIP, List.of("Brightline", "Quasar AI")),
                arguments("Quasar agreed to buy an additional $12 billion of Nimbus compute capacity.", FactType.PURCHASE_COMMITMENT, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Quasar has committed to spend $12 billion with Nimbus over six years.", FactType.PURCHASE_COMMITMENT, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Quasar's $12 billion commitment to Nimbus runs through 2031.", FactType.PURCHASE_COMMITMENT, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Quasar placed a $500 million order for Nimbus accelerators.", FactType.PURCHASE_COMMITMENT, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Nimbus is now Quasar's preferred infrastructure partner.", FactType.CLOUD_PARTNERSHIP, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Quasar runs most of its training on Nimbus hardware.", FactType.CLOUD_PARTNERSHIP, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Nimbus customers can now use Quasar's models.", FactType.AVAILABILITY, List.of("Quasar AI models", "Nimbus Compute")),
                arguments("The deal values Quasar at $40 billion.", FactType.VALUATION, List.of("Quasar AI")),
                arguments("Quasar's valuation climbed to $40 billion after the deal.", FactType.VALUATION, List.of("Quasar AI")),
                arguments("The investment gives Quasar a valuation of roughly $40 billion.", FactType.VALUATION, List.of("Quasar AI")),
                arguments("Nimbus led a $2 billion funding round for Quasar in March.", FactType.INVESTMENT, List.of("Nimbus Compute", "Quasar AI")),
                arguments("Quasar closed a $2 billion Series D round led by Nimbus.", FactType.INVESTMENT, List.of("Nimbus Compute", "Quasar AI")),
                arguments("Brightline took a $3 billion investment from Nimbus last year.", FactType.INVESTMENT, List.of("Nimbus Compute", "Brightline")),
                arguments("Nimbus now holds a 15% stake in Quasar after the deal.", FactType.STAKE, List.of("Nimbus Compute", "Quasar AI")),
                arguments("Quasar and Nimbus reached an agreement in April.", FactType.AGREEMENT, List.of("Quasar AI", "Nimbus Compute")),
                arguments("Nimbus has entered into a multiyear agreement with Quasar.", FactType.AGREEMENT, List.of("Nimbus Compute", "Quasar AI")),
                arguments("Nimbus threatened legal action against Quasar last month.", FactType.LEGAL_DISPUTE, List.of("Nimbus Compute", "Quasar AI")),
                arguments("Nimbus acquired Brightline in a $5 billion deal that closed in March.", FactType.ACQUISITION, List.of("Nimbus Compute", "Brightline")));
    }

    @ParameterizedTest
    @MethodSource("wordings")
    void readsTheFact(String sentence, FactType type, List<String> parties) {
        List<Fact> facts = Facts.extract("2026-05-06", CONTEXT + sentence);
        Facts.find(facts, type, parties.toArray(String[]::new));
    }
}
