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
 * The TDB2 database. A build loads a new database beside the old one and swaps it in with a
 * rename, so a failed or interrupted build never leaves a half-written database behind.
 */
public final class TdbStore {
    private TdbStore() {}

    public static void replace(Path database, DatasetGraph content) throws IOException {
        Path target = database.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path fresh = Files.createTempDirectory(target.getParent(), target.getFileName() + ".new-");
        try {
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(fresh.toString());
            Txn.executeWrite(tdb, () -> content.find().forEachRemaining(tdb::add));
            TDBInternal.expel(tdb);
        } catch (RuntimeException e) {
            Dumps.deleteRecursively(fresh);
            throw new IOException(database + ": could not load the new database (" + e.getMessage() + ")", e);
        }
        Path old = target.resolveSibling(target.getFileName() + ".old");
        Dumps.deleteRecursively(old);
        if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        Dumps.deleteRecursively(old);
    }

    /** Opens a published database with the union of its named graphs as the default graph. */
    public static DatasetGraph open(Path database) throws IOException {
        if (!Files.isDirectory(database)) throw new IOException(database + ": no database; run the build first");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(database.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }
}
