package com.studybot.core.answer;

import com.studybot.core.common.Terms;
import com.studybot.core.content.Sentences;
import com.studybot.core.content.Sentences.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Picks the run of consecutive sentences in a passage that best answers the question: the sentence sharing
 * most terms with it, then following sentences of the same line (a definition often runs on) and
 * neighbours that match as well as it does, up to a limit. Line breaks of the passage are kept.
 */
final class SentencePicker {
    private static final int SHORT_WORDS = 14;

    private final int maxSentences;

    SentencePicker(int maxSentences) {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("maxSentences must be >= 1, was " + maxSentences);
        }
        this.maxSentences = maxSentences;
    }

    /** The chosen sentences, and how many question terms the best one shares. */
    record Pick(String text, int matched) {}

    Pick pick(String question, String passage) {
        Set<String> wanted = Terms.of(question);
        List<Sentence> sentences = Sentences.splitWithLines(passage);
        if (sentences.isEmpty()) {
            return new Pick("", 0);
        }
        int[] scores =
                sentences.stream().mapToInt(s -> overlap(wanted, s.text())).toArray();
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        int from = best;
        int to = best + 1;
        while (to - from < maxSentences && to < sentences.size() && extends_(sentences, scores, best, from, to)) {
            to++;
        }
        while (to - from < maxSentences && from > 0 && scores[from - 1] >= scores[best] && scores[best] > 0) {
            from--;
        }
        return new Pick(join(sentences.subList(from, to)), scores[best]);
    }

    private static boolean extends_(List<Sentence> sentences, int[] scores, int best, int from, int to) {
        Sentence next = sentences.get(to);
        boolean sameLine = !next.startsLine();
        boolean shortSoFar = words(sentences.subList(from, to)) < SHORT_WORDS;
        return (sameLine && (shortSoFar || scores[to] > 0))
                || (scores[to] >= scores[best] && scores[best] > 0)
                || (shortSoFar && scores[to] > 0);
    }

    private static int words(List<Sentence> sentences) {
        return sentences.stream().mapToInt(s -> s.text().split("\\s+").length).sum();
    }

    private static String join(List<Sentence> sentences) {
        var sb = new StringBuilder();
        for (Sentence s : sentences) {
            if (sb.length() > 0) {
                sb.append(s.startsLine() ? "\n" : " ");
            }
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** Question terms found in the sentence; "spec" finds "specification" (a prefix of four letters or more). */
    private static int overlap(Set<String> wanted, String sentence) {
        Set<String> present = Terms.of(sentence);
        int n = 0;
        for (String w : wanted) {
            if (present.contains(w) || (w.length() >= 4 && present.stream().anyMatch(p -> p.startsWith(w)))) {
                n++;
            }
        }
        return n;
    }
}
