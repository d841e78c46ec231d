package com.studybot.adapter.discord.quiz;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.Messages;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.TrueFalse;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizMode;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders quiz effects as one Discord message: the verdict on the last answer (with the passage and its
 * citation), then the next question as an embed with its buttons: A-D for multiple choice, "Type answer"
 * (a form) for typed questions, "Show answer" and then Again/Hard/Good/Easy for flash cards.
 */
public final class QuizMessages {
    public static final String PREFIX = "quiz";
    static final int OPTION_LABEL = 80;

    private final ComponentIds ids;

    public QuizMessages(ComponentIds ids) {
        this.ids = ids;
    }

    /** Whether the effects are only refusals: those are shown to the user alone. */
    public static boolean onlyRejections(List<Effect> effects) {
        return !effects.isEmpty() && effects.stream().allMatch(Effect.Rejected.class::isInstance);
    }

    /** The message for these effects; {@code current} is the question the user acted on (for flash-card ratings). */
    public MessageCreateData render(Learner learner, String userName, List<Effect> effects, int current) {
        var text = new StringBuilder();
        var embeds = new ArrayList<MessageEmbed>();
        var rows = new ArrayList<ActionRow>();
        for (Effect e : effects) {
            if (e instanceof Effect.ShowQuestion q) {
                embeds.add(question(q, userName));
                rows.addAll(questionButtons(learner, q));
            } else if (e instanceof Effect.Reveal r) {
                embeds.add(reveal(r));
                rows.add(ratingButtons(learner, current));
            } else {
                text.append(line(e)).append("\n");
            }
        }
        if (effects.stream().anyMatch(QuizMessages::overrulable)) {
            String base = ids.create(PREFIX, new QuizPayload(learner, current).encode());
            rows.add(ActionRow.of(Button.secondary(ComponentIds.action(base, "right"), "I was right")));
        }
        return new MessageCreateBuilder()
                .setContent(Messages.truncate(text.toString(), Messages.TEXT_LIMIT))
                .setEmbeds(embeds)
                .setComponents(rows)
                .setAllowedMentions(List.of())
                .build();
    }

    private static String line(Effect e) {
        if (e instanceof Effect.Feedback f) {
            return feedback(f);
        }
        if (e instanceof Effect.ShowHint h) {
            return "💡 Hint: " + h.hint();
        }
        if (e instanceof Effect.Overruled o) {
            return "☑️ Counted as right: **" + o.question().answer() + "**";
        }
        if (e instanceof Effect.Summary s) {
            String score = s.answered() == s.total()
                    ? "🏁 Quiz on %s done: %d of %d right the first time.".formatted(s.topic(), s.score(), s.total())
                    : "🏁 Quiz on %s stopped after %d of %d questions: %d right."
                            .formatted(s.topic(), s.answered(), s.total(), s.score());
            return score + toReview(s);
        }
        return ((Effect.Rejected) e).message();
    }

    /** The answers missed the first time, to review (/review asks them again). */
    private static String toReview(Effect.Summary s) {
        if (s.toReview().isEmpty()) {
            return "";
        }
        var sb = new StringBuilder("\nTo review (`/review` asks them again): ");
        sb.append(String.join(
                ", ",
                s.toReview().stream()
                        .limit(10)
                        .map(q -> "**" + q.answer() + "**")
                        .toList()));
        if (s.toReview().size() > 10) {
            sb.append(" … and ").append(s.toReview().size() - 10).append(" more");
        }
        return sb.toString();
    }

    /** A typed answer just marked wrong: the user may say it was right. */
    static boolean overrulable(Effect e) {
        return e instanceof Effect.Feedback f
                && f.outcome() == Effect.Outcome.WRONG
                && f.question().typedWords(f.given()).isPresent();
    }

    private static String feedback(Effect.Feedback f) {
        Question q = f.question();
        String verdict = switch (f.outcome()) {
            case CORRECT -> "✅ Correct: **" + q.answer() + "**";
            case WRONG ->
                q.typedWords(f.given())
                        .map(w -> "❌ You wrote “" + Messages.truncate(w, 200) + "” — the answer is **" + q.answer()
                                + "**")
                        .orElse("❌ Not quite. The answer is **" + q.answer() + "**");
            case AGAIN -> "🔁 Again: this card comes back soon, before the quiz ends.";
            case SKIPPED -> "⏭️ Skipped. The answer is **" + q.answer() + "**";
            case TIMED_OUT -> "⌛ Time is up. The answer is **" + q.answer() + "**";
        };
        String quote =
                q.quotesItself() ? "" : "\n> " + Messages.truncate(q.quote().replace('\n', ' '), 300);
        String later = f.again() == Effect.Again.LATER && f.outcome() != Effect.Outcome.AGAIN
                ? "\n↩️ It comes back before the end of this quiz."
                : "";
        return verdict + quote + "\n— " + q.citation() + later;
    }

