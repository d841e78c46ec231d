package com.studybot.adapter.console;

import com.studybot.core.common.Progress;
import com.studybot.core.common.ProgressEstimate;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A progress bar on stderr when it is a terminal; otherwise a log line every tenth of the way, so piped
 * output and CI logs stay readable. Both show items done of the total and, once a few updates came, items per
 * second and the time left ({@link ProgressEstimate}, by the injected ticker).
 */
public final class TerminalProgress implements Progress {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalProgress.class);

    private final boolean terminal;
    private final ProgressEstimate estimate;
    private ProgressBar bar;
    private String task = "";
    private long total;
    private long done;
    private long lastLoggedTenth;

    /** {@code nanos}: the ticker the rate and the time left are measured by (nanoseconds). */
    public TerminalProgress(boolean terminal, LongSupplier nanos) {
        this.terminal = terminal;
        this.estimate = new ProgressEstimate(nanos);
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        this.done = 0;
        this.lastLoggedTenth = 0;
        estimate.start(total);
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .setMaxRenderedLength(100)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setEtaFunction(state -> estimate.remaining())
                    .build();
        } else {
            LOG.info("{}: 0/{}", task, total);
        }
    }

    @Override
    public void advance(long done) {
        this.done = done;
        estimate.advance(done);
        if (bar != null) {
            bar.stepTo(done);
            estimate.perSecond()
                    .ifPresent(rate -> bar.setExtraMessage(String.format(java.util.Locale.ROOT, "%.1f/s", rate)));
            return;
        }
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth > lastLoggedTenth && done < total) {
            lastLoggedTenth = tenth;
            LOG.info("{}: {}", task, estimate.summary());
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        if (done >= total) {
            LOG.info("{}: done ({} items)", task, total);
        } else { // stopped by a failure, which says why itself
            LOG.info("{}: stopped at {}/{}", task, done, total);
        }
    }
}
