package org.dealgraph.store;

class InMemoryGraphStoreTest extends AbstractGraphStoreTest {
    @Override
    GraphStore createStore() {
        return GraphStore.inMemory();
    }
}
