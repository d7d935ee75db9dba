package org.dfkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dfkg.vocab.DFKG;

/**
 * The published store: a folder of generations. Each build writes one generation beside the others
 * ({@code g-000042/}: the TDB2 database {@code tdb2/}, the text index {@code text/}, the dumps
 * {@code dumps/} and a {@code MANIFEST} of their counts), checks it, then publishes it in one step
 * by replacing the file {@code CURRENT}, which names the published generation. A reader (a server,
 * a command) opens the generation {@code CURRENT} names, so SPARQL, search, the dumps and VoID always
 * come from one build. The previous generation is kept until the next publish, so a query still
 * running on it finishes; older ones, and the half-written folder of a build that crashed, are
 * removed by the next build or server start.
 *
 * <p>One build at a time holds {@code <store>.lock}; a second build is refused with a message. A disk
 * that fills up fails the build with a message naming the free space, and its folder is removed.
 */
public final class TdbStore {
    static final String TDB = "tdb2";
    static final String TEXT = "text";
    public static final String DUMPS = "dumps";
    static final String MANIFEST = "MANIFEST";
    static final String CURRENT = "CURRENT";
    private static final String PARTIAL = ".partial";

    private TdbStore() {}

    /** What a build wrote, counted when it was written, to be compared with what a reader finds. */
    public record Manifest(long quads, long documents, long texts) {
        static Manifest read(Path file) throws IOException {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            try {
                return new Manifest(Long.parseLong(p.getProperty("quads")), Long.parseLong(p.getProperty("documents")), Long.parseLong(p.getProperty("texts")));
            } catch (RuntimeException e) {
                throw new IOException(file + ": not a manifest this version wrote (" + e.getMessage() + ")");
            }
        }

