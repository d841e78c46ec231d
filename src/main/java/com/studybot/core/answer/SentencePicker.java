package com.studybot.core.answer;

import com.studybot.core.common.Terms;
import com.studybot.core.content.Sentences;
import java.util.List;
import java.util.Set;

/**
 * Picks the run of consecutive sentences in a passage that best matches the question: the best-scoring
 * sentence, extended with its neighbours while they still share terms with the question, up to a limit.
 */
final class SentencePicker {
    private final int maxSentences;

    SentencePicker(int maxSentences) {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("maxSentences must be >= 1, was " + maxSentences);
        }
        this.maxSentences = maxSentences;
    }

    /** The chosen sentences joined by spaces, and how many question terms they share. */
    record Pick(String text, int matched) {}

    Pick pick(String question, String passage) {
        Set<String> wanted = Terms.of(question);
        List<String> sentences = Sentences.split(passage);
        if (sentences.isEmpty()) {
            return new Pick("", 0);
        }
        int[] scores = sentences.stream().mapToInt(s -> overlap(wanted, s)).toArray();
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        int from = best;
        int to = best + 1;
        while (to - from < maxSentences) {
            if (to < sentences.size() && (scores[to] > 0 || to - from < 2)) {
                to++;
            } else if (from > 0 && scores[from - 1] > 0) {
                from--;
            } else {
                break;
            }
        }
        return new Pick(String.join(" ", sentences.subList(from, to)), scores[best]);
    }

    private static int overlap(Set<String> wanted, String sentence) {
        int n = 0;
        for (String t : Terms.of(sentence)) {
            if (wanted.contains(t)) {
                n++;
            }
        }
        return n;
    }
}
