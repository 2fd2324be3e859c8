package org.dealgraph.cli;

import org.dealgraph.article.ArticleMetadata;
import org.dealgraph.store.GraphStore;
import org.dealgraph.vocab.Iris;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Command-line options: flags, options with a value, and the remaining arguments. */
record Options(Set<String> flags, Map<String, String> values, List<String> arguments) {
    private static final Set<String> FLAGS = Set.of("--facts", "-v", "--real");
    private static final Set<String> WITH_VALUE = Set.of("--out", "--store", "--base", "--gold", "--split", "--seconds", "--threads", "--articles", "--dir",
            "--headline", "--published", "--publisher", "--source");
    static final String DEFAULT_STORE = "store";
    static final String DEFAULT_BASE = "http://localhost:8080/";

    static Options parse(List<String> args) {
        Set<String> flags = new java.util.HashSet<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (FLAGS.contains(arg)) {
                flags.add(arg);
            } else if (WITH_VALUE.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new Cli.UsageException(arg + " needs a value");
                }
                values.put(arg, args.get(++i));
            } else if (arg.startsWith("--") && arg.contains("=") && WITH_VALUE.contains(arg.substring(0, arg.indexOf('=')))) {
                values.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new Cli.UsageException("Unknown option: " + arg);
            } else {
                arguments.add(arg);
            }
        }
        return new Options(Set.copyOf(flags), Map.copyOf(values), List.copyOf(arguments));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    List<Path> paths() {
        return arguments.stream().map(Path::of).toList();
    }

    /** {@code --threads N}, by default one per core. */
    int threads() {
        return positiveInt("--threads", Runtime.getRuntime().availableProcessors());
    }

    /** The value of an option that takes a whole number of at least 1. */
    int positiveInt(String option, int defaultValue) {
        String value = value(option).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Cli.UsageException(option + " needs a whole number of at least 1, got: " + value);
    }

    /** The article metadata given with --headline, --published, --publisher and --source. */
    ArticleMetadata metadata(int articleCount) {
        ArticleMetadata metadata = new ArticleMetadata(value("--headline").orElse(null),
                value("--published").map(Options::date).orElse(null),
                value("--publisher").orElse(null), value("--source").orElse(null));
        if (articleCount > 1 && (metadata.headline() != null || metadata.source() != null)) {
            throw new Cli.UsageException("--headline and --source describe one article; give one article file with them");
        }
        return metadata;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Cli.UsageException("--published needs a date as YYYY-MM-DD, got: " + value);
        }
    }

    Iris iris() {
        return new Iris(value("--base").orElse(DEFAULT_BASE));
    }

    GraphStore openStore() {
        return GraphStore.onDisk(Path.of(value("--store").orElse(DEFAULT_STORE)));
    }
}
