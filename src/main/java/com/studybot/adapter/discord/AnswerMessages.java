package com.studybot.adapter.discord;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Citation;
import com.studybot.core.retrieval.Passage;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** Renders answers for Discord: an embed with the answer and up to three citations with a short quote. */
public final class AnswerMessages {
    static final int MAX_CITATIONS = 3;
    static final int QUOTE_LENGTH = 160;
    static final String REFUSAL = "I can't find that in your notes.";

    private AnswerMessages() {}

    public static MessageEmbed embed(Answer answer) {
        if (answer instanceof Answer.Answered a) {
            return answered(a);
        }
        if (answer instanceof Answer.NotInNotes n) {
            String nearest = n.suggestions().isEmpty()
                    ? "Try other words, or add a note about it to the content folder."
                    : "The nearest topics in your notes: " + String.join("; ", n.suggestions())
                            + ".\nTry asking about one of those, or in other words.";
            String refusal = n.unknownNameLine().isEmpty() ? REFUSAL : REFUSAL + " " + n.unknownNameLine();
            return Messages.embed(n.question(), refusal + "\n\n" + nearest)
                    .setColor(new Color(0x99AAB5))
                    .build();
        }
        if (answer instanceof Answer.Closest c) {
            EmbedBuilder embed =
                    Messages.embed(c.question(), c.lead() + "\n\n" + c.text()).setColor(new Color(0xE67E22));
            Messages.field(
                    embed,
                    c.citation().label(),
                    "> " + Messages.truncate(quoteFor(c.citation(), c.passages()), QUOTE_LENGTH));
            embed.setFooter(String.format(Locale.ROOT, "Not answered directly · confidence %.2f", c.confidence()));
            return embed.build();
        }
        if (answer instanceof Answer.Failed f) {
            return Messages.embed(f.question(), "Something went wrong (ref " + f.ref() + "). Please try again.")
                    .setColor(new Color(0xED4245))
                    .build();
        }
        throw new AssertionError("unhandled " + answer.getClass());
    }

    /** A language model's answer while it is written: unchecked, so marked as a draft. */
    public static MessageEmbed draft(String question, String text) {
        return Messages.embed(question, text.stripTrailing() + " …")
                .setColor(new Color(0xFEE75C))
                .setFooter("✍️ Writing from your notes; the citations are checked when it is done")
                .build();
    }

    private static MessageEmbed answered(Answer.Answered a) {
        EmbedBuilder embed = Messages.embed(a.question(), a.text()).setColor(new Color(0x57F287));
        List<Citation> citations = a.citations();
        for (int i = 0; i < Math.min(MAX_CITATIONS, citations.size()); i++) {
            Citation c = citations.get(i);
            Messages.field(embed, c.label(), "> " + Messages.truncate(quoteFor(c, a.passages()), QUOTE_LENGTH));
        }
        String notice = a.notice().isEmpty() ? "" : a.notice() + " · ";
        embed.setFooter(Messages.truncate(
                notice + String.format(Locale.ROOT, "From your notes · confidence %.2f", a.confidence()),
                MessageEmbed.TEXT_MAX_LENGTH));
        return embed.build();
    }

    private static String quoteFor(Citation c, List<Passage> passages) {
        return passages.stream()
                .filter(p -> Citation.of(p.chunk()).equals(c))
                .map(p -> p.chunk().text().replace('\n', ' '))
                .findFirst()
                .orElse(c.label());
    }

    /** What became of the question, as "Show passages" says above the passages. */
    static String outcome(Answer answer) {
        return switch (answer.kind()) {
            case ANSWERED -> "Answered from your notes";
            case CLOSEST -> "Not answered directly: the closest passage is [1]";
            case NOT_IN_NOTES -> "Not in your notes: the nearest passages";
            case FAILED -> "Failed";
        };
    }

    /** The passages behind an answer, numbered with score, citation and text (split later to fit). */
    public static String passages(Answer answer) {
        if (answer.passages().isEmpty()) {
            return "No passages.";
        }
        var sb = new StringBuilder(
                String.format(Locale.ROOT, "*%s · confidence %.2f*%n%n", outcome(answer), answer.confidence()));
        int n = 1;
        for (Passage p : answer.passages()) {
            sb.append(String.format(
                            Locale.ROOT,
                            "**[%d] %s** (score %.2f)%n",
                            n++,
                            Citation.of(p.chunk()).label(),
                            p.score()))
                    .append(p.chunk().text().strip())
                    .append("\n\n");
        }
        return sb.toString().strip();
    }
}
