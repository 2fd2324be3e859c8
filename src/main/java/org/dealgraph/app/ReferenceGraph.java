package org.dealgraph.app;

import org.dealgraph.load.ReferenceLinks;
import org.dealgraph.store.GraphStore;
import org.dealgraph.store.StoreWriteException;
import org.dealgraph.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At every start, makes the store's reference graph ({@link GraphStore#REFERENCE_GRAPH}) state the links of the
 * reference list ({@code data/reference/links.tsv}) on the service's entity IRIs: a store loaded with an older list
 * gets the current one, and a store that has it already is not written.
 */
@Component
class ReferenceGraph {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceGraph.class);

    private final GraphStore store;
    private final Iris iris;

    ReferenceGraph(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    void install() {
        var model = ReferenceLinks.packagedGraph(iris);
        try {
            if (store.putReferenceGraph(model.getGraph())) {
                LOG.info("The reference graph {} now holds {} links of reference entities", GraphStore.REFERENCE_GRAPH,
                        model.size());
            }
        } catch (StoreWriteException e) {
            LOG.warn("The reference graph could not be written ({}); entities are served without their links",
                    e.getMessage());
        }
    }
}
