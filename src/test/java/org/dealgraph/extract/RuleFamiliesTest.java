package org.dealgraph.extract;

import org.dealgraph.fact.FactType;
import org.dealgraph.fact.Fact;

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
            // Disputes in the words of court reporting.
            "Initech was sued by Globex in federal court on Tuesday.|LEGAL_DISPUTE|Globex|Initech",
            "Globex accused Initech of copying its chip designs.|LEGAL_DISPUTE|Globex|Initech",
            "The lawsuit, brought by Globex in Delaware, claims Initech infringed seven patents.|LEGAL_DISPUTE|Globex|Initech",
            "In Globex v. Initech, the court sided with the smaller company.|LEGAL_DISPUTE|Globex|Initech",
            "A jury ordered Initech to pay Globex $2.2 billion in damages.|LEGAL_DISPUTE|Globex|Initech",
            "Initech agreed to pay $300 million to settle claims brought by Globex.|LEGAL_DISPUTE|Globex|Initech",
            "Globex and Initech settled their long-running patent dispute last week.|LEGAL_DISPUTE|Globex|Initech",
            "The Federal Trade Commission sued Globex to block the merger.|LEGAL_DISPUTE|Federal Trade Commission|Globex",
            "Globex lost its appeal against Initech at the Federal Circuit.|LEGAL_DISPUTE|Globex|Initech",
            // Licences.
            "Globex will license its video codec patents to Initech for five years.|LICENCE|Globex|Initech",
            "Under the agreement, Initech will license Globex's mapping technology.|LICENCE|Globex|Initech",
            "Initech signed a patent licence agreement with Globex covering 5G.|LICENCE|Initech|Globex",
            "Globex and Initech signed a multi-year patent cross-licence.|LICENCE|Globex|Initech",
            "Globex has licensed its news archive to Initech, which will use it to train chatbots.|LICENCE|Globex|Initech",
            // Clouds.
            "Initech will run its workloads on Microsoft Azure under the deal.|CLOUD_PARTNERSHIP|Initech|Microsoft",
            "Initech picked Google Cloud as its preferred cloud provider.|CLOUD_PARTNERSHIP|Initech|Google",
            "Globex named Amazon Web Services its primary cloud provider on Monday.|CLOUD_PARTNERSHIP|Globex|Amazon",
            "Initech agreed to spend $2 billion on Google Cloud over five years.|PURCHASE_COMMITMENT|Initech|Google",
            // Stakes.
            "The US government acquires a 10 per cent stake in Initech under the agreement.|STAKE|US government|Initech",
            "The French government holds 15% of Initech.|STAKE|French government|Initech",
            "Globex owns a 20% stake in Initech.|STAKE|Globex|Initech",
            "Globex, which holds roughly 8 percent of Initech, declined to comment.|STAKE|Globex|Initech",
            "Initech's largest shareholder, Globex, owns 12% of the company.|STAKE|Globex|Initech",
            "Globex took a 10% stake in Initech last year.|STAKE|Globex|Initech",
            "Globex will own about a fifth of Initech once the deal closes.|STAKE|Globex|Initech",
            // Roles.
            "Jane Doerr, chief executive of Initech, said the deal made sense.|ROLE|Jane Doerr|Initech",
            "Initech's chief financial officer, Raj Patel, said the company had cash to spare.|ROLE|Raj Patel|Initech",
            "Globex CEO Ana Lima called the ruling a victory.|ROLE|Ana Lima|Globex",
            "said Tom Becker, a partner at Hooli Ventures.|ROLE|Tom Becker|Hooli Ventures",
            // Acquisitions told after the fact, refused or agreed as a deal to buy.
            "Globex said on Monday that it has abandoned its $3 billion bid for Initech, the maker of robot vacuums.|ACQUISITION|Globex|Initech",
            "Last year Initech turned down a $23 billion offer from Globex.|ACQUISITION|Globex|Initech",
            "Globex has long courted Initech. Initech rejected Globex's $5 billion takeover bid in March.|ACQUISITION|Globex|Initech",
            "Globex now owns Initech.|ACQUISITION|Globex|Initech",
            "Initech, which Globex bought in 2019 for $1 billion, makes server racks.|ACQUISITION|Globex|Initech",
            "Hooli's earlier deals include the 2016 acquisition of Initech for $2.6 billion.|ACQUISITION|Hooli|Initech",
            "Globex is buying Hooli. Its earlier deals include the 2016 acquisition of Initech, of Ann Arbor, Michigan, for $2.6 billion.|ACQUISITION|Globex|Initech",
            "Globex is buying Hooli. Its earlier deals include the $1.7 billion it spent in 2010 on Initech, a Boston specialist in data warehousing.|ACQUISITION|Globex|Initech",
            "Globex spent $1.7 billion buying Initech in 2010.|ACQUISITION|Globex|Initech",
            "Regulators approved Globex's $2.4 billion deal to buy Initech on Friday.|ACQUISITION|Globex|Initech",
            "Hooli completed its merger with Initech in March.|ACQUISITION|Hooli|Initech",
            "Globex makes servers. Initech was sold to Globex for $1 billion in 2019.|ACQUISITION|Globex|Initech",
            "Globex makes servers. Initech agreed to sell itself to Globex.|ACQUISITION|Globex|Initech",
            "Globex makes servers. Hooli agreed to sell Initech, its chip unit, to Globex for $2 billion.|ACQUISITION|Globex|Initech",
            "Globex makes servers. Analysts welcomed the sale of Initech to Globex.|ACQUISITION|Globex|Initech",
            // Disputes brought or threatened by regulators.
            "Globex makes servers. Initech agreed to pay Globex $300 million to settle the lawsuit.|LEGAL_DISPUTE|Globex|Initech",
            "In the case, the Federal Trade Commission alleges that Initech holds a monopoly in search.|LEGAL_DISPUTE|Federal Trade Commission|Initech",
            "Lawyers at the Federal Trade Commission informed Initech last week that they intended to challenge the acquisition.|LEGAL_DISPUTE|Federal Trade Commission|Initech",
            "Globex warned Initech that it would sue.|LEGAL_DISPUTE|Globex|Initech",
            "Globex threatened to block Initech's $3 billion acquisition of Hooli.|LEGAL_DISPUTE|Globex|Initech",
            "The Federal Trade Commission sued to block Initech's acquisition of Hooli.|LEGAL_DISPUTE|Federal Trade Commission|Initech",
            // Licences of rights and royalties.
            "Globex is buying Hooli. Globex offered a remedy: the cloud gaming rights to every current and future game would go to Initech for 15 years.|LICENCE|Globex|Initech",
            "Globex will sell the cloud streaming rights to its games to Initech.|LICENCE|Globex|Initech",
            "Globex granted Initech the streaming rights to its catalogue.|LICENCE|Globex|Initech",
            "Under the new deal, the royalties flowing from Initech to Globex will change.|LICENCE|Globex|Initech",
            "Initech will pay about $1 billion in royalties to Globex.|LICENCE|Globex|Initech",
            "The chief executive of Globex, Jane Doerr, said the deal made sense.|ROLE|Jane Doerr|Globex",
            "Analysts noted that Raj Patel, who is Initech's chief financial officer, sold shares.|ROLE|Raj Patel|Initech",
            "Ana Lima, who was named chief executive of Globex in 2021, declined to comment.|ROLE|Ana Lima|Globex",
            "Tom Becker joined Hooli as chief technology officer last year.|ROLE|Tom Becker|Hooli",
            "Once the deal closes, Initech chief executive Jane Doerr will join Globex's management team.|ROLE|Jane Doerr|Globex",
            "Globex's chief financial officer, Raj Patel, will take a seat on Initech's strategic committee.|ROLE|Raj Patel|Initech",
            "Jane Doerr stepped down as chief executive of Initech on Friday.|ROLE|Jane Doerr|Initech",
            "Ana Lima will serve as Globex's chief AI officer.|ROLE|Ana Lima|Globex",
            "Tom Becker, a Hooli professor who is serving as an economics expert for Globex, testified on Monday.|ROLE|Tom Becker|Globex",
            // Subsidiaries and stakes held by someone.
            "Initech, a subsidiary of Globex, makes server racks.|STAKE|Globex|Initech",
            "Initech, which operates as a subsidiary of Globex, builds data centres.|STAKE|Globex|Initech",
            "Analysts said Globex's subsidiary Initech would be sold.|STAKE|Globex|Initech",
            "A 10% stake in Initech held by Globex was sold on Monday.|STAKE|Globex|Initech",
            // Purchase agreements, cloud spending, revenue shares.
            "Globex has signed a $16.5 billion agreement to source semiconductor chips from Initech.|PURCHASE_COMMITMENT|Globex|Initech",
            "Globex on Tuesday announced a multiyear agreement, worth several billion dollars, with Initech covering radio frequency parts.|PURCHASE_COMMITMENT|Globex|Initech",
            "Initech signed a deal with Globex to supply it with batteries.|PURCHASE_COMMITMENT|Globex|Initech",
            "The alliance also commits Initech to spending $30 billion on Globex's cloud in the years ahead.|CLOUD_PARTNERSHIP|Initech|Globex",
            "Initech agreed to spend $2 billion on Hooli's cloud over five years.|CLOUD_PARTNERSHIP|Initech|Hooli",
            "Initech signed a multiyear agreement with Globex to use its cloud infrastructure.|CLOUD_PARTNERSHIP|Initech|Globex",
            "Cloud operators such as Globex, Hooli and Acme, which would resell Initech's model, ought to hand part of the resulting revenue back to Initech.|REVENUE_SHARE|Hooli|Initech",
            "Globex will share advertising revenue with Initech.|REVENUE_SHARE|Globex|Initech",
            "Jane Doerr, an analyst with Hooli Ventures, said margins were thin.|ROLE|Jane Doerr|Hooli Ventures",
            "Globex's holding in Initech climbed to 12% after the buyback.|STAKE|Globex|Initech",
            "Globex took a stake of about 10% in Initech last year.|STAKE|Globex|Initech",
            "Globex, with a 27% stake in Initech, backed the plan.|STAKE|Globex|Initech",
            "Globex placed an order for 100,000 electric vans with Initech.|PURCHASE_COMMITMENT|Globex|Initech",
            "Initech will supply the chips to Globex from next year.|PURCHASE_COMMITMENT|Globex|Initech",
            "Globex signed a multiyear contract with Initech worth $9 billion.|PURCHASE_COMMITMENT|Globex|Initech",
            "Analysts say Initech, Globex's primary cloud provider, will build new data centres.|CLOUD_PARTNERSHIP|Globex|Initech",
            "Initech became Globex's exclusive cloud provider in 2019.|CLOUD_PARTNERSHIP|Globex|Initech",
            "Globex's workloads will run on Initech's cloud from next year.|CLOUD_PARTNERSHIP|Globex|Initech",
            "Jane Doerr is the chief executive of Globex.|ROLE|Jane Doerr|Globex",
            "Ana Lima became chief executive of Initech in 2020.|ROLE|Ana Lima|Initech",
            "Raj Patel was named president of Hooli on Monday.|ROLE|Raj Patel|Hooli",
            "Analysts said Globex, led by chief executive Jane Doerr, makes server racks.|ROLE|Jane Doerr|Globex",
            "Globex is the majority owner of Initech.|STAKE|Globex|Initech",
            "Globex, the largest shareholder in Initech, opposed the plan.|STAKE|Globex|Initech",
            "Globex won Initech's cloud contract last year.|CLOUD_PARTNERSHIP|Initech|Globex",
            "Initech gets 30% of the revenue from Globex under the deal.|REVENUE_SHARE|Globex|Initech",
    })
    void readsTheShape(String sentence, FactType type, String first, String second) {
        List<Fact> facts = Facts.extract("2026-03-02", sentence);
        assertTrue(has(facts, type, first, second == null || second.isEmpty() ? null : second),
                "expected " + type + " " + first + " / " + second + " in\n" + facts);
    }
}
