package com.studybot.eval;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.DecisionFeatures;
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
                    Arrays.stream(features).boxed().toList()));
        }
        return outcomes;
    }

    private static AnswerPolicy.Verdict verdict(Answer answer) {
        return switch (answer.kind()) {
            case ANSWERED -> AnswerPolicy.Verdict.ANSWERED;
            case CLOSEST -> AnswerPolicy.Verdict.CLOSEST;
            case NOT_IN_NOTES, FAILED -> AnswerPolicy.Verdict.NOT_IN_NOTES;
        };
    }
}
