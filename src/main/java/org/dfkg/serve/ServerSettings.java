package org.dfkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dfkg.rdf.IriScheme;

/**
 * How the endpoint is served. {@code port} 0 takes any free port; {@code loopbackOnly} binds to
 * 127.0.0.1 only. {@code iris} is the base the IRIs were minted under: its {@code id/…} paths are
 * served at {@code /id/…} here. {@code dumps} is the folder of published dumps and {@code queries}
 * the folder of example queries the workbench offers. {@code queryTimeout} stops any query that runs
 * longer; {@code maxRows} caps the rows of a query that asks for more (or sets no LIMIT);
 * {@code corsOrigins} are the browser origins allowed to call the endpoint ("*" for any);
 * {@code maxRequestBytes} bounds a query's body and query string, checked before anything parses them;
 * {@code maxStringLength} bounds a string that REPLACE, CONCAT or GROUP_CONCAT builds, and
 * {@code maxResponseBytes} the result a query may send (it is held whole until the query is done);
 * {@code documentsPerPage} is how many documents a page of the landing page's list holds.
 */
public record ServerSettings(int port, String datasetName, boolean loopbackOnly, IriScheme iris, Path dumps, Path queries,
                             Duration queryTimeout, int maxRows, List<String> corsOrigins, int maxRequestBytes,
                             int maxStringLength, long maxResponseBytes, int documentsPerPage) {
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;
    public static final int DEFAULT_DOCUMENTS_PER_PAGE = 500;

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535, not " + port);
        if (!datasetName.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("dataset name must be letters, digits, - or _");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) throw new IllegalArgumentException("the query timeout must be positive");
        if (maxRows < 1) throw new IllegalArgumentException("the row cap must be at least 1");
        if (maxRequestBytes < 1024) throw new IllegalArgumentException("the request limit must be at least 1024 bytes");
        if (maxStringLength < 1024) throw new IllegalArgumentException("the string limit must be at least 1024 characters");
        if (maxResponseBytes < 1024) throw new IllegalArgumentException("the response limit must be at least 1024 bytes");
        if (documentsPerPage < 1) throw new IllegalArgumentException("a page must hold at least one document");
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** The defaults: 10 s timeout, 10,000 rows, any origin, 1 MiB requests, strings of 1,000,000 characters, 32 MiB results, 500 documents a page. */
    public ServerSettings(int port, String datasetName, boolean loopbackOnly, IriScheme iris, Path dumps, Path queries) {
        this(port, datasetName, loopbackOnly, iris, dumps, queries, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, List.of("*"), DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_DOCUMENTS_PER_PAGE);
    }

    public ServerSettings withLimits(Duration timeout, int rows) {
        return new ServerSettings(port, datasetName, loopbackOnly, iris, dumps, queries, timeout, rows, corsOrigins, maxRequestBytes, maxStringLength, maxResponseBytes, documentsPerPage);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(port, datasetName, loopbackOnly, iris, dumps, queries, queryTimeout, maxRows, origins, maxRequestBytes, maxStringLength, maxResponseBytes, documentsPerPage);
    }

    public ServerSettings withMaxRequestBytes(int bytes) {
        return new ServerSettings(port, datasetName, loopbackOnly, iris, dumps, queries, queryTimeout, maxRows, corsOrigins, bytes, maxStringLength, maxResponseBytes, documentsPerPage);
    }

    public ServerSettings withResultLimits(int stringLength, long responseBytes) {
        return new ServerSettings(port, datasetName, loopbackOnly, iris, dumps, queries, queryTimeout, maxRows, corsOrigins, maxRequestBytes,
                stringLength, responseBytes, documentsPerPage);
    }

    public ServerSettings withDocumentsPerPage(int documents) {
        return new ServerSettings(port, datasetName, loopbackOnly, iris, dumps, queries, queryTimeout, maxRows, corsOrigins, maxRequestBytes,
                maxStringLength, maxResponseBytes, documents);
    }
}
