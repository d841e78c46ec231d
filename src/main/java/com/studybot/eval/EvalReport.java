package com.studybot.eval;

import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.CorpusSample;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Recall@1/@5, MRR, answered and refusal rates over a list of outcomes; {@code samples} holds each corpus's own
 * questions for calibrating the answer threshold to it (see {@link CorpusSample}), where they were measured.
 */
public record EvalReport(List<Outcome> outcomes, Map<String, CorpusSample> samples) {
    public EvalReport {
        outcomes = List.copyOf(outcomes);
        samples = Map.copyOf(samples);
    }

    public EvalReport(List<Outcome> outcomes) {
        this(outcomes, Map.of());
    }

    /** The sample of {@code corpus}, or an empty one. */
    public CorpusSample sample(String corpus) {
        return samples.getOrDefault(corpus, CorpusSample.NONE);
    }

    private List<Outcome> answerable() {
        return outcomes.stream().filter(o -> o.question().answerable()).toList();
    }

    private List<Outcome> unanswerable() {
        return outcomes.stream().filter(o -> !o.question().answerable()).toList();
    }

    public double recallAt(int k) {
        return share(answerable(), o -> o.firstHitRank() >= 1 && o.firstHitRank() <= k);
    }

    public double mrr() {
        return answerable().stream()
                .mapToDouble(o -> o.firstHitRank() == 0 ? 0 : 1.0 / o.firstHitRank())
                .average()
                .orElse(0);
    }

    /** Share of answerable questions that got an answer (not a refusal). */
    public double answeredRate() {
        return share(answerable(), Outcome::grounded);
    }

    /** Share of questions the notes don't answer that were refused. */
    public double refusalRate() {
        return share(unanswerable(), o -> !o.grounded());
    }

    /**
     * How far these outcomes reach two targets, as the smaller of answered / {@code answered} and refusal /
     * {@code refusal} (whichever exists when only one kind of question is here).
     */
    public double shareOfTarget(double answered, double refusal) {
        boolean pos = !answerable().isEmpty();
        boolean neg = !unanswerable().isEmpty();
        double a = answeredRate() / answered;
        double r = refusalRate() / refusal;
        return pos && neg ? Math.min(a, r) : pos ? a : r;
    }

    /** Share of questions shown the closest passage rather than answered or refused outright. */
    public double closestRate() {
        return share(outcomes, o -> o.verdict() == AnswerPolicy.Verdict.CLOSEST);
    }

    public double answeredRate(double threshold) {
        return share(answerable(), o -> o.confidence() >= threshold);
    }

    public double refusalRate(double threshold) {
        return share(unanswerable(), o -> o.confidence() < threshold);
    }

    private static double share(List<Outcome> list, Predicate<Outcome> p) {
        return list.isEmpty() ? 0 : (double) list.stream().filter(p).count() / list.size();
    }

    public EvalReport filter(Predicate<Outcome> p) {
        return new EvalReport(outcomes.stream().filter(p).toList(), samples);
    }

    public String line(String label) {
        return String.format(
                Locale.ROOT,
                "%-14s n=%3d  R@1 %.2f  R@5 %.2f  MRR %.2f  answered %.2f  refusal %.2f (of %d)",
                label,
                outcomes.size(),
                recallAt(1),
                recallAt(5),
                mrr(),
                answeredRate(),
                refusalRate(),
                unanswerable().size());
    }
}
