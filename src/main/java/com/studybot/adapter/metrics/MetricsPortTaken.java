package com.studybot.adapter.metrics;

import com.studybot.core.common.OperatorError;

/** The metrics endpoint cannot listen where {@code metrics.host} and {@code metrics.port} say: one line, exit 2. */
public final class MetricsPortTaken extends OperatorError {
    private static final long serialVersionUID = 1L;

    MetricsPortTaken(String host, int port, Exception cause) {
        super(
                "the metrics endpoint cannot listen on " + host + ":" + port + " (" + cause.getMessage()
                        + "): another program uses that port, or the address is not this machine's; set"
                        + " metrics.port (STUDYBOT_METRICS_PORT) to a free port, or leave it unset to turn metrics off",
                cause);
    }
}
