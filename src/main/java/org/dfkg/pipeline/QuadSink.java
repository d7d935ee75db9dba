package org.dfkg.pipeline;

import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Where a build puts its graphs: an in-memory dataset, or N-Quads for a bulk load. A graph may arrive in several chunks. */
@FunctionalInterface
interface QuadSink {
    void add(Node graphName, Graph triples) throws IOException;
}
