package com.studybot.adapter.index;

import com.studybot.core.common.OperatorError;
import java.nio.file.Path;

/** Another process is building this index for the first time, so there is nothing to read yet. */
public final class IndexBusyException extends OperatorError {
    private static final long serialVersionUID = 1L;

    public IndexBusyException(Path dir) {
        super("The index in " + dir + " is being built by another studybot process and has no data yet; "
                + "wait for it to finish or use another --data folder");
    }
}
