package org.dfkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation with the row cap applied to the query it has just parsed: a query with no
 * LIMIT, or a larger one, runs with LIMIT {@code maxRows}, and the response says so in an
 * {@code X-Row-Cap} header. It serves every route that reaches the query operation ({@code /dfkg},
 * {@code /dfkg/}, {@code /dfkg/sparql}, {@code /dfkg/query}, GET and POST, any content type), and the
 * query is parsed once, by Fuseki. A query nested too deeply for ARQ's recursive algebra walkers (a
 * UNION of thousands of terms) is a 400 with a message, not a 500 and a stack overflow in the log.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "X-Row-Cap";
    private final int maxRows;

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
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError tooDeep) {
            ServletOps.errorBadRequest("The query is nested too deeply for this server (a UNION or expression of thousands of terms); "
                    + "split it into smaller queries or use VALUES.");
        }
    }
}
