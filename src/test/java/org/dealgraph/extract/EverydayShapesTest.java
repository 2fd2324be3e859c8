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
                arguments("Zentrix Labs dropped its bid for Boreal Systems after regulators objected.", FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs struck a deal with Boreal Systems giving it access to content from the publisher's newspapers.", FactType.LICENCE,
                        "Boreal Systems", "Zentrix Labs"),
                arguments("Boreal Systems signed a deal with Zentrix Labs to make its content available for training AI models.", FactType.LICENCE,
                        "Boreal Systems", "Zentrix Labs"),
                arguments("Zentrix Labs will be able to display Boreal Systems's news content in its chatbot under the agreement.", FactType.LICENCE,
                        "Boreal Systems", "Zentrix Labs"),
                arguments("Zentrix Labs agreed to pay Boreal Systems $250 million over five years for access to its archives.", FactType.LICENCE,
                        "Boreal Systems", "Zentrix Labs"),
                arguments("Zentrix Labs will use Boreal Systems's maps in its cars under a licensing agreement.", FactType.LICENCE, "Boreal Systems", "Zentrix Labs"),
                arguments("The deal gives Zentrix Labs the right to use Boreal Systems's trademarks in China.", FactType.LICENCE, "Boreal Systems", "Zentrix Labs"),
                arguments("Under the pact, Zentrix Labs can train its models on Boreal Systems's photo library.", FactType.LICENCE, "Boreal Systems", "Zentrix Labs"),
                arguments("Boreal Systems, whose products have been financed by heavy investment from Zentrix Labs, makes drones.", FactType.INVESTMENT,
                        "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs will put $4.5 billion into Boreal Systems, the digital arm of Quill Industries, in return for 7.7 per cent of the company.",
                        FactType.STAKE, "Zentrix Labs", "Boreal Systems"),
                arguments("Boreal Systems will be a joint company in which Zentrix Labs holds 51% and Quill Industries the remaining 49%.", FactType.STAKE,
                        "Quill Industries", "Boreal Systems"),
                arguments("Zentrix Labs is teaming up with Boreal Systems, the contract manufacturer, to develop the next generation of vehicle cockpits.",
                        FactType.CO_DEVELOPMENT, "Zentrix Labs", "Boreal Systems"),
                arguments("Google has agreed with Kairos Power, a developer of small reactors, to deploy a series of nuclear power projects.", FactType.PARTNERSHIP,
                        "Google", "Kairos Power"),
                arguments("Kairos Power will build the reactors and will sell their energy to Google under power purchase agreements.",
                        FactType.PURCHASE_COMMITMENT, "Google", "Kairos Power"),
                arguments("Zentrix Labs, the Seattle-based software maker whose products are used by half of the Fortune 500, said on Tuesday that it had "
                        + "agreed to acquire Boreal Systems in an all-cash deal valued at about $2.1 billion.", FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems"),
                arguments("Boreal Systems, which had been in talks with several suitors for months, will become a wholly owned subsidiary of Zentrix Labs "
                        + "once the transaction closes.", FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems"),
                arguments("A federal jury in Texas on Friday ordered Zentrix Labs to pay $300 million to Boreal Systems after finding that its chips "
                        + "infringed two of Boreal's patents.", FactType.LEGAL_DISPUTE, "Boreal Systems", "Zentrix Labs"),
                arguments("Zentrix Labs has also signed a seven-year agreement under which Boreal Systems will provide it with cloud computing capacity.",
                        FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Boreal Systems"),
                arguments("As part of the agreement, Boreal Systems will receive a share of the revenue Zentrix Labs earns from the service.",
                        FactType.REVENUE_SHARE, "Zentrix Labs", "Boreal Systems"),
                arguments("Maria Gonzalez, Zentrix Labs' CEO since 2019, said the deal was done.", FactType.ROLE, "Maria Gonzalez", "Zentrix Labs"),
                arguments("The acquisition of Boreal Systems, announced in March, gives Zentrix Labs control of the second-largest maker of lidar sensors.",
                        FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs' $4 billion bid for Boreal Systems was rejected by the board.", FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems"),
                arguments("Shareholders of Boreal Systems approved the sale of the company to Zentrix Labs.", FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems"),
                arguments("Under the terms of the deal, Zentrix Labs will pay $45 per share in cash for Boreal Systems.", FactType.ACQUISITION,
                        "Zentrix Labs", "Boreal Systems"),
                arguments("The deal, Zentrix Labs' largest since its 2016 purchase of Boreal Systems, is expected to close next year.", FactType.ACQUISITION,
                        "Zentrix Labs", "Boreal Systems"),
                arguments("Boreal Systems, now part of Zentrix Labs, makes lidar sensors.", FactType.ACQUISITION, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs is the largest investor in Boreal Systems.", FactType.INVESTMENT, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs made an early bet on Boreal Systems, investing $10 million in 2015.", FactType.INVESTMENT, "Zentrix Labs", "Boreal Systems"),
                arguments("Boreal Systems counts Zentrix Labs and Quill Ventures among its backers.", FactType.INVESTMENT, "Zentrix Labs", "Boreal Systems"),
                arguments("Boreal Systems landed a contract worth $800 million from Zentrix Labs to supply solar panels.", FactType.PURCHASE_COMMITMENT,
                        "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs, Boreal Systems' biggest shareholder with 23%, backed the plan.", FactType.STAKE, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs, with a 15 percent stake, is Boreal Systems' second-largest investor.", FactType.STAKE, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs controls Boreal Systems through a 51% stake.", FactType.STAKE, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs spun off Boreal Systems in 2020 but kept a 19.9% stake.", FactType.STAKE, "Zentrix Labs", "Boreal Systems"),
                arguments("Boreal Systems, a unit of Zentrix Labs, makes chips.", FactType.STAKE, "Zentrix Labs", "Boreal Systems"),
                arguments("Elon Musk's artificial intelligence start-up xAI will pay Telegram $300 million.", FactType.ROLE, "Elon Musk", "xAI"),
                arguments("Jane Quill and John Larch set up Boreal Systems in 2013.", FactType.ROLE, "Jane Quill", "Boreal Systems"),
                arguments("The European Commission fined Zentrix Labs 2 billion euros for abusing its dominance.", FactType.LEGAL_DISPUTE,
                        "European Commission", "Zentrix Labs"),
                arguments("Zentrix Labs and Boreal Systems have been fighting in court since 2020.", FactType.LEGAL_DISPUTE, "Zentrix Labs", "Boreal Systems"),
                arguments("The lawsuit Zentrix Labs brought against Boreal Systems was dismissed.", FactType.LEGAL_DISPUTE, "Zentrix Labs", "Boreal Systems"),
                arguments("Oracle will host Zentrix Labs' US user data on its servers.", FactType.CLOUD_PARTNERSHIP, "Zentrix Labs", "Oracle"),
                arguments("Zentrix Labs' $2 billion investment gives it a 10% stake in Boreal Systems.", FactType.INVESTMENT, "Zentrix Labs", "Boreal Systems"),
                arguments("Zentrix Labs's CEO is Maria Gonzalez.", FactType.ROLE, "Maria Gonzalez", "Zentrix Labs"),
                arguments("Tom Hardy will succeed Maria Gonzalez as chief executive of Zentrix Labs.", FactType.ROLE, "Tom Hardy", "Zentrix Labs"),
                arguments("Zentrix Labs has named Tom Hardy to succeed Maria Gonzalez as chief executive.", FactType.ROLE, "Tom Hardy", "Zentrix Labs"),
                arguments("Zentrix Labs directors Maria Gonzalez and Tom Hardy said so.", FactType.ROLE, "Tom Hardy", "Zentrix Labs"),
                arguments("Zentrix Labs bought Boreal Systems, then valued at $500 million, in 2019.", FactType.VALUATION, "Boreal Systems", null));
    }

    /** Sentences that state no fact of a kind a careless reading would give them. */
    static Stream<Arguments> notThat() {
        return Stream.of(
                arguments("Boreal Systems landed a contract worth $800 million from Zentrix Labs to supply solar panels.", FactType.INVESTMENT),
                arguments("Zentrix Labs is Boreal Systems's biggest customer, accounting for 30% of its sales.", FactType.CLOUD_PARTNERSHIP),
                arguments("Zentrix Labs will buy 100,000 GPUs from Boreal Systems.", FactType.CLOUD_PARTNERSHIP),
                arguments("Zentrix Labs' stake in Boreal Systems is worth about $4 billion.", FactType.VALUATION),
                arguments("The acquisition of Boreal Systems, valued at $1.2 billion, closed on Friday.", FactType.VALUATION),
                arguments("Zentrix Labs signed a $5 billion deal with Boreal Systems for AI servers.", FactType.CLOUD_PARTNERSHIP),
                arguments("As part of the agreement, Boreal Systems will receive a share of the revenue Zentrix Labs earns from the service.", FactType.STAKE));
    }

    @ParameterizedTest
    @MethodSource("notThat")
    void readsNoFactOfTheKind(String sentence, FactType type) {
        java.util.List<org.dealgraph.fact.Fact> facts = Facts.extract("2024-05-01", sentence);
        org.junit.jupiter.api.Assertions.assertTrue(facts.stream().noneMatch(f -> f.type() == type), Facts.dump(facts));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void readsTheFact(String sentence, FactType type, String first, String second) {
        java.util.List<org.dealgraph.fact.Fact> facts = Facts.extract("2024-05-01", sentence);
        if (second == null) {
            find(facts, type, first);
        } else {
            find(facts, type, first, second);
        }
        // and no reading of the same kind that leaves both of them out
        org.junit.jupiter.api.Assertions.assertTrue(facts.stream().filter(f -> f.type() == type)
                .allMatch(f -> Facts.dump(java.util.List.of(f)).contains("\"" + first + "\"") || Facts.dump(java.util.List.of(f)).contains("\"" + second + "\"")),
                Facts.dump(facts));
        org.junit.jupiter.api.Assertions.assertTrue(facts.stream().filter(f -> f.type() == type).count() <= 2, Facts.dump(facts));
    }
}
