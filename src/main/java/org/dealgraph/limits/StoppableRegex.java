package org.dealgraph.limits;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REGEX and REPLACE that stop when their query does. Java's regular expressions can backtrack for hours on a
 * short text (a pattern such as {@code ^(a+)+$}), and ARQ checks for a timeout only between solutions, never
 * inside one regex match. Here the text a pattern runs over is read through a {@link CharSequence} that checks,
 * every few thousand characters read, whether the query has been cancelled (its timeout fired, or its client
 * left) and whether the query timeout has passed since the match began; either stops the match, and with it the
 * query. Where no timeout applies (an update, or constants folded while a query is prepared) one match may run
 * {@value #OUTSIDE_TIMEOUT_MILLIS} ms, then it is an evaluation error. CONCAT and REPLACE build strings of at most
 * {@value #MAX_STRING} characters ({@link Concat}). {@link #install} puts these in place of ARQ's own, for every
 * query and update run on a dataset.
 */
public final class StoppableRegex {
    /** Characters read between two checks. */
    private static final int CHECK_EVERY = 4096;
    /**
     * The longest one match may run where no query timeout applies: an expression of constants folded while the
     * query is prepared (it is then left to be evaluated when the query runs, under its timeout), or an update.
     */
    static final long OUTSIDE_TIMEOUT_MILLIS = 1000;

    private StoppableRegex() {
    }

    /** Makes every query and update on the dataset with this context use the stoppable REGEX and REPLACE. */
    public static void install(Context context) {
        RewriteFactory factory = ctx -> {
            Rewrite standard = Optimize.stdOptimizationFactory.create(ctx);
            // Replaced before the standard rewrite, which may evaluate a REGEX of constants while folding them.
            return op -> standard.rewrite(replace(op));
        };
        context.set(ARQConstants.sysOptimizerFactory, factory);
    }

    /** {@code op} with REGEX and REPLACE replaced by their stoppable forms. */
    static Op replace(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof Regex)) {
                    return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                }
                if (func instanceof E_StrReplace && !(func instanceof Replace)) {
                    return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                }
                if (func instanceof E_StrConcat && !(func instanceof Concat)) {
                    return new Concat(args);
                }
                return super.transform(func, args);
            }
        }, op);
    }

    /** The text a pattern runs over, checking every {@value #CHECK_EVERY} characters read whether to stop. */
    static final class Watched implements CharSequence {
        private final String text;
        private final AtomicBoolean cancelled;
        private final long deadline;
        private final boolean timed;
        private int reads;

        Watched(String text, AtomicBoolean cancelled, long deadline, boolean timed) {
            this.text = text;
            this.cancelled = cancelled;
            this.deadline = deadline;
            this.timed = timed;
        }

        static Watched of(String text, FunctionEnv env) {
            AtomicBoolean cancelled = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
            long timeout = env == null ? -1 : timeoutMillis(env.getContext());
            boolean timed = timeout > 0;
            long millis = timed ? timeout : OUTSIDE_TIMEOUT_MILLIS;
            return new Watched(text, cancelled, System.nanoTime() + millis * 1_000_000L, timed);
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (cancelled != null && cancelled.get()) {
                    throw new QueryCancelledException();
                }
                if (System.nanoTime() - deadline > 0) {
                    if (!timed) {
                        // An evaluation error: a folded constant stays unevaluated, an update's row fails the test.
                        throw new ExprEvalException("the regular expression ran longer than " + OUTSIDE_TIMEOUT_MILLIS
                                + " ms");
                    }
                    throw new QueryCancelledException();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(text.substring(start, end), cancelled, deadline, timed);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The longest a query may run by the context's {@code arq:queryTimeout} ("total" or "first,total"), or -1. */
    static long timeoutMillis(Context context) {
        Object value = context == null ? null : context.get(ARQ.queryTimeout);
        if (value == null) {
            return -1;
        }
        long longest = -1;
        for (String part : value.toString().split(",")) {
            try {
                longest = Math.max(longest, Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                // not a number of milliseconds: no limit from this part
            }
        }
        return longest;
    }

    private static String string(String function, NodeValue value) {
        return NodeValueOps.checkAndGetStringLiteral(function, value).getLiteralLexicalForm();
    }

    /** REGEX(text, pattern [, flags]). */
    static final class Regex extends E_Regex {
        private volatile Compiled last;

        Regex(Expr text, Expr pattern, Expr flags) {
            super(text, pattern, flags);
        }

        /** Evaluated without an execution (constant folding, while the query is prepared). */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = string("REGEX", args.get(0));
            String pattern = string("REGEX", args.get(1));
            String flags = args.size() > 2 ? string("REGEX", args.get(2)) : null;
            Compiled compiled = last;
            if (compiled == null || !compiled.same(pattern, flags)) {
                compiled = new Compiled(pattern, flags, RegexEngine.makePattern("REGEX", pattern, flags));
                last = compiled;
            }
            return NodeValue.booleanReturn(compiled.regex().matcher(Watched.of(text, env)).find());
        }

        @Override
        public Expr copy(ExprList args) {
            return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]), keeping the language and datatype of the text. */
    static final class Replace extends E_StrReplace {
        Replace(Expr text, Expr pattern, Expr replacement, Expr flags) {
            super(text, pattern, replacement, flags);
        }

        /** Evaluated without an execution (constant folding, while the query is prepared). */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String pattern = string("REPLACE", args.get(1));
            String replacement = string("REPLACE", args.get(2));
            String flags = args.size() > 3 ? string("REPLACE", args.get(3)) : null;
            Matcher m = RegexEngine.makePattern("REPLACE", pattern, flags)
                    .matcher(Watched.of(text.getLiteralLexicalForm(), env));
            StringBuilder out = new StringBuilder();
            boolean replaced = false;
            try {
                while (m.find()) {
                    if (m.start() == m.end()) {
                        throw new ExprEvalException("REPLACE: the pattern matches the empty string");
                    }
                    m.appendReplacement(out, replacement);
                    replaced = true;
                    if (out.length() > MAX_STRING) {
                        throw tooLong("REPLACE");
                    }
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
            }
            if (!replaced) {
                return args.get(0);
            }
            m.appendTail(out);
            if (out.length() > MAX_STRING) {
                throw tooLong("REPLACE");
            }
            return NodeValue.makeNode(NodeFactory.createLiteral(out.toString(), text.getLiteralLanguage(),
                    text.getLiteralBaseDirection(), text.getLiteralDatatype()));
        }

        @Override
        public Expr copy(ExprList args) {
            return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }
    }

    /**
     * CONCAT that refuses to build a string longer than {@value #MAX_STRING} characters (an evaluation error, so
     * the variable it binds stays unbound): a query doubling a string in a chain of BINDs would otherwise build
     * strings of gigabytes, each held by the query until it ends.
     */
    static final class Concat extends E_StrConcat {
        Concat(ExprList args) {
            super(args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long length = 0;
            for (NodeValue arg : args) {
                if (arg.isLiteral()) {
                    length += arg.asNode().getLiteralLexicalForm().length();
                }
            }
            if (length > MAX_STRING) {
                throw tooLong("CONCAT");
            }
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList args) {
            return new Concat(args);
        }
    }

    /** The longest string CONCAT or REPLACE may build, in characters. */
    public static final int MAX_STRING = 1 << 20;

    private static ExprEvalException tooLong(String function) {
        return new ExprEvalException(function + ": the result would be longer than " + MAX_STRING + " characters");
    }

    private record Compiled(String pattern, String flags, Pattern regex) {
        boolean same(String p, String f) {
            return pattern.equals(p) && java.util.Objects.equals(flags, f);
        }
    }
}
