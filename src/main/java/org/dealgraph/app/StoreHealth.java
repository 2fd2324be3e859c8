package org.dealgraph.app;

import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the store and the SPARQL endpoint, shown at {@code /actuator/health}: DOWN when the store cannot be
 * read, or cannot be written (its last write failed, or its disk is nearly full).
 */
@Component("dealgraph")
class StoreHealth implements HealthIndicator {
    private final GraphStore store;
    private final EmbeddedFuseki fuseki;

    StoreHealth(GraphStore store, EmbeddedFuseki fuseki) {
        this.store = store;
        this.fuseki = fuseki;
    }

    @Override
    public Health health() {
        try {
            java.util.Optional<String> problem = store.writeProblem();
            if (problem.isPresent()) {
                return Health.down()
                        .withDetail("store", store.description())
                        .withDetail("problem", "the store cannot be written: " + problem.get())
                        .build();
            }
            return Health.up()
                    .withDetail("store", store.description())
                    .withDetail("articles", store.graphNames().size())
                    .withDetail("sparql", fuseki.sparqlUrl())
                    .build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
