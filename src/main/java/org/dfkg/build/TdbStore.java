package org.dfkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The published database: a folder holding the TDB2 database ({@code tdb2/}) and the full-text
 * index of task text ({@code text/}). A build loads a new folder beside the old one and swaps it in
 * with a rename, so a failed or interrupted build never leaves a half-written database or an index
 * that disagrees with it.
 */
public final class TdbStore {
    static final String TDB = "tdb2";
    static final String TEXT = "text";

    private TdbStore() {}

    /**
     * Loads {@code content} into a new database folder beside the published one and swaps it in.
     * One build at a time holds {@code <db>.lock}; it first clears what a killed build left behind
     * (a half-loaded {@code .new-*} folder, or a published database moved aside but not replaced).
     */
    public static void replace(Path database, DatasetGraph content) throws IOException {
        replace(database, fresh -> fill(fresh, content));
    }

    /** Writes {@code content} into a new database folder, with its text index. */
    static void fill(Path fresh, DatasetGraph content) throws IOException {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(fresh.resolve(TDB).toString());
        DatasetGraph indexed = TextSearch.withIndex(tdb, fresh.resolve(TEXT));
        Txn.executeWrite(indexed, () -> content.find().forEachRemaining(indexed::add));
        indexed.close();
        TDBInternal.expel(tdb);
    }

    /** Fills a new database folder (its {@code tdb2/} and {@code text/}); the folder is published only when it returns. */
    @FunctionalInterface
    public interface Loader {
        void load(Path folder) throws IOException;
    }

    public static void replace(Path database, Loader loader) throws IOException {
        Path target = database.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        try (FileChannel lockFile = FileChannel.open(target.resolveSibling(target.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) throw new IOException(database + ": another build is publishing this database; try again when it is done");
            recover(target);
            try (Stream<Path> siblings = Files.list(target.getParent())) {
                for (Path leftover : siblings.filter(p -> p.getFileName().toString().startsWith(target.getFileName() + ".new-")).toList()) {
                    Dumps.deleteRecursively(leftover);
                }
            }
            Path fresh = Files.createTempDirectory(target.getParent(), target.getFileName() + ".new-");
            try {
                loader.load(fresh);
            } catch (IOException | RuntimeException e) {
                Dumps.deleteRecursively(fresh);
                throw new IOException(database + ": could not load the new database (" + e.getMessage() + ")", e);
            }
            synchronized (OPEN) {
                // Whoever opened the old database keeps it; the next opening sees the new one.
                OPEN.remove(target);
            }
            Path old = target.resolveSibling(target.getFileName() + ".old");
            Dumps.deleteRecursively(old);
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            pauseForTests();
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            Dumps.deleteRecursively(old);
        }
    }

    /** A build killed between its two renames leaves the old database aside: put it back. */
    static void recover(Path target) throws IOException {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        if (!Files.exists(target) && Files.isDirectory(old)) {
            System.err.println(target + ": an interrupted build left the published database aside; restoring it");
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Lets the publishing test kill a build between the two renames, the riskiest moment. */
    private static void pauseForTests() {
        String pause = System.getProperty("dfkg.test.pauseBetweenRenames");
        if (pause == null) return;
        try {
            Thread.sleep(Long.parseLong(pause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Opens a published database with the union of its named graphs as the default graph and the
     * text index attached for text:query.
     */
    public static DatasetGraph open(Path database) throws IOException {
        Path key = database.toAbsolutePath().normalize();
        synchronized (OPEN) {
            DatasetGraph open = OPEN.get(key);
            if (open != null) return open;
            DatasetGraph opened = openNew(key);
            OPEN.put(key, opened);
            return opened;
        }
    }

    /** Opened databases by folder: a Lucene index takes one writer per JVM, so a second opening shares the first. */
    private static final java.util.Map<Path, DatasetGraph> OPEN = new java.util.HashMap<>();

    private static DatasetGraph openNew(Path database) throws IOException {
        recover(database);
        if (!Files.isDirectory(database.resolve(TDB)) || !Files.isDirectory(database.resolve(TEXT))) {
            throw new IOException(database + ": no database (or one from an older version); run the build first");
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(database.resolve(TDB).toString());
        } catch (RuntimeException e) {
            throw new IOException(database + ": the TDB2 database cannot be opened (" + e.getMessage() + ")", e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph text;
        try {
            text = TextSearch.withIndex(dsg, database.resolve(TEXT));
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            throw new IOException(database + ": the full-text index cannot be opened (" + e.getMessage() + ")", e);
        }
        text.getContext().set(TDB2.symUnionDefaultGraph, true);
        // A database that opens but holds no documents is broken too: never serve nothing silently.
        boolean documents;
        try {
            documents = Txn.calculateRead(text, () -> text.getUnionGraph().find(null,
                    org.apache.jena.vocabulary.RDF.type.asNode(), org.dfkg.vocab.DFKG.POLICY_DOCUMENT.asNode()).hasNext());
        } catch (RuntimeException e) {
            release(text, dsg);
            throw new IOException(database + ": the database cannot be read (" + e.getMessage() + ")", e);
        }
        if (!documents) {
            release(text, dsg);
            throw new IOException(database + ": the database holds no documents");
        }
        return text;
    }

    /** Lets go of a database that failed to open, so that a rebuild can replace it in this process. */
    private static void release(DatasetGraph text, DatasetGraph tdb) {
        try {
            text.close();
        } catch (RuntimeException ignored) {
            // Closing a broken database may fail too; the folder is replaced either way.
        }
        TDBInternal.expel(tdb);
    }
}
