package org.dealgraph.app;

import org.dealgraph.query.DealQueries;
import org.dealgraph.store.GraphStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The typed query API over the service's store, for the REST controllers and other beans. */
@Configuration(proxyBeanMethods = false)
class QueryConfiguration {

    /**
     * @param timeout the longest one query of the API may run ({@code dealgraph.query.timeout}, default 10 s)
     */
    @Bean(destroyMethod = "close")
    DealQueries dealQueries(GraphStore store, @Value("${dealgraph.query.timeout:10s}") Duration timeout) {
        return DealQueries.local(store).withTimeout(timeout);
    }
}
