package org.dealgraph.support;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.dealgraph.DealgraphException;
import org.dealgraph.eval.Scorer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test support for the competency questions in {@code ontology/cq}: each {@code NN-name.rq} is a SPARQL SELECT
 * query over the union of the article graphs, and {@code NN-name.tsv} beside it is its expected answer on the
 * seed article, in the SPARQL TSV results format.
 *
 * <p>Answers are compared as multisets of rows. Numeric literals are compared by value ({@code 27} equals
 * {@code "27"^^xsd:decimal} and {@code 27.0}); plain strings by the scorer's name folding, equal or one
 * containing the other; every other term must be equal as an RDF term.
 */
public final class CompetencyQuestions {
    /** The folder of the queries, relative to the module root. */
    public static final Path DIRECTORY = Path.of("ontology", "cq");

    private CompetencyQuestions() {
    }

    /** Every {@code .rq} file of {@link #DIRECTORY}, sorted by name. */
    public static List<Path> queries() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new DealgraphException("Cannot list competency questions in " + DIRECTORY.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The query text of a competency question. */
    public static String queryText(Path rq) {
        return read(rq);
    }

    /** The question in English: the leading {@code #} comment lines, without the {@code #}. */
    public static String question(Path rq) {
        return read(rq).lines().takeWhile(l -> l.startsWith("#"))
                .map(l -> l.substring(1).strip()).collect(Collectors.joining(" "));
    }

    /** The file of the expected answer: the {@code .tsv} beside the {@code .rq}. */
    public static Path expectedFile(Path rq) {
        String name = rq.getFileName().toString();
        return rq.resolveSibling(name.substring(0, name.length() - ".rq".length()) + ".tsv");
    }

    /** Runs a competency question on a model (e.g. the union of the article graphs) and compares. */
    public static List<String> check(Path rq, Model union) {
        try (QueryExecution qexec = QueryExecution.model(union).query(queryText(rq)).build()) {
            return compare(rq, qexec.execSelect());
        }
    }

    /**
     * The differences between {@code actual} and the expected answer of {@code rq}, one human-readable line each;
     * empty when they are equal. Consumes {@code actual}.
     */
    public static List<String> compare(Path rq, ResultSet actual) {
        Path tsv = expectedFile(rq);
        ResultSet expected;
        try (InputStream in = Files.newInputStream(tsv)) {
            expected = ResultSetMgr.read(in, ResultSetLang.RS_TSV).materialise();
        } catch (IOException e) {
            throw new DealgraphException("Cannot read the expected answer " + tsv + ": " + e.getMessage(), e);
        }
        List<String> differences = new ArrayList<>();
        String name = rq.getFileName().toString();
        List<String> expectedVars = expected.getResultVars();
        List<String> actualVars = actual.getResultVars();
        if (!expectedVars.equals(actualVars)) {
            differences.add(name + ": variables differ: expected " + expectedVars + ", got " + actualVars);
        }
        List<Map<String, Node>> expectedRows = solutions(expected, expectedVars);
        List<Map<String, Node>> unmatched = solutions(actual, expectedVars);
        for (Map<String, Node> row : expectedRows) {
            Map<String, Node> hit = unmatched.stream().filter(a -> sameRow(row, a, expectedVars)).findFirst().orElse(null);
            if (hit == null) {
                differences.add(name + ": missing    " + show(row, expectedVars));
            } else {
                unmatched.remove(hit);
            }
        }
        unmatched.stream().map(r -> show(r, expectedVars)).sorted()
                .forEach(row -> differences.add(name + ": unexpected " + row));
        return differences;
    }

    private static List<Map<String, Node>> solutions(ResultSet results, List<String> vars) {
        List<Map<String, Node>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, Node> row = new HashMap<>();
            for (String var : vars) {
                RDFNode value = solution.get(var);
                if (value != null) {
                    row.put(var, value.asNode());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean sameRow(Map<String, Node> expected, Map<String, Node> actual, List<String> vars) {
        for (String var : vars) {
            Node e = expected.get(var);
            Node a = actual.get(var);
            if (e == null || a == null) {
                if (e != a) {
                    return false;
                }
            } else if (!sameTerm(e, a)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plain strings (names, titles, subjects) match as the deal-facts scorer matches them: after folding, equal or
     * one containing the other ("Bedrock" and "Amazon Bedrock"); every other term must be equal, numbers by value.
     */
    static boolean sameTerm(Node expected, Node actual) {
        if (isPlainString(expected) && isPlainString(actual)) {
            String e = Scorer.fold(expected.getLiteralLexicalForm());
            String a = Scorer.fold(actual.getLiteralLexicalForm());
            return !e.isEmpty() && !a.isEmpty() && (e.equals(a) || e.contains(a) || a.contains(e));
        }
        return canonical(expected).equals(canonical(actual));
    }

    private static boolean isPlainString(Node node) {
        return node.isLiteral() && node.getLiteralDatatype().equals(XSDDatatype.XSDstring);
    }

    private static String show(Map<String, Node> row, List<String> vars) {
        StringBuilder sb = new StringBuilder("{");
        for (String var : vars) {
            Node value = row.get(var);
            sb.append(' ').append('?').append(var).append('=').append(value == null ? "UNDEF" : canonical(value)).append(' ');
        }
        return sb.append('}').toString();
    }

    /** An RDF term in Turtle syntax, numbers by value so that {@code 27} and {@code 27.0} compare equal. */
    static String canonical(Node node) {
        if (node.isLiteral() && node.getLiteralDatatype() instanceof XSDDatatype dt && isNumeric(dt)) {
            try {
                BigDecimal value = new BigDecimal(node.getLiteralLexicalForm().strip());
                return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                // INF, NaN or an ill-formed number: compare as written
            }
        }
        return NodeFmtLib.strTTL(node);
    }

    private static boolean isNumeric(XSDDatatype dt) {
        return dt.equals(XSDDatatype.XSDdecimal) || dt.equals(XSDDatatype.XSDinteger) || dt.equals(XSDDatatype.XSDdouble)
                || dt.equals(XSDDatatype.XSDfloat) || dt.equals(XSDDatatype.XSDint) || dt.equals(XSDDatatype.XSDlong)
                || dt.equals(XSDDatatype.XSDnonNegativeInteger) || dt.equals(XSDDatatype.XSDpositiveInteger);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DealgraphException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
