package org.dealgraph.limits;

/** Messages for input a parser could not read for reasons other than its syntax, and what a parsed query calls on. */
public final class Parsing {
    private Parsing() {
    }

    /** Whether a query or update pattern calls another service ({@code SERVICE}). */
    public static boolean usesService(org.apache.jena.sparql.syntax.Element pattern) {
        if (pattern == null) {
            return false;
        }
        boolean[] found = {false};
        org.apache.jena.sparql.syntax.ElementWalker.walk(pattern, new org.apache.jena.sparql.syntax.ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** What went wrong, in words a person can act on. */
    public static String describe(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                e = cause;
                break;
            }
        }
        if (e instanceof StackOverflowError) {
            return "it is nested too deeply (brackets, parentheses or path steps within each other); "
                    + "simplify it or split it in parts.";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
