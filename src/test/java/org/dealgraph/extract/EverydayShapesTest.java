package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.dealgraph.extract.Facts.find;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Everyday shapes of deal news, one sentence each about invented companies, each read alone: the fact of the kind
 * and between the parties given (in the kind's role order).
 */
class EverydayShapesTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                arguments("Zentrix Labs chairman Robert Chen told reporters the bid was fair.", FactType.ROLE, "Robert Chen", "Zentrix Labs"),
                arguments("Boreal Systems hired former banker James Fox as its new finance chief.", FactType.ROLE, "James Fox", "Boreal Systems"),
                arguments("Boreal Systems, whose chief executive is Nadia Haddad, declined to comment.", FactType.ROLE, "Nadia Haddad", "Boreal Systems"),
                arguments("According to Zentrix Labs chief scientist Omar Farouk, the model is ready.", FactType.ROLE, "Omar Farouk", "Zentrix Labs"),
                arguments("Boreal Systems has been granted exclusive rights to Zentrix Labs's football highlights.", FactType.LICENCE, "Zentrix Labs", "Boreal Systems"),
                arguments("Boreal Systems has become a licensee of Zentrix Labs's patent portfolio.", FactType.LICENCE, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs signed a five-year, $2 billion deal to use Microsoft's Azure cloud.", FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Microsoft"),
                arguments("Zentrix Labs expanded its partnership with Amazon Web Services, making AWS its primary cloud.", FactType.CLOUD_PARTNERSHIP,
                        "Zentrix Labs", "Amazon Web Services"),
                arguments("Zentrix Labs is Boreal Systems's largest shareholder, with 27% of the company.", FactType.STAKE, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs signed a memorandum of understanding with Boreal Systems.", FactType.AGREEMENT, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs pulled out of its agreement with Boreal Systems.", FactType.AGREEMENT, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs has poured $4 billion into Boreal Systems since 2021.", FactType.INVESTMENT, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs dropped its bid for Boreal Systems after regulators objected.", FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems"));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void readsTheFact(String sentence, FactType type, String first, String second) {
        find(Facts.extract("2024-05-01", sentence), type, first, second);
    }
}
