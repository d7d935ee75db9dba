package org.dfkg.store;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long step, with rate and ETA, from the progressbar library: a bar on a terminal,
 * and a plain log line every few seconds when the output is not one (CI logs, files).
 */
public final class Progress implements AutoCloseable {
    private static final int LOG_INTERVAL_MILLIS = 5000;
    private final ProgressBar bar;

    public Progress(String task, long total, String unit, PrintWriter log) {
        this(task, total, unit, 1, log);
    }

    /** {@code unitSize} steps make one {@code unit}: bytes counted in MB, say. */
    public Progress(String task, long total, String unit, long unitSize, PrintWriter log) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).showSpeed().setUnit(unit, unitSize);
        if (System.console() != null) {
            b.setConsumer(new ConsoleProgressBarConsumer(System.err)).setStyle(ProgressBarStyle.ASCII);
        } else {
            b.setConsumer(new DelegatingProgressBarConsumer(line -> {
                log.println(line.strip());
                log.flush();
            })).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(LOG_INTERVAL_MILLIS);
        }
        this.bar = b.build();
    }

    public void step() {
        bar.step();
    }

    public void stepBy(long n) {
        bar.stepBy(n);
    }

    /** The stream, counting every byte read from it as a step. */
    java.io.InputStream counting(java.io.InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws java.io.IOException {
                int b = super.read();
                if (b >= 0) bar.step();
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws java.io.IOException {
                int n = super.read(buf, off, len);
                if (n > 0) bar.stepBy(n);
                return n;
            }
        };
    }

    @Override
    public void close() {
        bar.close();
    }
}
