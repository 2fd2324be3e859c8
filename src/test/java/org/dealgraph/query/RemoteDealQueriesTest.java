package org.dealgraph.query;

import org.dealgraph.fuseki.EmbeddedFuseki;
import org.dealgraph.store.GraphStore;

/** The query API over the SPARQL endpoint of a real Fuseki server on a free port. */
class RemoteDealQueriesTest extends AbstractDealQueriesTest {
    private EmbeddedFuseki fuseki;

    @Override
    protected DealQueries open(GraphStore store) {
        fuseki = EmbeddedFuseki.start(store, 0, "/dealgraph");
        return DealQueries.remote(fuseki.sparqlUrl());
    }

    @Override
    protected void stop() {
        fuseki.close();
    }
}
