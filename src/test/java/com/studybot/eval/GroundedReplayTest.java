package com.studybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.Models;
import com.studybot.Wiring;
import com.studybot.config.ConfigLoader;
import com.studybot.core.common.Progress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The replay's classification, over the project's content/ with a handful of scripted replies: each reply
 * goes through the real OpenAI client, the stub and the grounded answerer, and lands where expected.
 */
final class GroundedReplayTest {
    private static final Map<String, String> REPLIES = Map.ofEntries(
            Map.entry("content-001", "Fargate runs containers without servers to manage [1]."),
            Map.entry("content-002", "You pay for the vCPU and memory your tasks ask for [1]."),
            Map.entry("content-003", "The kubelet starts the pod's containers on each node [7]."),
            Map.entry("content-004", "NOT_IN_NOTES"),
            Map.entry("content-010", "A Lambda function runs for at most 15 minutes [1][2]."),
            Map.entry("content-011", "Copilot deploys containers to ECS and App Runner (see passage 1)."),
            Map.entry("content-012", "The autoscaler adds pods [2]."),
            Map.entry("content-018", "Use the terraform-aws-modules/eks/aws module [6]."),
            Map.entry("content-019", "Mix flour, water, yeast and salt, let it rise and bake at 220 °C."),
            Map.entry("content-020", "France won the 2018 World Cup [1]."));

    private static Map<String, ReplayCase> cases;

    @BeforeAll
    static void replay() throws Exception {
        // GIVEN content/ indexed as the dev set indexes it, and a scripted reply for ten of its questions
        var loader = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath());
        var config = loader.load(Optional.empty(), Map.of("content.dir", "content", "data.dir", "target/devset-data"));
        List<DevSetQuestion> questions = DevSet.load(Path.of("src/test/resources/devset/devset.jsonl")).stream()
                .filter(q -> REPLIES.containsKey(q.id()))
                .toList();
        var out = new LinkedHashMap<String, ReplayCase>();
        // WHEN each is answered extractively and grounded, the stub replaying its reply
        try (var wiring = new Wiring(config, Models.load(config), false);
                var replay = new GroundedReplay(new ScriptedReplies(questions, REPLIES), Duration.ofSeconds(5))) {
            wiring.sync(Progress.NONE);
            for (DevSetQuestion q : questions) {
                out.put(q.id(), replay.replay(wiring.answerer(), q, 5));
            }
        }
        cases = Map.copyOf(out);
    }

    private static void expect(
            String id,
            ReplayCase.Kind kind,
            ReplayCase.Fate fate,
            boolean extractive,
            boolean unchecked,
            boolean grounded) {
        assertThat(cases.get(id))
                .as(id)
                .extracting(
                        ReplayCase::kind,
                        ReplayCase::fate,
                        ReplayCase::extractiveRight,
                        ReplayCase::uncheckedRight,
                        ReplayCase::groundedRight)
                .containsExactly(kind, fate, extractive, unchecked, grounded);
    }

    @Test
    void aReplyCitingTheRightPassageIsKept() {
        // THEN the grounded answer keeps the model's reply (content-002, "How does Fargate charge me?", is answered
        // by the extractive decision too since the refit with the unseen-name cap set content/'s threshold 0.52)
        expect("content-001", ReplayCase.Kind.CITES_RIGHT, ReplayCase.Fate.KEPT, true, true, true);
        expect("content-002", ReplayCase.Kind.CITES_RIGHT, ReplayCase.Fate.KEPT, true, true, true);
        expect("content-010", ReplayCase.Kind.CITES_RIGHT_AND_WRONG, ReplayCase.Fate.KEPT, true, true, true);
    }

    @Test
    void aCitationBeyondThePassagesFallsBackToTheExtractiveAnswer() {
        // THEN an extractive answer stands in, marked. For content-018 ("How do I write a Terraform module for
        // EKS?", a near miss) that is the extractive refusal since the threshold is calibrated to content/ (it
        // answered the near miss before)
        expect("content-003", ReplayCase.Kind.CITES_BEYOND, ReplayCase.Fate.FALLBACK, true, false, true);
        expect("content-018", ReplayCase.Kind.CITES_BEYOND, ReplayCase.Fate.NOT_IN_NOTES, true, false, true);
    }

    @Test
    void anUncitedReplyOrNotInNotesIsARefusal() {
        expect("content-004", ReplayCase.Kind.REFUSES, ReplayCase.Fate.NOT_IN_NOTES, true, false, false);
        expect("content-011", ReplayCase.Kind.UNCITED, ReplayCase.Fate.NOT_IN_NOTES, true, false, false);
        expect("content-019", ReplayCase.Kind.UNCITED, ReplayCase.Fate.NOT_IN_NOTES, true, false, true);
    }

    @Test
    void aShortReplyCitingAWrongPassageGetsThroughButAMadeUpAnswerDoesNot() {
        // THEN a sentence too short to judge ("The autoscaler adds pods [2].") is kept though [2] is the wrong
        // passage, while a made-up answer hung on [1] says more than passage 1 does: the extractive refusal
        expect("content-012", ReplayCase.Kind.CITES_WRONG, ReplayCase.Fate.KEPT, true, false, false);
        expect("content-020", ReplayCase.Kind.CITES_WRONG, ReplayCase.Fate.NOT_IN_NOTES, true, false, true);
    }

    @Test
    void theTableCountsEveryCaseOnce() {
        var report = new ReplayReport(List.copyOf(cases.values()), List.copyOf(cases.values()), Duration.ofSeconds(5));
        String table = report.table();
        assertThat(table).contains("in notes · cites the right passage");
        assertThat(table.lines().filter(l -> l.startsWith("all ")).findFirst().orElseThrow())
                .matches("all\\s+10 \\|\\s+4\\s+5\\s+1 \\|\\s+10\\s+3\\s+7");
        assertThat(report.latency()).contains("over 10 timed answers").contains("budget (llm.budget default) 5000 ms");
    }
}
