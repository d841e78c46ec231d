package com.studybot.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

final class HealthTest {
    private final AtomicBoolean indexOpen = new AtomicBoolean(true);
    private final List<ShardState> shards = new ArrayList<>(List.of(new ShardState(0, "CONNECTED", true)));
    private final Health health = Health.all(List.of(Health.index(indexOpen::get), Health.shards(() -> shards)));

    @Test
    void readyWhenTheIndexIsOpenAndEveryShardIsConnected() {
        // GIVEN a second shard, connected too
        shards.add(new ShardState(1, "CONNECTED", true));
        // THEN
        assertThat(health.readiness()).isEqualTo(Readiness.READY);
    }

    @Test
    void eachShardThatIsNotConnectedAndAClosedIndexAreNamed() {
        // WHEN
        shards.add(new ShardState(1, "ATTEMPTING_TO_RECONNECT", false));
        shards.add(new ShardState(2, "CONNECTING_TO_WEBSOCKET", false));
        indexOpen.set(false);
        // THEN
        assertThat(health.readiness().ready()).isFalse();
        assertThat(health.readiness().problems())
                .containsExactly(
                        "the search index is not open",
                        "Discord shard 1 is ATTEMPTING_TO_RECONNECT",
                        "Discord shard 2 is CONNECTING_TO_WEBSOCKET");
    }

    @Test
    void noShardAtAllIsNotReady() {
        shards.clear();
        assertThat(health.readiness().problems()).containsExactly("no Discord shard is running");
    }

    @Test
    void aCheckThatThrowsCountsAsNotReady() {
        Health broken = Health.all(List.of(() -> {
            throw new IllegalStateException("the client is gone");
        }));
        assertThat(broken.readiness().problems()).singleElement().asString().contains("the client is gone");
    }
}
