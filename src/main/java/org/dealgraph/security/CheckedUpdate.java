package org.dealgraph.security;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

import java.util.List;

/**
 * Runs a SPARQL update that {@link WriteScope} has let through, exactly as parsed and checked, in one write
 * transaction: all of its operations take effect, or none does. Literals that only exist once the update runs
 * (built in its WHERE clause, {@code STRDT("2026-02-30", xsd:date)}) are checked before each operation's inserts
 * are made; an ill-typed one refuses the whole update.
 */
final class CheckedUpdate {
    /** Thrown inside the transaction to abort it. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private CheckedUpdate() {
    }

    /** Runs {@code update} on {@code dsg}; throws {@link Refused} (nothing written) if it would insert an ill-typed literal. */
    static void run(UpdateRequest update, DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            for (Update u : update.getOperations()) {
                if (u instanceof UpdateModify modify) {
                    String invalid = invalidInsert(modify, dsg);
                    if (invalid != null) {
                        throw new Refused(invalid);
                    }
                }
                UpdateRequest one = new UpdateRequest();
                one.setPrefixMapping(update.getPrefixMapping());
                one.add(u);
                UpdateExec.dataset(dsg).update(one).execute();
            }
        });
    }

    /** Evaluates the WHERE clause as the update will, and checks the literals its INSERT template would make. */
    private static String invalidInsert(UpdateModify modify, DatasetGraph dsg) {
        List<Quad> template = modify.getInsertQuads();
        if (template.stream().noneMatch(q -> q.getObject().isVariable())) {
            return null;
        }
        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryResultStar(true);
        Element where = modify.getWherePattern();
        if (!modify.getUsing().isEmpty() || !modify.getUsingNamed().isEmpty()) {
            modify.getUsing().forEach(g -> query.addGraphURI(g.getURI()));
            modify.getUsingNamed().forEach(g -> query.addNamedGraphURI(g.getURI()));
        } else if (modify.getWithIRI() != null) {
            where = new ElementNamedGraph(modify.getWithIRI(), where);
        }
        query.setQueryPattern(where);
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                for (Quad q : template) {
                    Node o = q.getObject();
                    String invalid = WriteScope.invalidLiteral(o.isVariable() ? row.get(Var.alloc(o)) : o);
                    if (invalid != null) {
                        return invalid;
                    }
                }
            }
        }
        return null;
    }
}
