package org.dfkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    public static void replace(Path database, DatasetGraph content) throws IOException {
        Path target = database.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path fresh = Files.createTempDirectory(target.getParent(), target.getFileName() + ".new-");
        try {
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(fresh.resolve(TDB).toString());
            DatasetGraph indexed = TextSearch.withIndex(tdb, fresh.resolve(TEXT));
            Txn.executeWrite(indexed, () -> content.find().forEachRemaining(indexed::add));
            indexed.close();
            TDBInternal.expel(tdb);
        } catch (RuntimeException e) {
            Dumps.deleteRecursively(fresh);
            throw new IOException(database + ": could not load the new database (" + e.getMessage() + ")", e);
        }
        synchronized (OPEN) {
            // Whoever opened the old database keeps it; the next opening sees the new one.
            OPEN.remove(target.normalize());
        }
        Path old = target.resolveSibling(target.getFileName() + ".old");
        Dumps.deleteRecursively(old);
        if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        Dumps.deleteRecursively(old);
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
        if (!Files.isDirectory(database.resolve(TDB)) || !Files.isDirectory(database.resolve(TEXT))) {
            throw new IOException(database + ": no database (or one from an older version); run the build first");
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(database.resolve(TDB).toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph text = TextSearch.withIndex(dsg, database.resolve(TEXT));
        text.getContext().set(TDB2.symUnionDefaultGraph, true);
        return text;
    }
}