    private static MessageEmbed question(Effect.ShowQuestion q, String userName) {
        Question question = q.question();
        String body = promptWithOptions(question);
        EmbedBuilder embed = Messages.embed("Question %d/%d for %s".formatted(q.number(), q.total(), userName), body);
        embed.setColor(new Color(0x5865F2));
        String how = q.mode() == QuizMode.CARDS
                ? "think of the answer, then show it and rate yourself"
                : question.multipleChoice() ? "pick an answer" : "type your answer";
        embed.setFooter(Messages.truncate(question.context() + " · " + how, MessageEmbed.TEXT_MAX_LENGTH));
        return embed.build();
    }

    /**
     * As {@link #promptWithOptions(Question)}, in at most {@code max} characters: each option keeps its line (cut to
     * its share when long), the prompt gets the rest.
     */
    public static String promptWithOptions(Question question, int max) {
        String full = promptWithOptions(question);
        if (full.length() <= max) {
            return full;
        }
        int n = question.options().size();
        int perOption = n == 0 ? 0 : Math.max(20, Math.min(OPTION_LABEL * 2, (max / 2) / n));
        var options = new StringBuilder();
        for (int i = 0; i < n; i++) {
            options.append("\n**")
                    .append((char) ('A' + i))
                    .append(")** ")
                    .append(Messages.truncate(question.options().get(i), perOption - 7));
        }
        String prompt = Messages.truncate(question.prompt(), Math.max(20, max - options.length()));
        return Messages.truncate(prompt + options, max);
    }

    /** The prompt, then each option on its own line as "**A)** option". */
    public static String promptWithOptions(Question question) {
        var body = new StringBuilder(question.prompt());
        for (int i = 0; i < question.options().size(); i++) {
            body.append("\n**")
                    .append((char) ('A' + i))
                    .append(")** ")
                    .append(question.options().get(i));
        }
        return body.toString();
    }

    private static MessageEmbed reveal(Effect.Reveal r) {
        Question q = r.question();
        var body = new StringBuilder("**" + q.answer() + "**");
        if (!r.given().isBlank()) {
            body.append("\nYou typed: ").append(r.given().strip()).append(r.matches() ? " (matches)" : " (differs)");
        }
        body.append("\n> ")
                .append(Messages.truncate(q.quote().replace('\n', ' '), 300))
                .append("\n— ")
                .append(q.citation());
        return Messages.embed("Answer", body.toString())
                .setFooter("How well did you know it?")
                .build();
    }

    private List<ActionRow> questionButtons(Learner learner, Effect.ShowQuestion q) {
        int index = q.number() - 1;
        String base = ids.create(PREFIX, new QuizPayload(learner, index).encode());
        var main = new ArrayList<Button>();
        Question question = q.question();
        if (q.mode() == QuizMode.CARDS) {
            main.add(Button.primary(ComponentIds.action(base, "show"), "Show answer"));
        } else if (question.multipleChoice()) {
            for (int i = 0; i < question.options().size(); i++) {
                String label = (char) ('A' + i) + ") " + question.options().get(i);
                main.add(Button.primary(ComponentIds.action(base, "a" + i), Messages.truncate(label, OPTION_LABEL)));
            }
        } else {
            main.add(Button.primary(ComponentIds.action(base, "type"), "Type answer"));
        }
        var controls = new ArrayList<Button>();
        if (offersHint(q.mode(), question)) {
            controls.add(Button.secondary(ComponentIds.action(base, "hint"), "Hint"));
        }
        controls.add(Button.secondary(ComponentIds.action(base, "skip"), "Skip"));
        controls.add(Button.danger(ComponentIds.action(base, "stop"), "Stop"));
        return List.of(ActionRow.of(main), ActionRow.of(controls));
    }

    /** A card shows its answer instead, and a true/false question has no option to strike: no Hint button. */
    static boolean offersHint(QuizMode mode, Question question) {
        return mode != QuizMode.CARDS && !TrueFalse.is(question);
    }

    private ActionRow ratingButtons(Learner learner, int index) {
        String base = ids.create(PREFIX, new QuizPayload(learner, index).encode());
        return ActionRow.of(
                Button.danger(ComponentIds.action(base, "r1"), "Again"),
                Button.secondary(ComponentIds.action(base, "r2"), "Hard"),
                Button.success(ComponentIds.action(base, "r3"), "Good"),
                Button.primary(ComponentIds.action(base, "r4"), "Easy"));
    }
}
