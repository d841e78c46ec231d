package com.studybot.core.quiz.generate;

import com.studybot.core.content.Chunk;
import com.studybot.core.persistence.WrittenQuestionStore;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of question writing: the passages the model has not written for yet (by content hash), at most
 * so many per pass, each written, checked and stored, so an unchanged passage is never asked about twice.
 */
public final class QuestionWriting {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionWriting.class);
    /** Shorter passages rarely hold a question with three wrong options the passage does not name. */
    static final int MIN_WORDS = 20;

    /** What a pass did: passages written for, questions accepted and rejected, model calls that failed. */
    public record Pass(int passages, int accepted, int rejected, int failed) {}

    private final QuestionWriter writer;
    private final WrittenQuestionStore store;

    public QuestionWriting(QuestionWriter writer, WrittenQuestionStore store) {
        this.writer = writer;
        this.store = store;
    }

    /** Writes for up to {@code maxPassages} of {@code passages} not written for yet, in their order. */
    public Pass run(List<Chunk> passages, int maxPassages) {
        var done = new HashSet<String>();
        store.all(writer.model()).forEach(s -> done.add(s.contentHash()));
        int written = 0;
        int accepted = 0;
        int rejected = 0;
        int failed = 0;
        for (Chunk c : passages) {
            if (written + failed >= maxPassages) {
                break;
            }
            if (Words.count(c.text()) < MIN_WORDS || !done.add(c.contentHash())) {
                continue;
            }
            var set = writer.write(c);
            if (set.isEmpty()) {
                failed++;
                continue;
            }
            store.save(set.get());
            written++;
            accepted += set.get().accepted().size();
            rejected += set.get().rejects().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }
        var pass = new Pass(written, accepted, rejected, failed);
        if (written + failed > 0) {
            LOG.info("Question writing by {}: {}", writer.model(), pass);
        }
        return pass;
    }
}
