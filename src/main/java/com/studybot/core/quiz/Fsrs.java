package com.studybot.core.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The FSRS-5 scheduler (long-term mode, no fuzz): a pure function from a card's memory, a rating and the
 * review time to the card's next memory and due date. It follows the reference implementation (ts-fsrs),
 * including its rounding to 8 decimals, and is tested against review sequences that ts-fsrs produced.
 */
public final class Fsrs {
    private static final double DECAY = -0.5;
    private static final double FACTOR = 19.0 / 81.0;
    private static final double S_MIN = 0.01;
    private static final double S_MAX = 36500;

    private final FsrsParameters p;
    private final double intervalModifier;

    public Fsrs(FsrsParameters parameters) {
        this.p = parameters;
        this.intervalModifier = round8((Math.pow(p.requestRetention(), 1 / DECAY) - 1) / FACTOR);
    }

    /** The card after being rated {@code rating} at {@code now}. */
    public CardMemory review(CardMemory card, Rating rating, Instant now) {
        int elapsed = card.lastReview().map(last -> elapsedDays(last, now)).orElse(0);
        double stability;
        double difficulty;
        if (card.isNew()) {
            stability = initStability(rating);
            difficulty = initDifficulty(rating);
        } else {
            double r = retrievability(elapsed, card.stability());
            difficulty = nextDifficulty(card.difficulty(), rating);
            stability = rating == Rating.AGAIN
                    ? clamp(card.stability(), S_MIN, forgetStability(card.difficulty(), card.stability(), r))
                    : recallStability(card.difficulty(), card.stability(), r, rating);
        }
        int days = orderedInterval(card, rating, elapsed);
        int lapses = card.lapses() + (rating == Rating.AGAIN && !card.isNew() ? 1 : 0);
        return new CardMemory(
                stability,
                difficulty,
                Optional.of(now),
                now.plus(Duration.ofDays(days)),
                days,
                card.reps() + 1,
                lapses);
    }

    /** The chance (0..1) that the card is still recalled at {@code now}; 0 for a new card. */
    public double retrievability(CardMemory card, Instant now) {
        return card.lastReview()
                .map(last -> retrievability(elapsedDays(last, now), card.stability()))
                .orElse(0.0);
    }

    /** The interval for {@code rating}, kept in order so that again <= hard < good < easy, as ts-fsrs does. */
    private int orderedInterval(CardMemory card, Rating rating, int elapsed) {
        int[] days = new int[4];
        for (Rating r : Rating.values()) {
            days[r.ordinal()] = interval(stabilityAfter(card, r, elapsed));
        }
        days[0] = Math.min(days[0], days[1]);
        days[1] = Math.max(days[1], days[0] + 1);
        days[2] = Math.max(days[2], days[1] + 1);
        days[3] = Math.max(days[3], days[2] + 1);
        return days[rating.ordinal()];
    }

    private double stabilityAfter(CardMemory card, Rating rating, int elapsed) {
        if (card.isNew()) {
            return initStability(rating);
        }
        double r = retrievability(elapsed, card.stability());
        return rating == Rating.AGAIN
                ? clamp(card.stability(), S_MIN, forgetStability(card.difficulty(), card.stability(), r))
                : recallStability(card.difficulty(), card.stability(), r, rating);
    }

    private int interval(double stability) {
        long days = Math.round(stability * intervalModifier);
        return (int) Math.min(Math.max(1, days), p.maximumInterval());
    }

    double retrievability(int elapsedDays, double stability) {
        return round8(Math.pow(1 + FACTOR * elapsedDays / stability, DECAY));
    }

    private double initStability(Rating g) {
        return Math.max(p.w(g.grade() - 1), 0.1);
    }

    private double initDifficulty(Rating g) {
        return constrainDifficulty(p.w(4) - Math.exp((g.grade() - 1) * p.w(5)) + 1);
    }

    private double nextDifficulty(double d, Rating g) {
        double delta = -p.w(6) * (g.grade() - 3);
        double damped = d + round8(delta * (10 - d) / 9);
        double reverted = round8(p.w(7) * initDifficulty(Rating.EASY) + (1 - p.w(7)) * damped);
        return constrainDifficulty(reverted);
    }

    private double recallStability(double d, double s, double r, Rating g) {
        double hard = g == Rating.HARD ? p.w(15) : 1;
        double easy = g == Rating.EASY ? p.w(16) : 1;
        double grown = s
                * (1
                        + Math.exp(p.w(8))
                                * (11 - d)
                                * Math.pow(s, -p.w(9))
                                * (Math.exp((1 - r) * p.w(10)) - 1)
                                * hard
                                * easy);
        return round8(clamp(grown, S_MIN, S_MAX));
    }

    private double forgetStability(double d, double s, double r) {
        double f = p.w(11) * Math.pow(d, -p.w(12)) * (Math.pow(s + 1, p.w(13)) - 1) * Math.exp((1 - r) * p.w(14));
        return round8(clamp(f, S_MIN, S_MAX));
    }

    private static double constrainDifficulty(double d) {
        return Math.min(Math.max(round8(d), 1), 10);
    }

    /** Whole UTC calendar days between two instants, as ts-fsrs counts them. */
    static int elapsedDays(Instant from, Instant to) {
        var a = from.atZone(ZoneOffset.UTC).toLocalDate();
        var b = to.atZone(ZoneOffset.UTC).toLocalDate();
        return (int) ChronoUnit.DAYS.between(a, b);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.min(Math.max(v, lo), hi);
    }

    /** JavaScript's {@code +x.toFixed(8)}: the exact binary value rounded half up to 8 decimals. */
    static double round8(double x) {
        return new BigDecimal(x).setScale(8, RoundingMode.HALF_UP).doubleValue();
    }
}
