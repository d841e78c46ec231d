package com.studybot.adapter.console;

import com.studybot.core.common.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A progress bar on stderr when it is a terminal; otherwise a log line every tenth of the way, so piped
 * output and CI logs stay readable.
 */
public final class TerminalProgress implements Progress {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalProgress.class);

    private final boolean terminal;
    private ProgressBar bar;
    private String task = "";
    private long total;
    private long done;
    private long lastLoggedTenth;

    public TerminalProgress(boolean terminal) {
        this.terminal = terminal;
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        this.done = 0;
        this.lastLoggedTenth = 0;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .setMaxRenderedLength(100)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                    .showSpeed()
                    .build();
        } else {
            LOG.info("{}: 0/{}", task, total);
        }
    }

    @Override
    public void advance(long done) {
        this.done = done;
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth > lastLoggedTenth && done < total) {
            lastLoggedTenth = tenth;
            LOG.info("{}: {}/{}", task, done, total);
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
