package org.dealgraph.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.DealgraphException;
import org.dealgraph.Resources;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the API's SPARQL queries (files {@code /dealgraph/query/NAME.rq}, parsed once) over a connection, with
 * parameters bound on the parsed query (never by editing text) and a time limit on every execution.
 */
final class Sparql {
    private static final String FOLDER = "/dealgraph/query/";
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private final RDFConnection connection;
    private final String target;
    private final Duration timeout;

    Sparql(RDFConnection connection, String target, Duration timeout) {
        this.connection = connection;
        this.target = target;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    static Query query(String name) {
        return PARSED.computeIfAbsent(name, n -> QueryFactory.create(Resources.text(FOLDER + n + ".rq")));
    }

    /** Runs a query with some variables bound to values. */
    List<QuerySolution> select(String name, Map<String, ? extends RDFNode> bindings) {
        return run(name, query(name), bindings);
    }

    /** IRIs per VALUES block: keeps each query well under an endpoint's query-length limit. */
    static final int VALUES_BATCH = 100;

    /**
     * Runs a query restricted to the given IRIs for {@code var} (a VALUES block set on a copy of the parsed query),
     * in batches of {@link #VALUES_BATCH} IRIs so that a long list never makes a query too long for the endpoint;
     * the rows of all batches, in batch order.
     */
    List<QuerySolution> selectFor(String name, String var, Collection<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(iris);
        List<QuerySolution> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += VALUES_BATCH) {
            rows.addAll(run(name, withValues(query(name), var, all.subList(i, Math.min(all.size(), i + VALUES_BATCH))),
                    Map.of()));
        }
        return rows;
    }

    /** Runs a CONSTRUCT query with some variables bound to values; the triples in a new model. */
    Model construct(String name, Map<String, ? extends RDFNode> bindings) {
        return execute(name, query(name), bindings, timeout, qe -> {
            Model model = ModelFactory.createDefaultModel();
            model.add(qe.execConstruct());
            return model;
        });
    }

    /** Runs a CONSTRUCT query restricted to the given IRIs for {@code var} (a VALUES block on a copy of the query). */
    Model constructFor(String name, String var, Collection<String> iris) {
        if (iris.isEmpty()) {
            return ModelFactory.createDefaultModel();
        }
        return execute(name, withValues(query(name), var, iris), Map.of(), timeout, qe -> {
            Model model = ModelFactory.createDefaultModel();
            model.add(qe.execConstruct());
            return model;
        });
    }

    /**
     * Runs a CONSTRUCT query with a quad template ({@code CONSTRUCT { GRAPH ?g { ... } }}) and hands each quad to
     * {@code sink} while the query runs, within {@code limit}.
     */
    void constructQuads(String name, Duration limit, Consumer<Quad> sink) {
        execute(name, query(name), Map.of(), limit, qe -> {
            qe.execConstructQuads().forEachRemaining(sink);
            return null;
        });
    }

    private static Query withValues(Query parsed, String var, Collection<String> iris) {
        Query query = parsed.cloneQuery();
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        for (String iri : iris) {
            rows.add(BindingFactory.binding(v, NodeFactory.createURI(iri)));
        }
        query.setValuesDataBlock(List.of(v), rows);
        return query;
    }

    private List<QuerySolution> run(String name, Query query, Map<String, ? extends RDFNode> bindings) {
        return execute(name, query, bindings, timeout, qe -> {
            ResultSet rs = ResultSetFactory.copyResults(qe.execSelect());
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        });
    }

    private <T> T execute(String name, Query query, Map<String, ? extends RDFNode> bindings, Duration limit,
                          Function<QueryExecution, T> work) {
        QueryExecutionBuilder builder = connection.newQuery().query(query)
                .timeout(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        bindings.forEach(builder::substitution);
        try {
            // A read transaction of the connection: real for a local dataset, a no-op for a remote endpoint.
            return Txn.calculateRead(connection, () -> {
                try (QueryExecution qe = builder.build()) {
                    return work.apply(qe);
                }
            });
        } catch (QueryCancelledException e) {
            throw new DealgraphException("The question '" + name + "' took longer than " + limit.toMillis()
                    + " ms on " + target + " and was stopped; ask a narrower question or raise the timeout"
                    + " (DealQueries.withTimeout, or dealgraph.query.timeout in the service)", e);
        } catch (DealgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DealgraphException("The question '" + name + "' failed on " + target + ": " + e.getMessage()
                    + ". Check that the SPARQL endpoint is running and serves the Dealgraph union graph.", e);
        }
    }
}
