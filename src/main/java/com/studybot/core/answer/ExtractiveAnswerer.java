package com.studybot.core.answer;

import com.studybot.core.common.Terms;
import com.studybot.core.retrieval.Passage;
import com.studybot.core.retrieval.PassageRetriever;
import com.studybot.core.retrieval.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers without a language model: quotes the best sentences of the top passage (and of the runner-up
 * when it adds a different section), cites both; when the {@link AnswerPolicy} finds the evidence in
 * between it shows the closest passage as such, and when too weak it says the notes don't cover it.
 */
public final class ExtractiveAnswerer implements Answerer {
    private final PassageRetriever retriever;
    private final Supplier<AnswerPolicy> policy;
    private final SentencePicker picker;

    public ExtractiveAnswerer(PassageRetriever retriever, AnswerPolicy policy, int maxSentences) {
        this(retriever, constant(Objects.requireNonNull(policy, "policy")), maxSentences);
    }

    /** As above, deciding by the policy {@code policy} gives at each question (one calibrated to the notes). */
    public ExtractiveAnswerer(PassageRetriever retriever, Supplier<AnswerPolicy> policy, int maxSentences) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.picker = new SentencePicker(maxSentences);
    }

    private static Supplier<AnswerPolicy> constant(AnswerPolicy policy) {
        return () -> policy;
    }

    @Override
    public Answer answer(String question, int topK) {
        String q = question.strip();
        List<Passage> passages = retriever.retrieve(new Query(q, topK));
        var decision = policy.get().decide(q, passages);
        double confidence = decision.confidence();
        return switch (decision.verdict()) {
            case ANSWERED -> compose(q, passages, confidence);
            case CLOSEST ->
                new Answer.Closest(
                        q,
                        picker.pick(q, passages.get(0).chunk().text()).text(),
                        Citation.of(passages.get(0).chunk()),
                        passages,
                        confidence);
            case NOT_IN_NOTES -> new Answer.NotInNotes(q, suggestions(passages), passages, confidence);
        };
    }

    private Answer compose(String question, List<Passage> passages, double confidence) {
        Passage top = passages.get(0);
        var parts = new ArrayList<String>();
        var citations = new ArrayList<Citation>();
        var first = picker.pick(question, top.chunk().text());
        parts.add(first.text());
        citations.add(Citation.of(top.chunk()));
        if (passages.size() > 1) {
            Passage second = passages.get(1);
            Citation c2 = Citation.of(second.chunk());
            var pick = picker.pick(question, second.chunk().text());
            boolean strong = strength(second) >= strength(top) * 0.9;
            boolean asGood = pick.matched()
                    >= Math.max(first.matched(), Math.min(2, Terms.of(question).size()));
            if (!c2.equals(citations.get(0)) && strong && asGood && !nearDuplicate(parts.get(0), pick.text())) {
                parts.add(pick.text());
                citations.add(c2);
            }
        }
        return new Answer.Answered(question, String.join("\n\n", parts), citations, passages, confidence);
    }

    /** How well a passage alone supports the question: its rare-term coverage and similarity, equally. */
    private static double strength(Passage p) {
        return 0.5 * p.evidence().coverage() + 0.5 * Math.max(0, p.evidence().similarity());
    }

    private static List<String> suggestions(List<Passage> passages) {
        var topics = new LinkedHashSet<String>();
        for (Passage p : passages) {
            topics.add(Citation.of(p.chunk()).label());
        }
        return topics.stream().limit(3).toList();
    }

    /** Notes often repeat themselves (two files on one topic): don't quote the same thing twice. */
    static boolean nearDuplicate(String a, String b) {
        Set<String> x = Terms.of(a);
        Set<String> y = Terms.of(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.equals(b);
        }
        long common = x.stream().filter(y::contains).count();
        return common >= 0.6 * Math.min(x.size(), y.size());
    }
}
