package org.dealgraph.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes journalists use for each kind of deal, read by the rule files: active and passive voice, nouns,
 * appositions, lists of parties and reference. Every company here is invented and none is in the reference list.
 */
class RuleFamiliesTest {

    private static boolean has(List<Fact> facts, FactType type, String first, String second) {
        return facts.stream().anyMatch(f -> f.type() == type
                && f.party(type.core().get(0)).name().startsWith(first)
                && (second == null || f.party(type.core().get(1)).name().startsWith(second)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Globex has signed a definitive agreement to buy Initech, a maker of server racks, for $2.4 billion.|ACQUISITION|Globex|Initech",
            "Initech, a maker of server racks, will be acquired by Globex in a deal worth $2.4 billion.|ACQUISITION|Globex|Initech",
            "Analysts welcomed Globex's $2.4bn acquisition of Initech on Tuesday.|ACQUISITION|Globex|Initech",
            "Globex agreed to pay $2.4 billion for Initech, the server maker.|ACQUISITION|Globex|Initech",
            "Initech is set to receive a $2 billion investment from Globex.|INVESTMENT|Globex|Initech",
            "Investors cheered Globex's $3bn investment in Initech.|INVESTMENT|Globex|Initech",
            "Globex and Hooli invested $300 million in Initech last year.|INVESTMENT|Hooli|Initech",
            "Globex will own about 27% of Initech after the deal.|STAKE|Globex|Initech",
            "Globex sued Initech in a federal court in Delaware.|LEGAL_DISPUTE|Globex|Initech",
            "Globex filed a lawsuit against Initech over its chip designs.|LEGAL_DISPUTE|Globex|Initech",
            "A jury found that Initech must pay Globex $600 million for infringing its patents.|LEGAL_DISPUTE|Globex|Initech",
            "Globex granted Initech a non-exclusive licence to its video patents.|LICENCE|Globex|Initech",
            "Initech has licensed the compression technology from Globex.|LICENCE|Globex|Initech",
            "Globex signed a five-year, $9 billion contract with Initech for cloud capacity.|PURCHASE_COMMITMENT|Globex|Initech",
            "Investors said Initech, valued at $12 billion, makes server racks.|VALUATION|Initech|",
            "Analysts said Initech chief executive Jane Doerr ended the talks.|ROLE|Jane Doerr|Initech",
    })
    void readsTheShape(String sentence, FactType type, String first, String second) {
        List<Fact> facts = Facts.extract("2026-03-02", sentence);
        assertTrue(has(facts, type, first, second == null || second.isEmpty() ? null : second),
                "expected " + type + " " + first + " / " + second + " in\n" + facts);
    }
}
