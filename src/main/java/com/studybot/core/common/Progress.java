package com.studybot.core.common;

/** Reports progress of a long task (a progress bar on a terminal, log lines otherwise). */
public interface Progress {
    void start(String task, long total);

    void advance(long done);

    void finish();

    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
    };
}
