package org.dfkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.store.FSDirectory;

/**
 * Fills a new database folder from a gzip N-Quads file with Jena's parallel bulk loader, then
 * builds the text index from the loaded descriptions (one pass over one predicate, not a second
 * parse of the file).
 */
public final class BulkLoader {
    private BulkLoader() {}

    /** {@code descriptions} is how many texts the index will hold (for the progress bar; -1 if unknown). */
    public static void load(Path nquads, Path folder, long descriptions, PrintWriter log) throws IOException {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(folder.resolve(TdbStore.TDB).toString());
        DataLoader loader = LoaderFactory.parallelLoader(tdb, (format, args) -> {
            log.println("load: " + String.format(format, args));
            log.flush();
        });
        loader.startBulk();
        // Progress counts the compressed bytes read: their total is known before the load starts.
        try (Progress progress = new Progress("load", Files.size(nquads), " MB", 1 << 20, log);
             InputStream in = new GZIPInputStream(progress.counting(Files.newInputStream(nquads)), 1 << 16)) {
            loader.loadFromInputStream(nquads.toString(), in, Lang.NQUADS);
            loader.finishBulk();
        } catch (RuntimeException | IOException ex) {
            loader.finishException(ex instanceof Exception x ? x : new RuntimeException(ex));
            throw ex;
        }
        TextIndex index = new TextIndexLucene(FSDirectory.open(folder.resolve(TdbStore.TEXT)), TextSearch.config());
        Txn.executeRead(tdb, () -> {
            try (Progress progress = new Progress("text index", descriptions, " texts", log)) {
                tdb.find(Node.ANY, Node.ANY, DCTerms.description.asNode(), Node.ANY).forEachRemaining(q -> {
                    progress.step();
                    if (!q.getObject().isLiteral()) return;
                    Entity entity = new Entity(q.getSubject().getURI(), null);
                    entity.put(TextSearch.FIELD, q.getObject().getLiteralLexicalForm());
                    index.addEntity(entity);
                });
            }
            index.prepareCommit();
            index.commit();
        });
        index.close();
        TDBInternal.expel(tdb);
    }

}
