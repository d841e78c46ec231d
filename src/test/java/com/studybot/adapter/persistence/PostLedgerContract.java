package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.persistence.PostLedger;
import com.studybot.core.persistence.PostLedger.Post;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every post ledger does, in memory or in SQL: each server's post of a date is claimed exactly once. */
abstract class PostLedgerContract {
    private static final Instant T0 = Instant.parse("2026-11-23T07:30:00.123Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private static final List<String> IDS = List.of("aws.md#3", "k8s.md#12", "aws.md#1");

    abstract PostLedger ledger();

    @Test
    void theFirstClaimWinsAndALaterClaimChangesNothing() {
        // GIVEN
        PostLedger ledger = ledger();
        // WHEN
        boolean first = ledger.claim("g1", DAY, IDS, T0);
        boolean second = ledger.claim("g1", DAY, List.of("other.md#9"), T0.plusSeconds(60));
        // THEN
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        Post post = ledger.find("g1", DAY).orElseThrow();
        assertThat(post).isEqualTo(new Post("g1", DAY, T0, IDS, Optional.empty(), Optional.empty()));
        assertThat(post.posted()).isFalse();
    }

    @Test
    void aClaimIsPerServerAndDate() {
        // GIVEN
        PostLedger ledger = ledger();
        ledger.claim("g1", DAY, IDS, T0);
        // WHEN / THEN
        assertThat(ledger.claim("g1", DAY.plusDays(1), IDS, T0)).isTrue();
        assertThat(ledger.claim("g2", DAY, IDS, T0)).isTrue();
        assertThat(ledger.find("g3", DAY)).isEmpty();
    }

    @Test
    void eightClaimsAtOnceHaveExactlyOneWinner() throws Exception {
        // GIVEN eight threads ready to claim the same server and date, each with its own questions
        PostLedger ledger = ledger();
        int threads = 8;
        var go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var claims = new ArrayList<Future<Boolean>>();
        try {
            for (int i = 0; i < threads; i++) {
                List<String> ids = List.of("q" + i);
                Instant at = T0.plusSeconds(i);
                claims.add(pool.submit(() -> {
                    go.await();
                    return ledger.claim("g1", DAY, ids, at);
                }));
            }
            // WHEN they all go
            go.countDown();
            var winners = new ArrayList<Integer>();
            for (int i = 0; i < threads; i++) {
                if (claims.get(i).get(30, TimeUnit.SECONDS)) {
                    winners.add(i);
                }
            }
            // THEN exactly one won, and the post is the winner's
            assertThat(winners).hasSize(1);
            int w = winners.get(0);
            assertThat(ledger.find("g1", DAY))
                    .contains(new Post(
                            "g1", DAY, T0.plusSeconds(w), List.of("q" + w), Optional.empty(), Optional.empty()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void postedSetsTheMessageIdAndRevealedSetsTheTime() {
        // GIVEN
        PostLedger ledger = ledger();
        ledger.claim("g1", DAY, IDS, T0);
        // WHEN sent
        ledger.posted("g1", DAY, "1300000000000000001");
        // THEN
        Post sent = ledger.find("g1", DAY).orElseThrow();
        assertThat(sent.posted()).isTrue();
        assertThat(sent.messageId()).contains("1300000000000000001");
        assertThat(sent.revealedAt()).isEmpty();
        // WHEN revealed
        Instant later = T0.plusSeconds(5_400);
        ledger.revealed("g1", DAY, later);
        // THEN everything else is kept
        assertThat(ledger.find("g1", DAY))
                .contains(new Post("g1", DAY, T0, IDS, Optional.of("1300000000000000001"), Optional.of(later)));
    }

    @Test
    void questionIdsComeBackInTheirOrderAndNoneIsNone() {
        // GIVEN
        PostLedger ledger = ledger();
        var ids = List.of("z.md#1", "a.md#2", "notes/中文 file.md#7", "a.md#2");
        // WHEN
        ledger.claim("g1", DAY, ids, T0);
        ledger.claim("g2", DAY, List.of(), T0);
        // THEN
        assertThat(ledger.find("g1", DAY).orElseThrow().questionIds()).containsExactlyElementsOf(ids);
        assertThat(ledger.find("g2", DAY).orElseThrow().questionIds()).isEmpty();
    }

    @Test
    void questionIdsTheLedgerCannotKeepApartAreRefused() {
        // GIVEN
        PostLedger ledger = ledger();
        // WHEN / THEN
        assertThatThrownBy(() -> ledger.claim("g1", DAY, List.of("a\nb"), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("questionIds");
        assertThatThrownBy(() -> ledger.claim("g1", DAY, List.of(""), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("questionIds");
        assertThat(ledger.find("g1", DAY)).isEmpty();
    }

    @Test
    void markingAPostThatWasNeverClaimedFails() {
        // GIVEN
        PostLedger ledger = ledger();
        ledger.claim("g1", DAY, IDS, T0);
        // WHEN / THEN
        assertThatThrownBy(() -> ledger.posted("g1", DAY.plusDays(1), "m1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ledger.revealed("g2", DAY, T0)).isInstanceOf(IllegalStateException.class);
        assertThat(ledger.find("g1", DAY.plusDays(1))).isEmpty();
        assertThat(ledger.find("g2", DAY)).isEmpty();
    }

    @Test
    void sinceListsTheServersPostsFromThatDateOldestFirst() {
        // GIVEN g1 claimed four days out of order, g2 one of them
        PostLedger ledger = ledger();
        for (int d : new int[] {3, 0, 2, 1}) {
            ledger.claim("g1", DAY.plusDays(d), List.of("q" + d), T0.plusSeconds(d * 86_400L));
        }
        ledger.claim("g2", DAY.plusDays(2), IDS, T0);
        // WHEN
        List<Post> posts = ledger.since("g1", DAY.plusDays(1));
        // THEN
        assertThat(posts).extracting(Post::date).containsExactly(DAY.plusDays(1), DAY.plusDays(2), DAY.plusDays(3));
        assertThat(posts).extracting(Post::guildId).containsOnly("g1");
        assertThat(posts.get(0).questionIds()).containsExactly("q1");
        assertThat(ledger.since("g2", DAY)).extracting(Post::date).containsExactly(DAY.plusDays(2));
        assertThat(ledger.since("g1", DAY.plusDays(4))).isEmpty();
        assertThat(ledger.since("g3", DAY)).isEmpty();
    }
}
