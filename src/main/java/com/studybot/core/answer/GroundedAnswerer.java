package com.studybot.core.answer;

import com.studybot.core.retrieval.Passage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model, grounded in the passages the extractive answerer retrieved, and checked
 * after the call: every [n] must name a passage, an answer without citations or one saying the notes don't
 * cover it is "not in your notes". On a time-out, an error or a failed check the extractive answer is
 * given, marked as such, so the bot never depends on the model.
 */
public final class GroundedAnswerer implements Answerer {
    private static final Logger LOG = LoggerFactory.getLogger(GroundedAnswerer.class);

    private final Answerer extractive;
    private final LanguageModel model;
    private final Duration budget;
    private final ExecutorService calls;
    private final ModelReplies replies;

    public GroundedAnswerer(Answerer extractive, LanguageModel model, Duration budget, ExecutorService calls) {
        this(extractive, model, budget, calls, ModelReplies.NONE);
    }

    public GroundedAnswerer(
            Answerer extractive, LanguageModel model, Duration budget, ExecutorService calls, ModelReplies replies) {
        this.extractive = extractive;
        this.model = model;
        this.budget = budget;
        this.calls = calls;
        this.replies = replies;
    }

    @Override
    public Answer answer(String question, int topK) {
        return answer(question, topK, draft -> {});
    }

    @Override
    public Answer answer(String question, int topK, Consumer<String> drafts) {
        Answer base = extractive.answer(question, topK);
        List<Passage> passages = base.passages();
        if (base instanceof Answer.Failed || passages.isEmpty()) {
            return base;
        }
        var key = new ModelReplies.Key(
                Questions.normalise(question),
                passages.stream()
                        .map(p -> p.chunk().id() + "@" + p.chunk().contentHash())
                        .toList(),
                model.id());
        Optional<String> known = replies.get(key);
        if (known.isPresent()) {
            return checked(base, known.get());
        }
        var draft = new Draft(drafts);
        var call = TimedCall.run(
                calls,
                budget,
                () -> model.stream(GroundedPrompt.INSTRUCTIONS, GroundedPrompt.prompt(question, passages), draft::add),
                draft::close); // closed before the cancel's interrupt can wake the call for a last piece
        draft.close();
        if (call instanceof TimedCall.Late<String>) {
            return fallback(base, "the language model did not answer within " + budget.toMillis() + " ms");
        }
        if (call instanceof TimedCall.Failed<String> failed) {
            LOG.warn("Language model {} failed: {}", model.id(), failed.cause().toString());
            return fallback(base, "the language model failed");
        }
        String reply = ((TimedCall.Done<String>) call).value();
        replies.put(key, reply);
        return checked(base, reply);
    }

    /** The reply so far, passed on as it grows until the answer is given; a late piece is dropped. */
    private static final class Draft {
        private final Consumer<String> drafts;
        private final StringBuilder text = new StringBuilder();
        private boolean open = true;

        Draft(Consumer<String> drafts) {
            this.drafts = drafts;
        }

        synchronized void add(String piece) {
            if (open && piece != null && !piece.isEmpty()) {
                text.append(piece);
                drafts.accept(text.toString());
            }
        }

        synchronized void close() {
            open = false;
        }
    }

    private Answer checked(Answer base, String reply) {
        List<Passage> passages = base.passages();
        List<Integer> cited = GroundedPrompt.citations(reply);
        if (GroundedPrompt.refuses(reply) || cited.isEmpty()) {
            var suggestions = base instanceof Answer.NotInNotes n ? n.suggestions() : List.<String>of();
            return new Answer.NotInNotes(base.question(), suggestions, passages, base.confidence());
        }
        if (cited.stream().anyMatch(n -> n < 1 || n > passages.size())) {
            return fallback(base, "the language model cited a passage that does not exist");
        }
        if (GroundedPrompt.unsupported(reply, passages).isPresent()) {
            return fallback(base, "the language model said more than the passages it cited");
        }
        List<Citation> citations = cited.stream()
                .map(n -> Citation.of(passages.get(n - 1).chunk()))
                .distinct()
                .toList();
        // all the passages the model was shown, in its order: [n] in the answer is passage n of "Show passages"
        return new Answer.Answered(base.question(), reply.strip(), citations, passages, base.confidence());
    }

    /** The extractive answer, saying why the model's was not used. */
    private static Answer fallback(Answer base, String why) {
        if (base instanceof Answer.Answered a) {
            return new Answer.Answered(
                    a.question(),
                    a.text(),
                    a.citations(),
                    a.passages(),
                    a.confidence(),
                    "Extractive answer: " + why + ".");
        }
        return base;
    }
}
