package org.dealgraph.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * The stakes known in a company.
 *
 * @param company     the company
 * @param stakes      every stake read, from every article
 * @param knownTotal  the sum of the current stakes with a percentage: per holder, the largest stake that no later
 *                    version supersedes; what the articles do not mention is unknown, so this is a lower bound
 * @param approximate true when a figure in the total is approximate
 */
public record StakeSummary(Entity company, List<Deal.Stake> stakes, BigDecimal knownTotal, boolean approximate) {
    public StakeSummary {
        stakes = List.copyOf(stakes);
    }
}
