package org.dealgraph.bench;

import org.dealgraph.JsonWriter;
import tools.jackson.databind.node.ObjectNode;

import org.dealgraph.DealgraphException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic corpus of deal articles: invented companies, people and numbers dropped into varied
 * sentence templates, with the deal facts each article states written beside it as gold JSON Lines.
 * The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    private static final String[] SYLLABLES = {"vel", "tra", "nox", "qui", "zen", "lu", "mar", "dor", "ka", "rio",
            "sel", "fen", "tor", "vix", "pal", "oro", "ne", "sta", "bri", "cor", "xa", "lin", "mo", "ter"};
    private static final String[] ORG_SUFFIX = {" AI", " Labs", " Systems", " Technologies", " Robotics", " Cloud",
            " Networks", " Semiconductor", " Data", ""};
    private static final String[] FIRST = {"Maria", "James", "Aiko", "Omar", "Lena", "Carlos", "Priya", "Tom",
            "Ingrid", "Kwame", "Sofia", "Daniel", "Mei", "Rafael", "Nadia", "Victor"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Tanaka", "Haddad", "Moreau", "Silva", "Kapoor",
            "Brennan", "Novak", "Mensah", "Rossi", "Weber", "Chen", "Alvarez", "Petrova", "Dubois"};
    private static final String[] TITLES = {"chief executive", "CEO", "chief technology officer", "president"};
    private static final String[] PUBLISHERS = {"Daily Ledger", "Tech Courier", "Market Wire", "Silicon Post"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One generated article: its text and its gold facts, one JSON object a line. */
    public record GeneratedArticle(String id, String text, String gold) {
    }

    /** Writes {@code count} articles as {@code DIR/articles/NAME.txt} and their facts as {@code DIR/gold/NAME.jsonl}. */
    public void write(Path folder, int count) {
        try {
            Path articles = Files.createDirectories(folder.resolve("articles"));
            Path gold = Files.createDirectories(folder.resolve("gold"));
            for (int i = 0; i < count; i++) {
                GeneratedArticle article = next(i);
                Files.writeString(articles.resolve(article.id() + ".txt"), article.text(), StandardCharsets.UTF_8);
                Files.writeString(gold.resolve(article.id() + ".jsonl"), article.gold(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new DealgraphException("Cannot write the synthetic corpus to " + folder + ": " + e.getMessage(), e);
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String company() {
        StringBuilder name = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            name.append(pick(SYLLABLES));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name + pick(ORG_SUFFIX);
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    /** A gold fact: its type, then its fields in the order given (name, value, name, value, ...). */
    private static ObjectNode fact(String type, Object... fields) {
        ObjectNode fact = JsonWriter.object().put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            String name = (String) fields[i];
            switch (fields[i + 1]) {
                case String text -> fact.put(name, text);
                case Integer n -> fact.put(name, n.intValue());
                case Long n -> fact.put(name, n.longValue());
                case Boolean flag -> fact.put(name, flag.booleanValue());
                default -> throw new IllegalArgumentException("No JSON form for " + fields[i + 1]);
            }
        }
        return fact;
    }

    private static void line(StringBuilder gold, ObjectNode fact) {
        gold.append(JsonWriter.write(fact)).append('\n');
    }

    /** The next article of the corpus. */
    public GeneratedArticle next(int index) {
        String investor = company();
        String target = company();
        String cloud = company();
        String partner = company();
        String ceo = person();
        LocalDate published = LocalDate.of(2020 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int billions = 1 + random.nextInt(40);
        int percent = 5 + random.nextInt(40);
        int commitment = 2 + random.nextInt(90);
        int until = published.getYear() + 2 + random.nextInt(6);
        String month = published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        boolean upTo = random.nextBoolean();
        List<String> body = new ArrayList<>();
        StringBuilder gold = new StringBuilder();

        body.add(String.format("%s said on %s that it will invest %s$%d billion in %s, the %s-based startup.",
                investor, pick(WEEKDAYS), upTo ? "up to " : "", billions, target,
                pick(new String[] {"Berlin", "Toronto", "Austin", "Lisbon", "Seoul"})));
        ObjectNode investment = fact("Investment", "investor", investor, "investee", target,
                "amountUSD", billions * 1_000_000_000L);
        if (upTo) {
            investment.put("upTo", true);
        }
        line(gold, investment);

        body.add(String.format("After the deal %s will own about %d percent of %s.", investor, percent, target));
        line(gold, fact("Stake", "holder", investor, "company", target, "percent", percent, "approximate", true));

        if (random.nextBoolean()) {
            body.add(String.format("%s also agreed to spend $%d billion on computing capacity from %s over five years.",
                    target, commitment, cloud));
            line(gold, fact("PurchaseCommitment", "buyer", target, "seller", cloud, "amountUSD", commitment * 1_000_000_000L));
        } else {
            body.add(String.format("%s named %s as its primary cloud provider.", target, cloud));
            line(gold, fact("CloudPartnership", "customer", target, "provider", cloud, "primary", true));
        }

        boolean exclusive = random.nextBoolean();
        body.add(String.format("Under a separate agreement, %s granted %s a %s licence to its technology until %d.",
                target, partner, exclusive ? "exclusive" : "non-exclusive", until));
        line(gold, fact("Licence", "licensor", target, "licensee", partner, "exclusive", exclusive,
                "endDate", Integer.toString(until)));

        body.add(String.format("%s, the company's %s, said the money would fund new data centers.", ceo, pick(TITLES)));
        line(gold, fact("Role", "person", ceo, "organization", target));

        if (random.nextBoolean()) {
            int valuation = billions * (3 + random.nextInt(8));
            body.add(String.format("The round values %s at $%d billion.", target, valuation));
            line(gold, fact("Valuation", "company", target, "amountUSD", valuation * 1_000_000_000L));
        }
        body.add(String.format("In %s, %s had announced a partnership with %s to build chips for robots.",
                month, target, partner));
        line(gold, fact("Partnership", "party1", target, "party2", partner));

        body.add("Analysts expect more deals of this kind as the cost of training large models keeps rising.");
        String id = String.format("synthetic-%05d", index);
        String headline = String.format("%s to Invest %s$%d Billion in %s", investor, upTo ? "Up to " : "", billions, target);
        String text = headline + "\nPublished: " + published + "\n\n" + String.join(" ", body.subList(0, 3)) + "\n\n"
                + String.join(" ", body.subList(3, body.size())) + "\n\nSource: " + pick(PUBLISHERS) + "\n";
        return new GeneratedArticle(id, text, gold.toString());
    }
}
