package org.dealgraph.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses amounts of money and percentages as written in news text. */
public final class Quantities {

    /** A currency symbol or code, a number and an optional scale word: {@code $50 billion}, {@code €15m}. */
    static final Pattern MONEY = Pattern.compile(
            "(?<cur>US\\$|\\$|€|£|¥|USD ?|EUR ?|GBP ?)(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:[\\s-]?(?<scale>trillion|billion|million|thousand|(?i:bn|tn|mn|m|b|k))\\b)?");
    /** An amount written out in words: {@code 2.5 billion dollars}. */
    static final Pattern MONEY_WORDS = Pattern.compile(
            "(?<num>\\d+(?:\\.\\d+)?)\\s(?<scale>trillion|billion|million)\\s(?<cur>(?:US |U\\.S\\. )?dollars|euros|pounds)\\b");
    /** A number followed by "percent", "per cent" or "%". */
    static final Pattern PERCENT = Pattern.compile(
            "(?<num>\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b|per cent\\b|pct\\b)");
    /** A share written as a fraction, before "of": "a fifth of", "half of", "two-thirds of". */
    static final Pattern FRACTION = Pattern.compile(
            "(?i)\\b(?:(?:a|one)[ -](?<one>half|third|quarter|fifth|tenth)|(?<half>half)|(?<two>two)[ -]thirds|(?<three>three)[ -]quarters)(?= of\\b)");

    /** The percentage of a {@link #FRACTION} match. */
    static BigDecimal fractionPercent(Matcher m) {
        if (m.group("two") != null) {
            return new BigDecimal("66.7");
        }
        if (m.group("three") != null) {
            return new BigDecimal("75");
        }
        String one = m.group("one") != null ? m.group("one").toLowerCase(java.util.Locale.ROOT) : "half";
        return switch (one) {
            case "third" -> new BigDecimal("33.3");
            case "quarter" -> new BigDecimal("25");
            case "fifth" -> new BigDecimal("20");
            case "tenth" -> new BigDecimal("10");
            default -> new BigDecimal("50");
        };
    }

    /** Words before a number that make it approximate. */
    static final Pattern APPROXIMATE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:about|approximately|roughly|around|nearly|almost|some|close to|an estimated|more than|over|"
                    + "upwards of|just under|just over|at least|less than)\\s+)$");
    /** Words before a number that make it a ceiling. */
    static final Pattern UP_TO_BEFORE = Pattern.compile("(?i)(?:\\b(?:up to|as much as|as many as)\\s+)$");

    private Quantities() {
    }

    /** An amount of money: the value in the currency written and whether that currency is the US dollar. */
    public record Money(BigDecimal amount, boolean usd) {
    }

    /** Parses a whole money expression such as {@code "$7.5 billion"}. */
    public static Optional<Money> parseMoney(String text) {
        Matcher m = MONEY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(money(m));
    }

    static Money money(Matcher m) {
        BigDecimal number = new BigDecimal(m.group("num").replace(",", ""));
        String scale = m.group("scale");
        BigDecimal amount = number.multiply(multiplier(scale));
        String cur = m.group("cur").strip().toUpperCase(Locale.ROOT);
        boolean usd = cur.equals("$") || cur.equals("US$") || cur.equals("USD") || cur.endsWith("DOLLARS");
        return new Money(amount.stripTrailingZeros(), usd);
    }

    private static BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn" -> BigDecimal.TEN.pow(12);
            case "billion", "bn", "b" -> BigDecimal.TEN.pow(9);
            case "million", "mn", "m" -> BigDecimal.TEN.pow(6);
            case "thousand", "k" -> BigDecimal.TEN.pow(3);
            default -> BigDecimal.ONE;
        };
    }

    /** Parses a percentage such as {@code "27 percent"} or {@code "4.5%"} into 27 or 4.5. */
    public static Optional<BigDecimal> parsePercent(String text) {
        Matcher m = PERCENT.matcher(text.strip());
        return m.matches() ? Optional.of(new BigDecimal(m.group("num"))) : Optional.empty();
    }

    /** True when the text just before a number ({@code prefix}) makes it approximate. */
    public static boolean approximateBefore(String prefix) {
        return APPROXIMATE_BEFORE.matcher(tail(prefix)).find();
    }

    /** True when the text just before a number ({@code prefix}) makes it a ceiling. */
    public static boolean upToBefore(String prefix) {
        return UP_TO_BEFORE.matcher(tail(prefix)).find();
    }

    private static String tail(String prefix) {
        return prefix.length() > 30 ? prefix.substring(prefix.length() - 30) : prefix;
    }
}