        void write(Path file) throws IOException {
            Properties p = new Properties();
            p.setProperty("quads", Long.toString(quads));
            p.setProperty("documents", Long.toString(documents));
            p.setProperty("texts", Long.toString(texts));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "What this generation holds, counted when it was built; checked when it is opened");
            }
        }
    }

    /** One published build, opened: its dataset (union default graph, text index attached) and its dumps. */
    public record Generation(String name, Path folder, DatasetGraph dataset, Manifest manifest) {
        public Path dumps() {
            return folder.resolve(DUMPS);
        }
    }

    /** Fills a new generation folder: {@code tdb2/}, {@code text/} and {@code dumps/}. It is published only when this returns. */
    @FunctionalInterface
    public interface Loader {
        void load(Path folder) throws IOException;
    }

    /** Loads {@code content} into a new generation with its dumps and publishes it. */
    public static void replace(Path store, DatasetGraph content, org.dfkg.rdf.IriScheme iris) throws IOException {
        replace(store, folder -> {
            fill(folder, content);
            Dumps.write(content, folder.resolve(DUMPS), iris);
        });
    }

    /** Writes {@code content} into a new database folder, with its text index. */
    public static void fill(Path fresh, DatasetGraph content) throws IOException {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(fresh.resolve(TDB).toString());
        DatasetGraph indexed = TextSearch.withIndex(tdb, fresh.resolve(TEXT));
        Txn.executeWrite(indexed, () -> content.find().forEachRemaining(indexed::add));
        indexed.close();
        TDBInternal.expel(tdb);
    }

    public static void replace(Path store, Loader loader) throws IOException {
        Path root = store.toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (FileChannel lockFile = buildLock(root); FileLock lock = lockFile.tryLock()) {
            if (lock == null) throw new IOException(store + ": another build is publishing this database; try again when it is done");
            clearLeftovers(root);
            String name = nextName(root);
            Path fresh = root.resolve(name + PARTIAL);
            try {
                Files.createDirectories(fresh);
                loader.load(fresh);
                writeManifest(fresh);
                Files.move(fresh, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException | InternalError e) {
                // InternalError: TDB2 writes through memory-mapped files, and a full disk faults there.
                deleteQuietly(fresh);
                throw new IOException(store + ": could not write the new database (" + describe(e) + ")" + freeSpace(root), e);
            }
            pauseForTests();
            publish(root, name);
            clearLeftovers(root);
        }
    }

    /** {@code <store>.lock}, beside the store: the one build that holds it may publish or clear. */
    private static FileChannel buildLock(Path root) throws IOException {
        return FileChannel.open(root.resolveSibling(root.getFileName() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return (m == null ? "" : m + " ") + "(" + root.getClass().getSimpleName() + ")";
    }

    private static String freeSpace(Path root) {
        try {
            FileStore fs = Files.getFileStore(root);
            return "; " + (fs.getUsableSpace() >> 20) + " MB free on " + fs;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            Dumps.deleteRecursively(folder);
        } catch (IOException | RuntimeException ignored) {
            // The next build clears what is left (every *.partial folder).
        }
    }

    /** The one step that publishes: {@code CURRENT} is replaced by a file that names the new generation. */
    private static void publish(Path root, String name) throws IOException {
        Path next = root.resolve(CURRENT + ".next");
        Files.writeString(next, name + "\n", StandardCharsets.UTF_8);
        try (FileChannel c = FileChannel.open(next, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> generations(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> children = Files.list(root)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.matches("g-\\d{6,}")).sorted().toList();
        }
    }

    private static String nextName(Path root) throws IOException {
        List<String> all = generations(root);
        long last = all.isEmpty() ? 0 : Long.parseLong(all.get(all.size() - 1).substring(2));
        return String.format("g-%06d", last + 1);
    }

    /**
     * Removes what no reader can need: half-written generations, generations older than the one before
     * the current, and the files of the layout before generations. Called under the build lock.
     */
    static void clearLeftovers(Path root) throws IOException {
        Optional<String> current = currentName(root);
        List<String> all = generations(root);
        int keepFrom = current.map(all::indexOf).orElse(all.size()) - 1;
        List<Path> gone = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path p : children.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(PARTIAL) || n.equals(CURRENT + ".next") || n.equals(TDB) || n.equals(TEXT)) gone.add(p);
                else if (all.contains(n) && all.indexOf(n) < keepFrom) gone.add(p);
            }
        }
        gone.sort(Comparator.naturalOrder());
        for (Path p : gone) {
            if (Files.isDirectory(p)) deleteQuietly(p);
            else Files.deleteIfExists(p);
        }
    }

    /** Clears leftovers when no build is running (a server start); does nothing while one holds the lock. */
    public static void clearLeftoversIfIdle(Path store) {
        Path root = store.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) return;
        try (FileChannel lockFile = buildLock(root); FileLock lock = lockFile.tryLock()) {
            if (lock != null) clearLeftovers(root);
        } catch (IOException | RuntimeException e) {
            // A read-only or busy store keeps its leftovers; the next build clears them.
        }
    }

    static Optional<String> currentName(Path root) throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (!name.matches("g-\\d{6,}")) throw new IOException(pointer + ": does not name a generation (\"" + name + "\")");
        return Optional.of(name);
    }

    /** The folder of the published generation. */
    public static Path currentFolder(Path store) throws IOException {
        Path root = store.toAbsolutePath().normalize();
        String name = currentName(root).orElseThrow(() -> new IOException(store + ": no database (or one from an older version); run the build first"));
        return root.resolve(name);
    }

    /** The dumps of the published generation. */
    public static Path currentDumps(Path store) throws IOException {
        return currentFolder(store).resolve(DUMPS);
    }

    private static void writeManifest(Path folder) throws IOException {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(folder.resolve(TDB).toString());
        try {
            long[] counts = Txn.calculateRead(tdb, () -> new long[] {tdb.stream().count(), documents(tdb)});
            new Manifest(counts[0], counts[1], textDocuments(folder.resolve(TEXT))).write(folder.resolve(MANIFEST));
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    private static long documents(DatasetGraph dsg) {
        return dsg.stream(Node.ANY, Node.ANY, RDF.type.asNode(), DFKG.POLICY_DOCUMENT.asNode()).map(q -> q.getSubject()).distinct().count();
    }

    private static long textDocuments(Path text) throws IOException {
        try (FSDirectory dir = FSDirectory.open(text)) {
            if (!DirectoryReader.indexExists(dir)) throw new IOException(text + ": the full-text index is missing");
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        }
    }

    /** Lets the publishing test kill a build between writing a generation and publishing it. */
    private static void pauseForTests() {
        String pause = System.getProperty("dfkg.test.pauseBeforePublish");
        if (pause == null) return;
        try {
            Thread.sleep(Long.parseLong(pause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the published generation's dataset (see {@link #openCurrent}). */
    public static DatasetGraph open(Path store) throws IOException {
        return openCurrent(store).dataset();
    }

    /** Opened generations by folder: a Lucene index takes one writer per JVM, so a second opening shares the first. */
    private static final java.util.Map<Path, Generation> OPEN = new java.util.HashMap<>();

    /**
     * Opens the generation {@code CURRENT} names, after checking it against its manifest: a database in
     * use by another live process, a read-only folder, a missing or damaged file, or counts that differ
     * from what the build wrote are reported by an {@link IOException} and never served.
     */
    public static Generation openCurrent(Path store) throws IOException {
        return openGeneration(currentFolder(store));
    }

    public static Generation openGeneration(Path folder) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (OPEN) {
            Generation open = OPEN.get(key);
            if (open != null) return open;
            Generation opened = openNew(key);
            OPEN.put(key, opened);
            return opened;
        }
    }

    /** Lets go of a generation no reader uses any more (the server, after its grace period). */
    public static void close(Generation generation) {
        synchronized (OPEN) {
            OPEN.remove(generation.folder());
        }
        release(generation.dataset());
    }

    private static Generation openNew(Path folder) throws IOException {
        Path tdbFolder = folder.resolve(TDB);
        if (!Files.isDirectory(tdbFolder) || !Files.isDirectory(folder.resolve(TEXT)) || !Files.isRegularFile(folder.resolve(MANIFEST))) {
            throw new IOException(folder + ": the published generation is incomplete (its tdb2/, text/ or MANIFEST is missing)");
        }
        refuseIfInUse(tdbFolder);
        if (!writable(tdbFolder)) {
            throw new IOException(tdbFolder + ": the database folder is read-only; TDB2 writes its lock and journal there even to read. "
                    + "Make it writable, or copy the store to a writable place");
        }
        Manifest manifest = Manifest.read(folder.resolve(MANIFEST));
        long texts;
        try {
            texts = textDocuments(folder.resolve(TEXT));
        } catch (IOException | RuntimeException e) {
            throw new IOException(folder.resolve(TEXT) + ": the full-text index cannot be read (" + describe(e) + ")", e);
        }
        if (texts != manifest.texts()) {
            throw new IOException(folder.resolve(TEXT) + ": the full-text index holds " + texts + " texts, the build wrote " + manifest.texts());
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(tdbFolder.toString());
        } catch (RuntimeException e) {
            throw new IOException(tdbFolder + ": the TDB2 database cannot be opened (" + describe(e) + ")", e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph text;
        try {
            text = TextSearch.withIndex(dsg, folder.resolve(TEXT));
        } catch (IOException | RuntimeException e) {
            TDBInternal.expel(dsg);
            throw new IOException(folder.resolve(TEXT) + ": the full-text index cannot be opened (" + describe(e) + ")", e);
        }
        text.getContext().set(TDB2.symUnionDefaultGraph, true);
        // Through a wrapper (the server's live dataset), text:query finds its index in the context.
        text.getContext().set(TextQuery.textIndex, ((org.apache.jena.query.text.DatasetGraphText) text).getTextIndex());
        // Every quad is read, so every node of the node table is decoded: a damaged table fails here, not in a query.
        long[] counts;
        try {
            counts = Txn.calculateRead(text, () -> {
                long quads = 0;
                var it = text.find();
                while (it.hasNext()) {
                    var q = it.next();
                    if (q.getObject().isLiteral()) q.getObject().getLiteralLexicalForm();
                    quads++;
                }
                return new long[] {quads, documents(text)};
            });
        } catch (RuntimeException | InternalError e) {
            release(text);
            throw new IOException(tdbFolder + ": the database cannot be read (" + describe(e) + ")", e);
        }
        if (counts[0] != manifest.quads() || counts[1] != manifest.documents()) {
            release(text);
            throw new IOException(tdbFolder + ": the database holds " + counts[0] + " quads and " + counts[1] + " documents, the build wrote "
                    + manifest.quads() + " and " + manifest.documents());
        }
        return new Generation(folder.getFileName().toString(), folder, text, manifest);
    }

    /** Writable for this process, and not marked read-only by its owner (which root would otherwise ignore). */
    private static boolean writable(Path folder) {
        if (!Files.isWritable(folder)) return false;
        try {
            return Files.getPosixFilePermissions(folder).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** TDB2's lock file names the process that holds the database; a live one other than this is using it. */
    private static void refuseIfInUse(Path tdbFolder) throws IOException {
        Path lock = tdbFolder.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) return;
        String content = Files.readString(lock, StandardCharsets.UTF_8).strip();
        if (!content.matches("\\d+")) return;
        long pid = Long.parseLong(content);
        if (pid == ProcessHandle.current().pid()) return;
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            throw new InUseException(tdbFolder + ": database in use by pid " + pid + " (another dfkg serve?); stop it, or serve another copy");
        }
    }

    /** The database is held by another live process: not damage, and never a reason to rebuild. */
    public static final class InUseException extends IOException {
        InUseException(String message) {
            super(message);
        }
    }

    private static void release(DatasetGraph text) {
        DatasetGraph tdb = text instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w ? w.getWrapped() : text;
        try {
            text.close();
        } catch (RuntimeException ignored) {
            // Closing a broken database may fail too; the folder is replaced either way.
        }
        try {
            TDBInternal.expel(tdb);
        } catch (RuntimeException ignored) {
            // As above.
        }
    }
}
