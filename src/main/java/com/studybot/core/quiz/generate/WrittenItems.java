package com.studybot.core.quiz.generate;

import com.studybot.core.common.Hashes;
import com.studybot.core.common.Terms;
import com.studybot.core.content.Chunk;
import com.studybot.core.content.Sentences;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Adds the written questions of the current passages to a pool as ordinary multiple-choice items, marked
 * "(LLM-written)" in their citation, leaving out duplicates of a pool question or of another written one:
 * the same prompt, or the same answer with a near-identical prompt.
 */
public final class WrittenItems {
    /** Shown after the citation of every written question, so a learner can tell who wrote it. */
    public static final String MARK = " (LLM-written)";
    /** Ids of written questions start with this. */
    public static final String ID_PREFIX = "gen:llm:";
    /** Prompts sharing this share of their content words (and the answer) are the same question. */
    static final double SAME_PROMPT = 0.6;

    private final List<Asked> asked = new ArrayList<>();
    private int fromPool;

    private record Asked(String prompt, Set<String> words, String answer) {}

    private WrittenItems() {}

    /** The pool's items and rejects, with the fit written questions of {@code passages} added and counted. */
    public static QuestionGenerator.Result merge(
            QuestionGenerator.Result pool, List<Chunk> passages, List<WrittenSet> sets) {
        var byHash = new LinkedHashMap<String, WrittenSet>();
        sets.forEach(s -> byHash.put(s.contentHash(), s));
        var merged = new WrittenItems();
        pool.items().forEach(i -> {
            i.typed().ifPresent(merged::remember);
            i.choice().ifPresent(merged::remember);
        });
        merged.fromPool = merged.asked.size();
        var items = new ArrayList<>(pool.items());
        var rejects = new Rejects();
        pool.rejects().forEach((reason, n) -> rejects.add(reason, n));
        var seen = new HashSet<String>();
        for (Chunk c : passages) {
            WrittenSet set = byHash.get(c.contentHash());
            if (set == null || !seen.add(c.contentHash())) {
                continue;
            }
            set.rejects().forEach(rejects::add);
            for (Draft d : set.accepted()) {
                var item = item(c, d, set.model());
                var duplicate = merged.duplicate(item.choice().orElseThrow());
                duplicate.ifPresentOrElse(rejects::count, () -> {
                    merged.remember(item.choice().orElseThrow());
                    items.add(item);
                });
            }
        }
        return new QuestionGenerator.Result(items, rejects.counts(), pool.rejectSamples(), pool.noteWords());
    }

    /** Why {@code q} is asked already: by a question of the pool, or by a written one. */
    private Optional<String> duplicate(Question q) {
        String prompt = Words.norm(q.prompt());
        Set<String> words = Terms.of(q.prompt());
        String answer = Words.norm(q.answer());
        for (int i = 0; i < asked.size(); i++) {
            Asked a = asked.get(i);
            if (a.prompt().equals(prompt) || a.answer().equals(answer) && overlap(a.words(), words) >= SAME_PROMPT) {
                return Optional.of(i < fromPool ? Rejects.WRITTEN_DUPLICATE : Rejects.WRITTEN_DUPLICATE_WRITTEN);
            }
        }
        return Optional.empty();
    }

    private void remember(Question q) {
        asked.add(new Asked(Words.norm(q.prompt()), Terms.of(q.prompt()), Words.norm(q.answer())));
    }

    /** Shared content words over all content words of the two (Jaccard). */
    static double overlap(Set<String> a, Set<String> b) {
        var union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1;
        }
        var common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }

    /** A written draft as a multiple-choice item of its passage, its options in a stable shuffled order. */
    static QuizItem item(Chunk passage, Draft d, String model) {
        String id = ID_PREFIX
                + Hashes.sha256(model + "\n" + passage.contentHash() + "\n" + d.question())
                        .substring(0, 16);
        var options = new ArrayList<>(d.options());
        Collections.shuffle(options, new Random(id.hashCode()));
        String citation = passage.citationLabel() + MARK;
        String context = Topics.context(passage.file(), passage.headingPath(), d.correct()) + MARK;
        var q = new Question(
                id, d.question().strip(), d.correct(), List.of(), options, citation, quote(passage, d), context);
        var topics = Topics.of(passage.file(), passage.headingPath(), Optional.empty());
        return new QuizItem(id, topics, Optional.empty(), Optional.of(q), true, passage.text());
    }

    /** The model's quote (checked to be in the passage), else the passage's first sentence with the answer. */
    private static String quote(Chunk passage, Draft d) {
        if (!d.quote().isBlank()) {
            return d.quote().strip();
        }
        return Sentences.split(passage.text()).stream()
                .filter(s -> DraftChecks.supported(d.correct(), s))
                .findFirst()
                .orElse(passage.text());
    }
}
