package com.studybot.core.answer;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads follow-ups with a language model: it rewrites a short question after an earlier one so it stands
 * alone ("and what about EKS?" after "What does ECS do?" → "What does Amazon EKS do?"). A question that
 * stands alone comes back unchanged. When the model fails, is late, or replies with something that is not a
 * single question, the heuristic reads it instead, so a follow-up never waits on a broken model.
 */
public final class ModelFollowUps implements FollowUpReader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelFollowUps.class);
    static final String INSTRUCTIONS = String.join(
            "\n",
            "You rewrite a student's follow-up question so that it can be understood without the previous one.",
            "Use the previous question only to resolve what the follow-up refers to; keep the student's words"
                    + " and language.",
            "If the follow-up already stands on its own, return it unchanged.",
            "Reply with the rewritten question only, on one line, with no explanation.");
    /** Longer questions say what they are about; they are never sent. */
    static final int MAX_FOLLOW_UP_WORDS = 12;

    private final LanguageModel model;
    private final Duration budget;
    private final ExecutorService calls;

    public ModelFollowUps(LanguageModel model, Duration budget, ExecutorService calls) {
        this.model = model;
        this.budget = budget;
        this.calls = calls;
    }

    @Override
    public String read(String question, Optional<String> previous) {
        String q = question.strip();
        if (previous.isEmpty() || previous.get().isBlank() || q.split("\\s+").length > MAX_FOLLOW_UP_WORDS) {
            return FollowUps.rewrite(q, previous);
        }
        String prompt = "Previous question: " + oneLine(previous.get()) + "\nFollow-up question: " + oneLine(q);
        var call = TimedCall.run(calls, budget, () -> model.complete(INSTRUCTIONS, prompt));
        if (call instanceof TimedCall.Done<String> done) {
            return usable(done.value(), q).orElseGet(() -> FollowUps.rewrite(q, previous));
        }
        LOG.warn("Language model {} could not read a follow-up ({}); using the heuristic", model.id(), call);
        return FollowUps.rewrite(q, previous);
    }

    /** One question on one line, not much longer than the two it was made from. */
    static Optional<String> usable(String reply, String question) {
        String r = reply.strip().replaceAll("^[\"'“”]+|[\"'“”]+$", "").strip();
        boolean oneQuestion = !r.isEmpty() && !r.contains("\n") && !r.contains(GroundedPrompt.NOT_COVERED);
        return oneQuestion && r.length() <= question.length() + 200 ? Optional.of(r) : Optional.empty();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
