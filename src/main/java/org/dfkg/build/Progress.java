package org.dfkg.build;

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
final class Progress implements AutoCloseable {
    private static final int LOG_INTERVAL_MILLIS = 5000;
    private final ProgressBar bar;

    Progress(String task, long total, PrintWriter log) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).showSpeed().setUnit(" docs", 1);
        if (System.console() != null) {
            b.setConsumer(new ConsoleProgressBarConsumer(System.err)).setStyle(ProgressBarStyle.ASCII);
        } else {
            b.setConsumer(new DelegatingProgressBarConsumer(line -> {
                log.println(line.strip());
                log.flush();
            })).setUpdateIntervalMillis(LOG_INTERVAL_MILLIS);
        }
        this.bar = b.build();
    }

    void step() {
        bar.step();
    }

    void done() {
        bar.close();
    }

    @Override
    public void close() {
        bar.close();
    }
}
