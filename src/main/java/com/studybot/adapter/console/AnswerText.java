package com.studybot.adapter.console;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Citation;
import com.studybot.core.retrieval.Passage;
import java.util.List;
import java.util.Locale;

/** Renders answers for people reading a terminal. */
public final class AnswerText {
    public static final String REFUSAL = "I can't find that in your notes.";

    /** The answer's main text: the quote, the closest passage under its lead, the refusal or the failure line. */
    static String answerSentence(Answer answer) {
        if (answer instanceof Answer.Answered a) {
            return a.text();
        }
        if (answer instanceof Answer.Closest c) {
            return c.lead() + "\n" + c.text();
        }
        if (answer instanceof Answer.NotInNotes n) {
            return n.unknownNameLine().isEmpty() ? REFUSAL : REFUSAL + " " + n.unknownNameLine();
        }
        if (answer instanceof Answer.Failed f) {
            return "Something went wrong: " + f.reason() + " (ref " + f.ref() + ")";
        }
        throw new AssertionError("unhandled " + answer.getClass());
    }

    public String render(Answer answer) {
        var sb = new StringBuilder(answerSentence(answer));
        if (answer instanceof Answer.Answered a) {
            if (!a.notice().isEmpty()) {
                sb.append("\n(").append(a.notice()).append(")");
            }
            sb.append("\n");
            for (Citation c : a.citations()) {
                sb.append("\n  — ").append(c.label());
            }
        } else if (answer instanceof Answer.Closest c) {
            sb.append("\n\n  — ").append(c.citation().label());
        } else if (answer instanceof Answer.NotInNotes n && !n.suggestions().isEmpty()) {
            sb.append("\nThe nearest topics in your notes: ").append(String.join("; ", n.suggestions()));
        }
        return sb.toString();
    }

    /** The passages behind the last answer, numbered with score and citation. */
    public String sources(Answer answer) {
        List<Passage> passages = answer.passages();
        if (passages.isEmpty()) {
            return "No sources.";
        }
        var sb = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            sb.append(String.format(
                    Locale.ROOT,
                    "[%d] %s  (score %.2f%s)%n",
                    i + 1,
                    Citation.of(p.chunk()).label(),
                    p.score(),
                    i == 0
                            ? String.format(Locale.ROOT, ", %s, confidence %.2f", answer.kind().id, answer.confidence())
                            : ""));
            sb.append(indent(p.chunk().text())).append("\n");
        }
        return sb.toString().stripTrailing();
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }
}
