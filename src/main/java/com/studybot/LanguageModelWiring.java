package com.studybot;

import com.studybot.adapter.llm.OllamaLanguageModel;
import com.studybot.adapter.llm.OpenAiLanguageModel;
import com.studybot.config.Secrets;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.FollowUpReader;
import com.studybot.core.answer.FollowUps;
import com.studybot.core.answer.GroundedAnswerer;
import com.studybot.core.answer.LanguageModel;
import com.studybot.core.answer.ModelFollowUps;
import com.studybot.core.answer.ModelReplies;
import com.studybot.core.answer.TimedCall;
import com.studybot.core.content.Chunker;
import com.studybot.core.content.NoteSource;
import com.studybot.core.persistence.WrittenQuestionStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional language model in the composition root: the configured provider, probed once at start-up
 * (a bad or unreachable one is reported here, once, and left out), the threads its calls run on, and what
 * it takes part in: grounded answers, follow-up questions and quiz questions. Without a model each part
 * falls back to the engine's own.
 */
final class LanguageModelWiring implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageModelWiring.class);
    /** A follow-up is read before the answer is written, so it gets at most this much of the budget. */
    private static final Duration FOLLOW_UP_BUDGET = Duration.ofSeconds(2);

    private static final Duration WRITING_TIMEOUT = Duration.ofSeconds(60);

    private final StudybotConfig.Llm llm;
    private final ExecutorService calls = Executors.newFixedThreadPool(4, runnable -> {
        var t = new Thread(runnable, "studybot-llm");
        t.setDaemon(true);
        return t;
    });
    private final Optional<LanguageModel> model;

    LanguageModelWiring(StudybotConfig.Llm llm) {
        this.llm = llm;
        this.model = llm.enabled() ? probed(build(llm, llm.budget())) : Optional.empty();
    }

    private static LanguageModel build(StudybotConfig.Llm llm, Duration timeout) {
        return switch (llm.provider()) {
            case "openai" ->
                new OpenAiLanguageModel(
                        llm.baseUrl(),
                        llm.model(),
                        Secrets.fromEnvironment(System.getenv()).llmApiKey().orElse(""),
                        timeout);
            case "ollama" -> new OllamaLanguageModel(llm.baseUrl(), llm.model(), timeout);
            default -> throw new IllegalStateException("unknown llm.provider " + llm.provider());
        };
    }

    private Optional<LanguageModel> probed(LanguageModel candidate) {
        var probe = TimedCall.run(
                calls, llm.budget(), () -> candidate.complete("Reply with the word OK.", "Are you there?"));
        if (probe instanceof TimedCall.Done<String>) {
            LOG.info("Answers are written by {} and checked against the notes", candidate.id());
            return Optional.of(candidate);
        }
        String why = probe instanceof TimedCall.Failed<String> f
                ? f.cause().toString()
                : "no reply within " + llm.budget().toMillis() + " ms";
        LOG.warn(
                "The language model {} does not answer ({}); answering from the notes without it", candidate.id(), why);
        return Optional.empty();
    }

    /** Answers written by the model from what {@code extractive} retrieves, checked; or {@code extractive}. */
    Answerer answers(Answerer extractive, ModelReplies replies) {
        return model.<Answerer>map(m -> new GroundedAnswerer(extractive, m, llm.budget(), calls, replies))
                .orElse(extractive);
    }

    /** Follow-ups read by the model (within at most two seconds), else by the heuristic. */
    FollowUpReader followUps() {
        Duration budget = llm.budget().compareTo(FOLLOW_UP_BUDGET) < 0 ? llm.budget() : FOLLOW_UP_BUDGET;
        return model.<FollowUpReader>map(m -> new ModelFollowUps(m, budget, calls))
                .orElse(FollowUps.HEURISTIC);
    }

    /**
     * Quiz questions written by the model in the background, when it is asked to write them; nobody waits
     * on them, so a call may take up to a minute (a local model writing three questions is slow).
     */
    Optional<QuestionWritingWiring> writing(NoteSource notes, Chunker chunker, WrittenQuestionStore store) {
        Duration timeout = llm.budget().compareTo(WRITING_TIMEOUT) > 0 ? llm.budget() : WRITING_TIMEOUT;
        return model.filter(m -> llm.writesQuestions())
                .map(m -> new QuestionWritingWiring(
                        build(llm, timeout), notes, chunker, store, calls, llm.quizQuestions()));
    }

    boolean enabled() {
        return model.isPresent();
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
