package org.dfkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * Bounds what one query's expressions may cost. ARQ matches REGEX and REPLACE with
 * {@code java.util.regex} on a plain string, which never looks at the query's cancel flag: a
 * backtracking pattern outlives its timeout and spins a thread until restart. And REPLACE, CONCAT
 * and GROUP_CONCAT build strings without bound: a few hundred bytes of query can fill the heap for
 * everyone. This guard rewrites each query's algebra after ARQ's optimiser so that
 * <ul>
 *   <li>REGEX and REPLACE match over a text that checks the cancel flag as the matcher reads it, so
 *       they stop with the query (503);</li>
 *   <li>REPLACE, CONCAT and GROUP_CONCAT refuse to build a string longer than {@code maxString}
 *       characters: the query is denied (422) with a message that says so.</li>
 * </ul>
 * Semantics are otherwise ARQ's own: the pattern is compiled by {@link RegexEngine#makePattern}
 * with the same flags, and a type error is still an expression error.
 */
final class QueryGuard {
    private QueryGuard() {}

    /** Installs the guard on a dataset's context: every query over it is rewritten after optimisation. */
    static void install(Context context, int maxString) {
        RewriteFactory standard = Optimize.getFactory();
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) ctx -> {
            var optimise = standard.create(ctx);
            return op -> guard(optimise.rewrite(op), maxString);
        });
    }

    static Op guard(Op op, int maxString) {
        ExprTransformCopy expressions = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) return new GuardedRegex(args);
                if (func instanceof E_StrReplace) return new GuardedReplace(args, maxString);
                if (func instanceof E_StrConcat) return new CappedConcat(args, maxString);
                return super.transform(func, args);
            }
        };
        TransformCopy groups = new TransformCopy() {
            @Override
            public Op transform(OpGroup group, Op sub) {
                List<ExprAggregator> aggregators = new ArrayList<>();
                for (ExprAggregator a : group.getAggregators()) {
                    aggregators.add(new ExprAggregator(a.getVar(), capped(a.getAggregator(), maxString)));
                }
                return OpGroup.create(sub, group.getGroupVars(), aggregators);
            }
        };
        return Transformer.transform(groups, expressions, op);
    }

    private static Aggregator capped(Aggregator aggregator, int maxString) {
        if (aggregator instanceof AggGroupConcat g) return new CappedGroupConcat(g.getExprList().get(0), g.getSeparator(), false, maxString);
        if (aggregator instanceof AggGroupConcatDistinct g) return new CappedGroupConcat(g.getExprList().get(0), g.getSeparator(), true, maxString);
        return aggregator;
    }

    private static QueryDeniedException tooLong(String function, int maxString) {
        return new QueryDeniedException(function + ": the result would be longer than this server's limit of "
                + maxString + " characters (serve --max-string)");
    }

    /** The cancel flag of the running query, or a flag that never rises outside a query. */
    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext context && context.getCancelSignal() != null) return context.getCancelSignal();
        return new AtomicBoolean();
    }

    private static String lexicalForm(String function, NodeValue value) {
        Node node = value.asNode();
        if (!node.isLiteral() || !(value.isString() || value.isLangString())) throw new ExprEvalException(function + ": not a string: " + value);
        return node.getLiteralLexicalForm();
    }

    /**
     * A string that a regex matcher reads through: every few thousand characters read, it looks at the
     * query's cancel flag. A backtracking pattern reads characters all the time, so it stops promptly.
     */
    static final class CancellableText implements CharSequence {
        private final String text;
        private final AtomicBoolean cancelled;
        private int reads;

        CancellableText(String text, AtomicBoolean cancelled) {
            this.text = text;
            this.cancelled = cancelled;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && cancelled.get()) throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CancellableText(text.substring(start, end), cancelled);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** REGEX(text, pattern[, flags]) that stops with its query. */
    static final class GuardedRegex extends ExprFunctionN {
        GuardedRegex(ExprList args) {
            super("regex", args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = lexicalForm("REGEX", args.get(0));
            Pattern pattern = RegexEngine.makePattern("REGEX", lexicalForm("REGEX", args.get(1)),
                    args.size() > 2 ? lexicalForm("REGEX", args.get(2)) : null);
            return NodeValue.booleanReturn(pattern.matcher(new CancellableText(text, cancelSignal(env))).find());
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new GuardedRegex(newArgs);
        }
    }

    /** REPLACE(text, pattern, replacement[, flags]) that stops with its query and builds no string past the cap. */
    static final class GuardedReplace extends ExprFunctionN {
        private final int maxString;

        GuardedReplace(ExprList args, int maxString) {
            super("replace", args);
            this.maxString = maxString;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            NodeValue input = args.get(0);
            String text = lexicalForm("REPLACE", input);
            Pattern pattern = RegexEngine.makePattern("REPLACE", lexicalForm("REPLACE", args.get(1)),
                    args.size() > 3 ? lexicalForm("REPLACE", args.get(3)) : null);
            String replacement = lexicalForm("REPLACE", args.get(2));
            Matcher m = pattern.matcher(new CancellableText(text, cancelSignal(env)));
            StringBuilder out = new StringBuilder();
            try {
                while (m.find()) {
                    m.appendReplacement(out, replacement);
                    if (out.length() > maxString) throw tooLong("REPLACE", maxString);
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException badReplacement) {
                throw new ExprEvalException("REPLACE: " + badReplacement.getMessage());
            }
            m.appendTail(out);
            if (out.length() > maxString) throw tooLong("REPLACE", maxString);
            return sameKind(out.toString(), input);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new GuardedReplace(newArgs, maxString);
        }
    }

    /** A result string with the language tag of the input, as REPLACE keeps it. */
    private static NodeValue sameKind(String result, NodeValue input) {
        String lang = input.asNode().getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(result) : NodeValue.makeLangString(result, lang);
    }

    /** CONCAT that measures its arguments before it joins them. */
    static final class CappedConcat extends E_StrConcat {
        private final int maxString;

        CappedConcat(ExprList args, int maxString) {
            super(args);
            this.maxString = maxString;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long length = 0;
            for (NodeValue arg : args) {
                if (arg.asNode().isLiteral()) length += arg.asNode().getLiteralLexicalForm().length();
            }
            if (length > maxString) throw tooLong("CONCAT", maxString);
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new CappedConcat(newArgs, maxString);
        }
    }

    /** GROUP_CONCAT (DISTINCT or not) that stops growing at the cap. */
    static final class CappedGroupConcat extends AggGroupConcat {
        private final boolean distinct;
        private final int maxString;

        CappedGroupConcat(Expr expr, String separator, boolean distinct, int maxString) {
            super(expr, separator);
            this.distinct = distinct;
            this.maxString = maxString;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new CappedGroupConcat(exprs.get(0), getSeparator(), distinct, maxString);
        }

        @Override
        public Accumulator createAccumulator() {
            String separator = getSeparator() == null ? " " : getSeparator();
            return new AccumulatorExpr(getExpr(), distinct) {
                private final StringBuilder joined = new StringBuilder();
                private boolean first = true;

                @Override
                protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
                    String text = value.asNode().isLiteral() ? value.asNode().getLiteralLexicalForm() : value.asString();
                    if ((long) joined.length() + separator.length() + text.length() > maxString) throw tooLong("GROUP_CONCAT", maxString);
                    if (!first) joined.append(separator);
                    joined.append(text);
                    first = false;
                }

                @Override
                protected void accumulateError(Binding binding, FunctionEnv env) {
                    // As ARQ's GROUP_CONCAT: a row whose value is an error adds nothing.
                }

                @Override
                protected NodeValue getAccValue() {
                    return NodeValue.makeString(joined.toString());
                }
            };
        }
    }
}
