package com.studybot.eval;

import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.CorpusSample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What transfers: for each corpus, the answer decision is fitted on all the other corpora and scored on this
 * one (held out), beside the decision fitted on every corpus (fitted). The held-out figures are the ones to
 * quote; the fitted ones show how much fitting flatters. Each decision is calibrated to the corpus it scores
 * from that corpus's own questions when the fit learnt a calibration; {@code oneThreshold} holds the held-out
 * outcomes without it (one threshold for every corpus), to show what calibrating brings.
 */
public record LeaveOneCorpusOut(
        Map<String, EvalReport> heldOut,
        Map<String, EvalReport> fitted,
        Map<String, EvalReport> oneThreshold,
        Map<String, CorpusSample> samples,
        AnswerPolicy all) {

    public static LeaveOneCorpusOut run(EvalReport report) {
        var corpora = new ArrayList<String>();
        for (Outcome o : report.outcomes()) {
            if (!corpora.contains(o.question().corpus())) {
                corpora.add(o.question().corpus());
            }
        }
        AnswerPolicy all = PolicyFit.fit(report.outcomes(), report.samples());
        var heldOut = new LinkedHashMap<String, EvalReport>();
        var fitted = new LinkedHashMap<String, EvalReport>();
        var oneThreshold = new LinkedHashMap<String, EvalReport>();
        for (String corpus : corpora) {
            List<Outcome> mine =
                    report.filter(o -> o.question().corpus().equals(corpus)).outcomes();
            List<Outcome> others =
                    report.filter(o -> !o.question().corpus().equals(corpus)).outcomes();
            AnswerPolicy trained = PolicyFit.fit(others, report.samples());
            heldOut.put(corpus, rescore(mine, trained.calibrated(report.sample(corpus))));
            oneThreshold.put(corpus, rescore(mine, trained.withCalibration(Optional.empty())));
            fitted.put(corpus, rescore(mine, all.calibrated(report.sample(corpus))));
        }
        return new LeaveOneCorpusOut(heldOut, fitted, oneThreshold, report.samples(), all);
    }

    private static EvalReport rescore(List<Outcome> outcomes, AnswerPolicy policy) {
        return new EvalReport(outcomes.stream().map(o -> o.under(policy)).toList());
    }

    /** Every corpus's held-out outcomes together. */
    public EvalReport heldOutAll() {
        return new EvalReport(
                heldOut.values().stream().flatMap(r -> r.outcomes().stream()).toList());
    }

    public List<String> table() {
        var lines = new ArrayList<String>();
        lines.add(String.format(
                Locale.ROOT,
                "%-8s %4s %4s  %5s %5s %5s | held-out: %8s %8s %7s | fitted: %8s %8s",
                "corpus",
                "n",
                "neg",
                "R@1",
                "R@5",
                "MRR",
                "answered",
                "refusal",
                "closest",
                "answered",
                "refusal"));
        for (String corpus : heldOut.keySet()) {
            lines.add(row(corpus, heldOut.get(corpus), fitted.get(corpus)));
        }
        var fittedAll = new EvalReport(
                fitted.values().stream().flatMap(r -> r.outcomes().stream()).toList());
        lines.add(row("all", heldOutAll(), fittedAll));
        var single = new EvalReport(oneThreshold.values().stream()
                .flatMap(r -> r.outcomes().stream())
                .toList());
        lines.add(String.format(
                Locale.ROOT,
                "held-out with one threshold for every corpus (no calibration): answered %.2f refusal %.2f; by corpus:%s",
                single.answeredRate(),
                single.refusalRate(),
                oneThreshold.entrySet().stream()
                        .map(e -> String.format(
                                Locale.ROOT,
                                " %s %.2f/%.2f",
                                e.getKey(),
                                e.getValue().answeredRate(),
                                e.getValue().refusalRate()))
                        .collect(java.util.stream.Collectors.joining())));
        all.calibration()
                .ifPresent(c -> lines.add(String.format(
                        Locale.ROOT,
                        "calibration learnt on every corpus: threshold at %.2f of the way from the %.2f quantile of questions on"
                                + " other subjects to the %.2f quantile of the notes' own, averaged with the next %d rules;"
                                + " by corpus:%s",
                        c.between(),
                        c.negativeQuantile(),
                        c.positiveQuantile(),
                        c.alsoAveraged().size(),
                        heldOut.keySet().stream()
                                .map(k -> String.format(
                                        Locale.ROOT,
                                        " %s %.2f",
                                        k,
                                        all.calibrated(samples.getOrDefault(k, CorpusSample.NONE))
                                                .answerAt()))
                                .collect(java.util.stream.Collectors.joining()))));
        return lines;
    }

    private static String row(String label, EvalReport held, EvalReport fit) {
        long neg =
                held.outcomes().stream().filter(o -> !o.question().answerable()).count();
        return String.format(
                Locale.ROOT,
                "%-8s %4d %4d  %5.2f %5.2f %5.2f | held-out: %8.2f %8.2f %7.2f | fitted: %8.2f %8.2f",
                label,
                held.outcomes().size(),
                neg,
                held.recallAt(1),
                held.recallAt(5),
                held.mrr(),
                held.answeredRate(),
                held.refusalRate(),
                held.closestRate(),
                fit.answeredRate(),
                fit.refusalRate());
    }
}
