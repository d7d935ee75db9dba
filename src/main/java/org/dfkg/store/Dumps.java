package org.dfkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dfkg.rdf.IriScheme;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.io.file.PathUtils;

/**
 * Writes the dumps: the whole dataset as TriG (plain and gzip), as gzip N-Quads and as JSON-LD
 * whose {@code @context} is the published {@code context.jsonld}; Turtle for each named graph; and
 * {@code SHA256SUMS} (the format of {@code sha256sum -c}) over every file. Files are written to a
 * temporary folder that replaces the old one, so a reader never sees half a set.
 */
public final class Dumps {
    public static final String ALL = "dfkg.trig";
    public static final String ALL_GZ = "dfkg.trig.gz";
    public static final String QUADS_GZ = "dfkg.nq.gz";
    public static final String JSON_LD = "dfkg.jsonld";
    public static final String CONTEXT = "context.jsonld";
    public static final String CHECKSUMS = "SHA256SUMS";

    private Dumps() {}

    public static void write(DatasetGraph dataset, Path folder, IriScheme iris) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "dumps-");
        try (OutputStream out = Files.newOutputStream(tmp.resolve(ALL))) {
            RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve(ALL_GZ)))) {
            RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve(QUADS_GZ)))) {
            RDFDataMgr.write(out, dataset, RDFFormat.NQUADS);
        }
        writeJsonLd(dataset, tmp);
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
        writeChecksums(tmp);
        deleteRecursively(folder);
        Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    /** JSON-LD 1.1 with the prefixes as a context of its own, referenced by its relative URL. */
    private static void writeJsonLd(DatasetGraph dataset, Path folder) throws IOException {
        PrefixMapping prefixes = contextPrefixes(dataset);
        // A plain in-memory copy: the transactional one costs more to fill and is not needed on one thread.
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        dataset.find().forEachRemaining(copy::add);
        copy.prefixes().putAll(prefixes);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(buffer, copy, RDFFormat.JSONLD11_PRETTY);
        JsonObject document = JSON.parseAny(new java.io.ByteArrayInputStream(buffer.toByteArray())).getAsObject();
        JsonObject context = new JsonObject();
        JsonObject terms = new JsonObject();
        prefixes.getNsPrefixMap().forEach(terms::put);
        context.put("@context", terms);
        document.put("@context", CONTEXT);
        try (OutputStream out = Files.newOutputStream(folder.resolve(JSON_LD))) {
            JSON.write(out, document);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(CONTEXT))) {
            JSON.write(out, context);
        }
    }

    private static PrefixMapping contextPrefixes(DatasetGraph dataset) {
        return PrefixMapping.Factory.create().setNsPrefixes(org.dfkg.vocab.Prefixes.STANDARD);
    }

    /** One line per file, "hex  path", sorted, as sha256sum writes it. */
    private static void writeChecksums(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                lines.add(sha256(f) + "  " + folder.relativize(f).toString().replace('\\', '/'));
            }
        }
        Files.write(folder.resolve(CHECKSUMS), lines);
    }

    public static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) PathUtils.deleteDirectory(folder);
    }
}
