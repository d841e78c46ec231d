package com.studybot.cli;

import com.studybot.QuizWiring;
import com.studybot.adapter.console.QuestionAudit;
import com.studybot.adapter.llm.LazyEmbedder;
import com.studybot.adapter.llm.OnnxEmbedder;
import com.studybot.config.StudybotConfig;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.generate.Translations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audit}: writes generated quiz questions with their passages and the reject counts to a file. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Write generated quiz questions with their passages to a file, for a person to check.")
final class AuditCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "FILE", description = "Report file (default: data/question-audit.md).")
    Path out;

    @Option(names = "--count", paramLabel = "N", description = "How many questions (default: 100).")
    int count = 100;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new UserError("--count must be at least 1.");
        }
        var config = Startup.config(common, Map.of());
        var result = config.llm().writesQuestions()
                ? withWrittenQuestions(config)
                : QuizWiring.questionPool(config.content(), translations(config))
                        .all();
        Path file = out != null ? out : config.data().dir().resolve("question-audit.md");
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, QuestionAudit.render(result, count), StandardCharsets.UTF_8);
        var term = Terminal.out();
        term.printf("Wrote %s: %d items, rejects %s%n", file, result.items().size(), result.rejects());
        term.flush();
        return 0;
    }

    /** The translation check over bge-small-zh, loaded only if a Chinese text is compared (as the bot's is). */
    private static Translations translations(StudybotConfig config) {
        return QuizWiring.translations(
                config.retrieval().cjkModel()
                        ? Optional.of(new LazyEmbedder(OnnxEmbedder.BGE_ZH, OnnxEmbedder::bgeSmallZh))
                        : Optional.empty());
    }

    /** With a model that writes questions: one pass for passages not written for yet, then the whole pool. */
    private static QuestionGenerator.Result withWrittenQuestions(StudybotConfig config) {
        try (var wiring = Startup.wiring(config, false)) {
            var pass = wiring.writeQuestions().get();
            Terminal.out().printf("Question writing: %s%n", pass);
            return wiring.pool().all();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("Interrupted while the language model wrote questions.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("question writing failed", e.getCause());
        }
    }
}
