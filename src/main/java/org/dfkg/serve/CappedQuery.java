package org.dfkg.serve;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with the row cap applied to the query it has just parsed: a query with no
 * LIMIT, or a larger one, runs with LIMIT {@code maxRows}, and the response says so in an
 * {@code X-Row-Cap} header. It serves every route that reaches the query operation ({@code /dfkg},
 * {@code /dfkg/}, {@code /dfkg/sparql}, {@code /dfkg/query}, GET and POST, any content type), and the
 * query is parsed once, by Fuseki. A query nested too deeply for ARQ's recursive algebra walkers (a
 * UNION of thousands of terms) is a 400 with a message, not a 500 and a stack overflow in the log.
 * It knows the queries that are running, so that {@link MemoryWatchdog} can stop the longest one.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "X-Row-Cap";
    /** Request attribute: why the query was stopped, when it was not its timeout. */
    static final String STOPPED_BECAUSE = "dfkg.stoppedBecause";
    private final int maxRows;
    private final Map<Thread, Running> running = new ConcurrentHashMap<>();

    private record Running(QueryExec exec, HttpAction action, long startNanos) {}

    CappedQuery(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.hasLimit() && query.getLimit() <= maxRows) return;
        query.setLimit(maxRows);
        action.setResponseHeader(HEADER, Integer.toString(maxRows));
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        running.put(Thread.currentThread(), new Running(exec, action, System.nanoTime()));
        return exec;
    }

    /** A query younger than this is never stopped for memory: the memory of one stopped a moment ago may not be collected yet. */
    private static final long MIN_AGE_NANOS = 1_000_000_000L;

    /** Stops the query that has run longest (at least a second), and says which; null when none has. */
    String stopLongestRunning(String why) {
        long now = System.nanoTime();
        Running longest = running.values().stream().filter(r -> now - r.startNanos() >= MIN_AGE_NANOS)
                .filter(r -> r.action().getRequest().getAttribute(STOPPED_BECAUSE) == null)
                .min(Comparator.comparingLong(Running::startNanos)).orElse(null);
        if (longest == null) return null;
        longest.action().getRequest().setAttribute(STOPPED_BECAUSE, why);
        longest.exec().abort();
        return "request " + longest.action().id + " after " + (System.nanoTime() - longest.startNanos()) / 1_000_000 + " ms";
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError tooDeep) {
            ServletOps.errorBadRequest("The query is nested too deeply for this server (a UNION or expression of thousands of terms); "
                    + "split it into smaller queries or use VALUES.");
        } finally {
            running.remove(Thread.currentThread());
        }
    }
}
