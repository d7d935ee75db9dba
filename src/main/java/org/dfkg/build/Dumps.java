package org.dfkg.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dfkg.rdf.IriScheme;

/**
 * Writes the dumps: TriG of the whole dataset and Turtle for each named graph. Files are written
 * to a temporary folder that replaces the old one, so a reader never sees half a set.
 */
public final class Dumps {
    public static final String ALL = "dfkg.trig";

    private Dumps() {}

    public static void write(DatasetGraph dataset, Path folder, IriScheme iris) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "dumps-");
        try (OutputStream out = Files.newOutputStream(tmp.resolve(ALL))) {
            RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS);
        }
        Path graphs = Files.createDirectories(tmp.resolve("graphs"));
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        for (Node name : names) {
            String file = name.getURI().substring(iris.base().length()).replace('/', '-') + ".ttl";
            try (OutputStream out = Files.newOutputStream(graphs.resolve(file))) {
                RDFDataMgr.write(out, dataset.getGraph(name), RDFFormat.TURTLE_BLOCKS);
            }
        }
        deleteRecursively(folder);
        Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
