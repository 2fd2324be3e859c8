package org.dealgraph.app;

import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health of the store and the SPARQL endpoint, shown at {@code /actuator/health}. */
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
