package com.studybot.core.quiz.generate;

import com.studybot.core.answer.LanguageModel;
import com.studybot.core.content.Chunk;
import com.studybot.core.quiz.AnswerGrader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a language model for multiple-choice questions on one passage, in a strict JSON shape, and keeps the
 * ones its passage supports (see {@link DraftChecks}); every reject is logged and counted with its reason.
 * Duplicates of the rest of the pool are found later, when the pool is put together.
 */
public final class QuestionWriter {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionWriter.class);

    private final LanguageModel model;
    private final QuestionDrafts drafts;
    private final DraftChecks checks;
    private final int perPassage;

    public QuestionWriter(LanguageModel model, QuestionDrafts drafts, AnswerGrader grader, int perPassage) {
        if (perPassage < 1) {
            throw new IllegalArgumentException("perPassage must be at least 1, was " + perPassage);
        }
        this.model = model;
        this.drafts = drafts;
        this.checks = new DraftChecks(grader);
        this.perPassage = perPassage;
    }

    /** The model whose questions these are, as stored with them. */
    public String model() {
        return model.id();
    }

    /** The checked questions for {@code passage}, or empty when the model failed (try again another time). */
    public Optional<WrittenSet> write(Chunk passage) {
        String reply;
        try {
            reply = model.complete(WrittenPrompt.INSTRUCTIONS, WrittenPrompt.prompt(passage, perPassage));
        } catch (RuntimeException e) {
            LOG.warn("{} wrote no questions for {}: {}", model.id(), passage.citationLabel(), e.toString());
            return Optional.empty();
        }
        var rejects = new Rejects();
        var accepted = new ArrayList<Draft>();
        QuestionDrafts.Reply parsed = drafts.parse(reply);
        if (parsed instanceof QuestionDrafts.Reply.Rejected r) {
            reject(r.reason(), passage, "the whole reply", rejects);
        } else if (parsed instanceof QuestionDrafts.Reply.Read read) {
            String text = passageText(passage);
            var prompts = new HashSet<String>();
            for (Draft d : read.drafts()) {
                Optional<String> problem =
                        accepted.size() == perPassage ? Optional.of(Rejects.WRITTEN_TOO_MANY) : checks.problem(d, text);
                if (problem.isEmpty() && !prompts.add(Words.norm(d.question()))) {
                    problem = Optional.of(Rejects.WRITTEN_DUPLICATE_WRITTEN);
                }
                problem.ifPresentOrElse(p -> reject(p, passage, d.question(), rejects), () -> accepted.add(d));
            }
        }
        LOG.info(
                "{} wrote {} fit questions for {}; rejected {}",
                model.id(),
                accepted.size(),
                passage.citationLabel(),
                rejects.counts());
        return Optional.of(new WrittenSet(passage.contentHash(), model.id(), accepted, rejects.counts()));
    }

    /** The headings above the passage and its text: what a question on it may draw on. */
    static String passageText(Chunk passage) {
        return String.join("\n", passage.headingPath()) + "\n" + passage.text();
    }

    private static void reject(String reason, Chunk passage, String what, Rejects rejects) {
        rejects.count(reason);
        LOG.info("Rejected a written question ({}) for {}", reason, passage.citationLabel());
        LOG.debug("Rejected ({}): {}", reason, what.length() > 80 ? what.substring(0, 80) + "…" : what);
    }
}
