package org.dealgraph.query;

import java.time.LocalDate;

/** The example of README.md ("Java query API"), compiled and run by {@link ReadmeExampleTest}. */
public class ReadmeExample {
    public static void main(String[] args) {
        String endpoint = args.length > 0 ? args[0] : "http://localhost:3030/dealgraph/sparql";
        try (DealQueries queries = DealQueries.remote(endpoint)) {   // or DealQueries.local(store)
            for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1)}) {
                for (Deal deal : queries.dealsOf("Microsoft", day)) {
                    if (deal instanceof Deal.Licence licence) {
                        System.out.printf("%s: %s licenses %s to %s, exclusive: %s, ends: %s%n", day,
                                licence.licensor().name(), licence.subject(), licence.licensee().name(),
                                licence.exclusive(), licence.validity().endDate() != null
                                        ? licence.validity().endDate() : licence.validity().endCondition());
                    }
                }
            }
            for (Conflict conflict : queries.conflicts()) {
                System.out.println(conflict.kind() + ": " + conflict.explanation());
            }
        }
    }
}
