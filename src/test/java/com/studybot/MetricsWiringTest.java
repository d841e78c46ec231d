package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.adapter.metrics.MetricsPortTaken;
import com.studybot.adapter.metrics.MicrometerTelemetry;
import com.studybot.config.StudybotConfig;
import com.studybot.core.telemetry.Health;
import com.studybot.core.telemetry.Readiness;
import com.studybot.core.telemetry.Telemetry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

final class MetricsWiringTest {
    private final Health ready = () -> Readiness.READY;

    @Test
    void metricsOffMeansNoTelemetryAndNothingListening() {
        // WHEN
        Telemetry telemetry = MetricsWiring.telemetry(StudybotConfig.Metrics.OFF);
        // THEN
        assertThat(telemetry).isSameAs(Telemetry.NONE);
        assertThat(MetricsWiring.start(StudybotConfig.Metrics.OFF, telemetry, ready))
                .isEmpty();
    }

    @Test
    void aPortInUseAtStartIsAnOperatorErrorNamingHostAndPort() throws Exception {
        // GIVEN another program holds a port on 127.0.0.1
        try (var other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            var config = new StudybotConfig.Metrics("127.0.0.1", other.getLocalPort());
            Telemetry telemetry = MetricsWiring.telemetry(config);
            // WHEN the bot starts its endpoint there
            // THEN
            assertThat(telemetry).isInstanceOf(MicrometerTelemetry.class);
            assertThatThrownBy(() -> MetricsWiring.start(config, telemetry, ready))
                    .isInstanceOf(MetricsPortTaken.class)
                    .hasMessageContaining("127.0.0.1:" + other.getLocalPort());
        }
    }
}
