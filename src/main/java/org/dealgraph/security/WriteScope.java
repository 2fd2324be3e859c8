package org.dealgraph.security;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.dealgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Which graphs a write may touch. Each article is one named graph and the default graph is the union of them all,
 * a view nobody writes. A WRITER writes graphs one at a time, each named by its IRI: a pattern over graphs
 * ({@code GRAPH ?g} in an INSERT or DELETE template) and DROP or CLEAR of ALL, NAMED or DEFAULT need ADMIN. Nobody
 * may write the default graph or a graph with one of the engine's reserved names ({@code urn:x-arq:...}, such as
 * {@code urn:x-arq:DefaultGraph}) or the graph of the ontology ({@link GraphStore#ONTOLOGY_GRAPH}), LOAD (it reads files and URLs on the server), call other hosts with SERVICE,
 * or insert an ill-typed literal such as {@code "2026-02-30"^^xsd:date}.
 */
public final class WriteScope {
    /** A refused write: the HTTP status (400 for what nobody may do, 403 for what needs ADMIN) and why. */
    public record Refusal(int status, String message) {
    }

    private static final String UNION = " The default graph is the union of the article graphs and cannot be "
            + "written; name a graph.";

    private WriteScope() {
    }

    /** Why {@code u} may not run for a user who is ({@code admin}) or is not an ADMIN, or null if it may. */
    public static Refusal refusal(Update u, boolean admin) {
        if (u instanceof UpdateLoad) {
            return bad("LOAD is not allowed: it would read files or URLs on the server. Upload articles with "
                    + "POST /api/articles, or send the triples with INSERT DATA.");
        }
        if (u instanceof UpdateWithUsing w && w.getWithIRI() != null && reserved(w.getWithIRI())) {
            return reservedGraph(w.getWithIRI());
        }
        if (u instanceof UpdateModify modify && org.dealgraph.limits.Parsing.usesService(modify.getWherePattern())) {
            return service();
        }
        List<Quad> written = new ArrayList<>();
        Node with = null;
        if (u instanceof UpdateData data) {
            written.addAll(data.getQuads());
        } else if (u instanceof UpdateDeleteWhere deleteWhere) {
            written.addAll(deleteWhere.getQuads());
        } else if (u instanceof UpdateModify modify) {
            written.addAll(modify.getDeleteQuads());
            written.addAll(modify.getInsertQuads());
            with = modify.getWithIRI();
        }
        for (Quad q : written) {
            Node g = q.getGraph();
            if (g.isVariable()) {
                if (!admin) {
                    return new Refusal(403, "Only ADMIN may write graphs chosen by a pattern (GRAPH ?"
                            + g.getName() + " { ... } in an INSERT or DELETE template); a WRITER names each "
                            + "graph it writes: GRAPH <IRI> { ... }.");
                }
            } else if (Quad.isDefaultGraph(g) && with == null) {
                return bad("Writing into the default graph is not allowed." + UNION);
            } else if (reserved(g)) {
                return reservedGraph(g);
            }
        }
        List<Quad> inserted = u instanceof UpdateDataInsert insert ? insert.getQuads()
                : u instanceof UpdateModify modify ? modify.getInsertQuads() : List.of();
        for (Quad q : inserted) {
            String invalid = invalidLiteral(q.getObject());
            if (invalid != null) {
                return bad(invalid);
            }
        }
        if (u instanceof UpdateBinaryOp op) {
            if (!op.getDest().isDefault() && ontology(op.getDest().getGraph())) {
                return reservedGraph(op.getDest().getGraph());
            }
            if (op.getDest().isDefault() || reserved(op.getDest().getGraph())) {
                return bad("ADD, COPY and MOVE into the default graph or a reserved graph are not allowed." + UNION);
            }
            if (op instanceof org.apache.jena.sparql.modify.request.UpdateMove
                    && (op.getSrc().isDefault() || reserved(op.getSrc().getGraph()))) {
                return bad("MOVE out of the default graph would write it." + UNION);
            }
        }
        if (u instanceof UpdateDropClear drop) {
            if ((drop.isAll() || drop.isAllNamed() || drop.isDefault()) && !admin) {
                return new Refusal(403, "Only ADMIN may drop or clear ALL, NAMED or DEFAULT; a WRITER drops or clears "
                        + "one graph at a time: DROP GRAPH <IRI>.");
            }
            if (drop.isOneGraph() && reserved(drop.getGraph())) {
                return reservedGraph(drop.getGraph());
            }
        }
        if (u instanceof UpdateCreate create && reserved(create.getGraph())) {
            return reservedGraph(create.getGraph());
        }
        return null;
    }

    /** Why a Graph Store write to the graph {@code graph} (an absolute IRI) is refused, or null if it may run. */
    public static Refusal graphRefusal(String graph) {
        Node g = org.apache.jena.graph.NodeFactory.createURI(graph);
        return reserved(g) ? reservedGraph(g) : null;
    }

    /** Why the literal {@code o} may not be stored (its form is not one of its datatype's), or null. */
    public static String invalidLiteral(Node o) {
        if (o != null && o.isLiteral() && o.getLiteralDatatype() != null
                && !o.getLiteralDatatype().isValid(o.getLiteralLexicalForm())) {
            return "The literal \"" + abbreviate(o.getLiteralLexicalForm()) + "\" is not a valid "
                    + o.getLiteralDatatypeURI() + " (an impossible date or amount?); nothing was written.";
        }
        return null;
    }

    /** The answer to a query or update that uses SERVICE. */
    public static Refusal service() {
        return bad("SERVICE is not available: queries and updates run against this store only, and the server "
                + "calls no other host.");
    }

    /**
     * The default graph under any of its names, the union graph, the engine's other reserved names, and the graph
     * of the ontology (written from the packaged ontology at start and by {@code load}, never by a client).
     */
    static boolean reserved(Node g) {
        return g != null && g.isURI() && (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)
                || g.getURI().startsWith("urn:x-arq:") || ontology(g));
    }

    private static boolean ontology(Node g) {
        return g != null && g.isURI() && g.getURI().equals(GraphStore.ONTOLOGY_GRAPH);
    }

    private static Refusal reservedGraph(Node g) {
        if (ontology(g)) {
            return bad("The graph <" + g.getURI() + "> holds the ontology; it is written from the ontology packaged "
                    + "with the service at start and by 'dealgraph load', and cannot be written here.");
        }
        return bad("The graph <" + abbreviate(g.getURI()) + "> is a name the store reserves (the default graph "
                + "or the union of all graphs); it cannot be written." + UNION);
    }

    private static Refusal bad(String message) {
        return new Refusal(400, message);
    }

    private static String abbreviate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
