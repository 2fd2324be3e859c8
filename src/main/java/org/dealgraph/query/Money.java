package org.dealgraph.query;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money.
 *
 * @param value    the figure, e.g. {@code 50000000000}
 * @param currency an ISO 4217 code, e.g. {@code "USD"}
 * @param upTo     true when the figure is an upper bound ("up to $50 billion")
 */
public record Money(BigDecimal value, String currency, boolean upTo) {
    public Money {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
    }

    @Override
    public String toString() {
        return (upTo ? "up to " : "") + currency + " " + value.toPlainString();
    }
}
