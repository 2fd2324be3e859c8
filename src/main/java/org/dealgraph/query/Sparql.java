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
import org.dealgraph.DealgraphException;
import org.dealgraph.Resources;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

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

    /** Runs a query restricted to the given IRIs for {@code var} (a VALUES block set on a copy of the parsed query). */
    List<QuerySolution> selectFor(String name, String var, Collection<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        Query query = query(name).cloneQuery();
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        for (String iri : iris) {
            rows.add(BindingFactory.binding(v, NodeFactory.createURI(iri)));
        }
        query.setValuesDataBlock(List.of(v), rows);
        return run(name, query, Map.of());
    }

    private List<QuerySolution> run(String name, Query query, Map<String, ? extends RDFNode> bindings) {
        QueryExecutionBuilder builder = connection.newQuery().query(query)
                .timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        bindings.forEach(builder::substitution);
        try {
            // A read transaction of the connection: real for a local dataset, a no-op for a remote endpoint.
            return Txn.calculateRead(connection, () -> {
                try (QueryExecution qe = builder.build()) {
                    ResultSet rs = ResultSetFactory.copyResults(qe.execSelect());
                    List<QuerySolution> rows = new ArrayList<>();
                    rs.forEachRemaining(rows::add);
                    return rows;
                }
            });
        } catch (QueryCancelledException e) {
            throw new DealgraphException("The question '" + name + "' took longer than " + timeout.toMillis()
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
