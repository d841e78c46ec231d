package com.studybot.cli;

import com.studybot.Models;
import com.studybot.config.AnswerPolicyFile;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.eval.Corpora;
import com.studybot.eval.DevSet;
import com.studybot.eval.DevSetQuestion;
import com.studybot.eval.DevSetRunner;
import com.studybot.eval.EvalReport;
import com.studybot.eval.LeaveOneCorpusOut;
import com.studybot.eval.Outcome;
import com.studybot.eval.Provenance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: recall@1/@5, MRR and refusal/answered rates on the dev set, per corpus and kind. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate retrieval and refusal on the dev set.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--devset", paramLabel = "FILE", defaultValue = "src/test/resources/devset/devset.jsonl")
    Path devset;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", description = "Shared test data.")
    Path shared;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/eval", description = "Where eval indexes go.")
    Path data;

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    @Option(names = "--misses", description = "List the questions whose passage was not in the top 5.")
    boolean misses;

    @Option(names = "--dump", paramLabel = "FILE", description = "Write each question's evidence signals (JSON lines).")
    Path dump;

    @Option(names = "--sweep", description = "Print refusal/answered rates for a range of confidence thresholds.")
    boolean sweep;

    @Option(
            names = "--fit",
            paramLabel = "FILE",
            description =
                    "Fit the answer decision on every corpus and write it (src/main/resources/answer-policy.json).")
    Path fit;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(devset)) {
            throw new UserError("No dev set at " + devset);
        }
        List<DevSetQuestion> questions = DevSet.load(devset);
        var loader = new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath());
        StudybotConfig base = loader.load(Optional.ofNullable(config), Map.of("data.dir", data.toString()));
        var runner = new DevSetRunner(
                root -> loader.load(
                        Optional.ofNullable(config),
                        Map.of("content.dir", root.toString(), "data.dir", data.toString())),
                Models.load(base));
        EvalReport report = runner.run(questions, Corpora.roots(shared, Path.of("content")), 5);
        var out = Terminal.out();
        print(report, out);
        var loco = LeaveOneCorpusOut.run(report);
        out.println();
        out.println("Answer decision, leave-one-corpus-out (fitted on the other corpora, scored on this one):");
        loco.table().forEach(out::println);
        out.flush();
        if (dump != null) {
            EvidenceDump.write(report, dump);
        }
        if (fit != null) {
            AnswerPolicyFile.write(Provenance.shape(loco, devset, questions.size()), fit);
            out.println("Wrote the fitted answer decision to " + fit);
            out.flush();
        }
        return 0;
    }

    private void print(EvalReport report, PrintWriter out) {
        out.println(report.line("all"));
        for (String corpus : Corpora.roots(shared, Path.of("content")).keySet()) {
            out.println(report.filter(o -> o.question().corpus().equals(corpus)).line("corpus " + corpus));
        }
        for (String kind : List.of("paraphrase", "direct", "short", "misspelt", "offtopic", "nearmiss")) {
            out.println(report.filter(o -> o.question().kind().equals(kind)).line("kind " + kind));
        }
        out.println(report.filter(o -> o.question().lang().equals("zh")).line("asked in zh"));
        out.println(report.filter(o -> o.question().crossLanguage()).line("cross-lang"));
        if (sweep) {
            for (int i = 20; i <= 80; i += 5) {
                double t = i / 100.0;
                out.printf(
                        "threshold %.2f: answered %.2f refusal %.2f%n",
                        t, report.answeredRate(t), report.refusalRate(t));
            }
        }
        if (misses) {
            for (Outcome o : report.outcomes()) {
                boolean miss = o.question().answerable() ? o.firstHitRank() != 1 || !o.grounded() : o.grounded();
                if (miss) {
                    out.printf(
                            "%-10s rank %d %s conf %.2f  %s%n    want %s › %s%n    got  %s%n",
                            o.question().id(),
                            o.firstHitRank(),
                            o.grounded() ? "answered" : "refused",
                            o.confidence(),
                            o.question().question(),
                            o.question().file(),
                            o.question().heading(),
                            o.top());
                }
            }
        }
        out.flush();
    }
}
