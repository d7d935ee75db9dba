package org.dfkg.serve;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset the server answers from, switchable to a newer published generation while it runs.
 * A transaction pins the generation that was current when it began to its thread, so a request
 * (a query, a page, a search, the dataset description) reads one generation from start to end, and
 * an in-flight query finishes on the old one after a switch. Outside a transaction the current one
 * is used. Every reader (Fuseki, pages, search, VoID, dumps) holds this one object, so they switch
 * together.
 */
final class LiveDataset extends DatasetGraphWrapper {
    /** A generation as served: its dataset and its dumps. */
    record Served(String name, DatasetGraph dataset, Path dumps) {}

    private final AtomicReference<Served> current;
    private final ThreadLocal<Served> pinned = new ThreadLocal<>();

    LiveDataset(Served first) {
        super(first.dataset());
        this.current = new AtomicReference<>(first);
    }

    /** The generation this thread reads: the pinned one inside a transaction, else the current one. */
    Served served() {
        Served p = pinned.get();
        return p != null ? p : current.get();
    }

    /** Makes {@code next} current for every transaction that begins from now on; returns the one it replaces. */
    Served switchTo(Served next) {
        return current.getAndSet(next);
    }

    Path dumps() {
        return served().dumps();
    }

    @Override
    protected DatasetGraph get() {
        return served().dataset();
    }

    @Override
    public Context getContext() {
        return get().getContext();
    }

    private DatasetGraph pin() {
        Served s = current.get();
        pinned.set(s);
        return s.dataset();
    }

    @Override
    public void begin(TxnType type) {
        beginOn(dataset -> dataset.begin(type));
    }

    @Override
    public void begin(ReadWrite mode) {
        beginOn(dataset -> dataset.begin(mode));
    }

    /** A nested begin goes to the pinned generation; an outer one pins the current generation first. */
    private void beginOn(java.util.function.Consumer<DatasetGraph> begin) {
        begin.accept(pinned.get() != null ? get() : pin());
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public boolean isInTransaction() {
        return pinned.get() != null && pinned.get().dataset().isInTransaction();
    }

    @Override
    public void end() {
        try {
            get().end();
        } finally {
            if (!get().isInTransaction()) pinned.remove();
        }
    }
}
