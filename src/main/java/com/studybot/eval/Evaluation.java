package com.studybot.eval;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.DecisionFeatures;
import com.studybot.core.common.Hashes;
import com.studybot.core.retrieval.Passage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Asks every dev-set question of one corpus and records where the expected passage ranked. */
public final class Evaluation {
    private Evaluation() {}

    public static List<Outcome> run(Answerer answerer, List<DevSetQuestion> questions, int topK) {
        var outcomes = new ArrayList<Outcome>();
        for (DevSetQuestion q : questions) {
            Answer answer = answerer.answer(q.question(), topK);
            List<Passage> passages = answer.passages();
            int rank = 0;
            for (int i = 0; i < passages.size(); i++) {
                if (q.hit(passages.get(i).chunk())) {
                    rank = i + 1;
                    break;
                }
            }
            String top = passages.isEmpty() ? "-" : passages.get(0).chunk().citationLabel();
            double[] features = DecisionFeatures.of(q.question(), passages);
            outcomes.add(new Outcome(
                    q,
                    rank,
                    verdict(answer),
                    answer.confidence(),
                    top,
                    passages.isEmpty() ? "" : passages.get(0).chunk().text(),
                    passages.stream().map(Passage::evidence).toList(),
                    Arrays.stream(features).boxed().toList(),
                    print(answer)));
        }
        return outcomes;
    }

    /**
     * The answer in one short line: its kind, the first 12 hex digits of a hash of its text, and of its passages
     * in order (file, heading and text), then the top passage's label to read. Equal prints, equal answers.
     */
    static String print(Answer answer) {
        var passages = new StringBuilder();
        for (Passage p : answer.passages()) {
            passages.append(p.chunk().citationLabel())
                    .append('\u0000')
                    .append(p.chunk().text())
                    .append('\u0001');
        }
        String top = answer.passages().isEmpty()
                ? "-"
                : answer.passages().get(0).chunk().citationLabel();
        return answer.kind() + " " + Hashes.sha256(text(answer)).substring(0, 12) + " "
                + Hashes.sha256(passages.toString()).substring(0, 12) + " " + top;
    }

    /** What the user reads: the quoted text with its citations, the closest passage, or the suggestions. */
    private static String text(Answer answer) {
        if (answer instanceof Answer.Answered a) {
            return a.text() + "\u0000" + a.citations() + "\u0000" + a.notice();
        }
        if (answer instanceof Answer.Closest c) {
            return c.text() + "\u0000" + c.citation();
        }
        if (answer instanceof Answer.NotInNotes n) {
            return String.join("\u0000", n.suggestions());
        }
        return "";
    }

    private static AnswerPolicy.Verdict verdict(Answer answer) {
        return switch (answer.kind()) {
            case ANSWERED -> AnswerPolicy.Verdict.ANSWERED;
            case CLOSEST -> AnswerPolicy.Verdict.CLOSEST;
            case NOT_IN_NOTES, FAILED -> AnswerPolicy.Verdict.NOT_IN_NOTES;
        };
    }
}
