package com.studybot.adapter.discord.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.PostChannel;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.FsrsParameters;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.game.Actor;
import com.studybot.core.quiz.game.Game;
import com.studybot.core.quiz.game.GameAnswer;
import com.studybot.core.quiz.game.GameEffect;
import com.studybot.core.quiz.game.GameEvent;
import com.studybot.core.quiz.game.GameMachine;
import com.studybot.core.quiz.game.GameMode;
import com.studybot.core.quiz.game.GameService;
import com.studybot.core.quiz.game.GameState;
import com.studybot.core.quiz.game.GameTransition;
import com.studybot.core.quiz.game.Standing;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.testing.InMemoryCardMemoryStore;
import com.studybot.testing.InMemoryComponentStore;
import com.studybot.testing.InMemoryGameStore;
import com.studybot.testing.InMemoryScoreStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

/**
 * How a group game looks on Discord: every effect the game can have is shown (to the channel through the
 * runner, or privately through the reply), within Discord's limits, and nothing pings anyone.
 */
final class GameMessagesTest {
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final String CHANNEL = "700000000000000007";
    static final String HOST = "100000000000000001";
    static final String ALICE = "200000000000000002";
    static final String BOB = "300000000000000003";
    static final String CITATION = "kubernetes/workloads.md › The smallest unit: pods";
    static final String QUOTE = "A pod is the smallest deployable unit of computing in Kubernetes.";
    static final Question POD = new Question(
            "k8s/pod",
            "What is the smallest deployable unit in Kubernetes?",
            "Pod",
            List.of(),
            List.of("Node", "Pod", "Service", "Deployment"),
            CITATION,
            QUOTE,
            "kubernetes/workloads.md");
    static final Question TYPED = new Question(
            "k8s/cncf",
            "Which foundation maintains Kubernetes?",
            "CNCF",
            List.of("Cloud Native Computing Foundation"),
            List.of(),
            "kubernetes/history.md › Governance",
            "Kubernetes is maintained by the CNCF.");
    static final Game.Timing TIMING =
            new Game.Timing(Duration.ofSeconds(15), Duration.ofSeconds(20), Duration.ofSeconds(5));
    static final GameAnswer BOB_WRONG = new GameAnswer(BOB, 0, "A", false, 0, NOW.plusSeconds(2));
    static final GameAnswer ALICE_RIGHT = new GameAnswer(ALICE, 0, "B", true, 800, NOW.plusSeconds(5));
    /** A game of three players at its first question: bob answered wrong, then alice right; the host not. */
    static final Game GAME = new Game(
            CHANNEL,
            "discord:g1",
            HOST,
            "kubernetes",
            GameMode.CHOICE,
            List.of(POD, TYPED),
            List.of("Kubernetes", "Kubernetes"),
            TIMING,
            List.of(HOST, ALICE, BOB),
            List.of(BOB_WRONG, ALICE_RIGHT),
            0);

    static final GameEffect.Reveal REVEAL =
            new GameEffect.Reveal(GAME, 0, POD, "m-question", List.of(BOB_WRONG, ALICE_RIGHT), Optional.of(ALICE));
    static final GameEffect.Scores FINAL_SCORES = new GameEffect.Scores(GAME, 1, GAME.standings(), true);

    /** One of every effect, in the order a game might show them. */
    static final Map<Class<?>, GameEffect> SAMPLES = samples();

    private static Map<Class<?>, GameEffect> samples() {
        var m = new LinkedHashMap<Class<?>, GameEffect>();
        m.put(GameEffect.Opened.class, new GameEffect.Opened(GAME, NOW.plusSeconds(15)));
        m.put(GameEffect.Joined.class, new GameEffect.Joined(ALICE, 2));
        m.put(GameEffect.Ask.class, new GameEffect.Ask(GAME, 0, POD, NOW.plusSeconds(35)));
        m.put(GameEffect.Accepted.class, new GameEffect.Accepted(ALICE_RIGHT, POD, "Kubernetes", NOW.plusSeconds(35)));
        m.put(GameEffect.Reveal.class, REVEAL);
        m.put(GameEffect.Scores.class, FINAL_SCORES);
        m.put(GameEffect.Paused.class, new GameEffect.Paused(HOST));
        m.put(GameEffect.Resumed.class, new GameEffect.Resumed(HOST));
        m.put(GameEffect.Finished.class, new GameEffect.Finished(GAME, GameState.End.STOPPED));
        m.put(GameEffect.Rejected.class, new GameEffect.Rejected("You answered this one already."));
        return m;
    }

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ComponentIds ids = new ComponentIds(new InMemoryComponentStore(), clock, Duration.ofDays(1));
    private final GameMessages messages = new GameMessages(ids);
    private final GameService games = new GameService(
            () -> new QuestionGenerator.Result(List.of(), Map.of()),
            new InMemoryGameStore(),
            new InMemoryScoreStore(),
            new InMemoryCardMemoryStore(),
            Transactions.none(),
            new GameMachine(new AnswerGrader()),
            new Fsrs(FsrsParameters.defaults()),
            clock,
            Duration.ofSeconds(15),
            Duration.ofSeconds(5));
    private final GameRunner runner = new GameRunner(games, messages);

    /** What the runner sent to the channel, in order: a MessageCreateData per post, a MessageEditData per edit. */
    private final List<Object> sent = new ArrayList<>();

    /** The one channel, our own seam: it records what is posted and edited there. */
    private final PostChannel channel = new PostChannel() {
        @Override
        public String post(MessageCreateData message) {
            sent.add(message);
            return "m" + sent.size();
        }

        @Override
        public String post(MessageCreateData message, String key) {
            throw new AssertionError("a game's messages are not keyed posts");
        }

        @Override
        public void edit(String messageId, MessageEditData message) {
            sent.add(message);
        }
    };

    private void attach() {
        runner.attach(id -> CHANNEL.equals(id) ? Optional.of(channel) : Optional.empty());
    }

    private static List<Button> buttons(MessageCreateData data) {
        return data.getComponents().stream()
                .flatMap(c -> c.asActionRow().getButtons().stream())
                .toList();
    }

    /** Everything a message shows, as text: content, embeds, button labels. */
    private static String shown(Object message) {
        String content;
        List<MessageEmbed> embeds;
        List<String> labels = List.of();
        if (message instanceof MessageCreateData c) {
            content = c.getContent();
            embeds = c.getEmbeds();
            labels = buttons(c).stream().map(Button::getLabel).toList();
        } else {
            var e = (MessageEditData) message;
            content = e.getContent();
            embeds = e.getEmbeds();
        }
        var sb = new StringBuilder(content).append('\n');
        for (MessageEmbed e : embeds) {
            sb.append(e.getTitle()).append('\n').append(e.getDescription()).append('\n');
            if (e.getFooter() != null) {
                sb.append(e.getFooter().getText()).append('\n');
            }
            e.getFields()
                    .forEach(f -> sb.append(f.getName())
                            .append('\n')
                            .append(f.getValue())
                            .append('\n'));
        }
        labels.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** Nobody is pinged, whatever the text says (@everyone, a role, a member), and it fits a message. */
    private static void pingsNobody(Object message) {
        if (message instanceof MessageCreateData c) {
            assertThat(c.getAllowedMentions()).as(c.getContent()).isEmpty();
            assertThat(c.getMentionedUsers()).isEmpty();
            assertThat(c.getMentionedRoles()).isEmpty();
            assertThat(c.getContent()).hasSizeLessThanOrEqualTo(Messages.TEXT_LIMIT);
        } else {
            var e = (MessageEditData) message;
            assertThat(e.getAllowedMentions()).as(e.getContent()).isEmpty();
            assertThat(e.getMentionedUsers()).isEmpty();
            assertThat(e.getMentionedRoles()).isEmpty();
            assertThat(e.getContent()).hasSizeLessThanOrEqualTo(Messages.TEXT_LIMIT);
        }
    }

    @Test
    void thereIsASampleOfEveryEffect() {
        assertThat(SAMPLES.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(GameEffect.class.getPermittedSubclasses()));
    }

    @Test
    void everyEffectIsShownPrivatelyOrInTheChannelAndPingsNobody() {
        attach();
        for (GameEffect e : SAMPLES.values()) {
            String name = e.getClass().getSimpleName();
            sent.clear();
            // WHEN the effect comes out of a member's action
            String reply = GameReplies.replyText(List.of(e), "Done.");
            runner.show(CHANNEL, List.of(e));
            // THEN the member is answered privately: with the private effect, or "Done."
            if (GameMessages.isPrivate(e)) {
                assertThat(reply).as(name).isEqualTo(GameMessages.privately(e));
                assertThat(GameMessages.privately(e)).as(name).isNotBlank().isNotEqualTo("Done.");
                assertThat(sent).as(name + " is not shown to the channel").isEmpty();
                continue;
            }
            assertThat(reply).as(name).isEqualTo("Done.");
            assertThatThrownBy(() -> GameMessages.privately(e)).as(name).isInstanceOf(AssertionError.class);
            // AND the channel sees it (the end of a game is told with its final scores, not alone)
            if (e instanceof GameEffect.Finished) {
                assertThat(sent).as(name).isEmpty();
            } else {
                assertThat(sent)
                        .as(name)
                        .singleElement()
                        .satisfies(m -> assertThat(shown(m)).isNotBlank());
            }
            sent.forEach(GameMessagesTest::pingsNobody);
            if (e instanceof GameEffect.Reveal) {
                assertThat(sent.get(0)).as("the reveal replaces the question").isInstanceOf(MessageEditData.class);
            }
            if (e instanceof GameEffect.Paused) {
                assertThat(shown(sent.get(0))).contains("Paused by <@" + HOST + ">");
            }
            if (e instanceof GameEffect.Resumed) {
                assertThat(shown(sent.get(0))).contains("Resumed by <@" + HOST + ">");
            }
        }
    }

    @Test
    void theFinalScoresSayWhyTheGameEnded() {
        attach();
        runner.show(CHANNEL, List.of(FINAL_SCORES, new GameEffect.Finished(GAME, GameState.End.STOPPED)));
        assertThat(sent)
                .singleElement()
                .satisfies(m -> assertThat(shown(m))
                        .startsWith("🏁 **Final scores**")
                        .contains("<@" + ALICE + "> — 800 points (1/1 right; best topic: Kubernetes)")
                        .contains(GameMessages.ending(GameState.End.STOPPED)));
    }

    @Test
    void everyChannelMessagePingsNobodyEvenWhenItSaysEveryone() {
        // GIVEN a game whose topic, question, options and players' answers all say @everyone or @here
        var loud = new Question(
                "loud",
                "@everyone: who is pinged by @here?",
                "@everyone",
                List.of(),
                List.of("@here", "@everyone", "<@&123456789012345678>"),
                "pings.md › @everyone",
                "@everyone is everyone.");
        var answer = new GameAnswer(ALICE, 0, "@everyone", true, 900, NOW);
        var game = new Game(
                CHANNEL,
                "discord:g1",
                HOST,
                "@everyone",
                GameMode.TYPED,
                List.of(loud),
                List.of("@everyone"),
                TIMING,
                List.of(HOST, ALICE),
                List.of(answer),
                0);
        var reveal = new GameEffect.Reveal(game, 0, loud, "", List.of(answer), Optional.of(ALICE));
        // WHEN every kind of channel message is rendered
        List<Object> rendered = List.of(
                messages.opened(new GameEffect.Opened(game, NOW)),
                messages.ask(new GameEffect.Ask(game, 0, loud, NOW.plusSeconds(20))),
                messages.ask(new GameEffect.Ask(game, 0, loud.withoutOptions(), NOW.plusSeconds(20))),
                messages.revealEdit(reveal),
                messages.revealPost(reveal),
                messages.scores(new GameEffect.Scores(game, 3, game.standings(), false), null),
                messages.scores(new GameEffect.Scores(game, 3, game.standings(), true), GameState.End.COMPLETED),
                GameMessages.note("@everyone the game is paused"));
        // THEN the text may say @everyone, but no mention is allowed to ping
        assertThat(rendered).anySatisfy(m -> assertThat(shown(m)).contains("@everyone"));
        rendered.forEach(GameMessagesTest::pingsNobody);
        // AND the private reply quotes the answer back as typed (the reply allows no mention: see DiscordGameTest)
        assertThat(GameReplies.replyText(
                        List.of(new GameEffect.Accepted(answer, loud.withoutOptions(), "@everyone", NOW)), "Done."))
                .isEqualTo("🔒 Locked in: “@everyone”. The answer is revealed <t:" + NOW.getEpochSecond()
                        + ":R> at the latest.");
    }

    @Test
    void aQuestionOfFiveOptionsHasFiveButtonsInARowWithLabelsDiscordAccepts() {
        // GIVEN a question with five long options
        List<String> options = IntStream.range(0, 5)
                .mapToObj(i -> "Option " + i + " " + "is a very long distractor that goes on and on ".repeat(3))
                .toList();
        var five = new Question("q5", "Which one?", options.get(3), List.of(), options, "five.md › Five", "Five.");
        // WHEN it is asked
        var message = messages.ask(new GameEffect.Ask(GAME, 0, five, NOW.plusSeconds(20)));
        // THEN there is a row of at most five buttons, A to E, each label at most 80 characters
        assertThat(message.getComponents()).isNotEmpty();
        for (var row : message.getComponents()) {
            ActionRow r = row.asActionRow();
            assertThat(r.getButtons()).hasSizeBetween(1, 5);
        }
        List<Button> buttons = buttons(message);
        assertThat(buttons).hasSize(5);
        assertThat(buttons).allSatisfy(b -> {
            assertThat(b.getLabel()).hasSizeLessThanOrEqualTo(80);
            assertThat(b.getCustomId()).hasSizeLessThanOrEqualTo(100);
        });
        assertThat(buttons)
                .extracting(b -> b.getLabel().substring(0, 3))
                .containsExactly("A) ", "B) ", "C) ", "D) ", "E) ");
        assertThat(buttons)
                .extracting(b -> b.getCustomId().substring(b.getCustomId().lastIndexOf(':') + 1))
                .containsExactly("a0", "a1", "a2", "a3", "a4");
        // AND the buttons lead back to this channel's game and question
        var resolved = ids.resolve(buttons.get(0).getCustomId());
        assertThat(resolved).isInstanceOf(ComponentIds.Resolved.Found.class);
        var found = (ComponentIds.Resolved.Found) resolved;
        assertThat(GamePayload.decode(found.payload())).isEqualTo(new GamePayload(CHANNEL, 0));
        // AND a typed question has one button, which opens a form
        var typed = messages.ask(new GameEffect.Ask(GAME, 1, TYPED, NOW.plusSeconds(20)));
        assertThat(buttons(typed)).singleElement().satisfies(b -> {
            assertThat(b.getLabel()).isEqualTo("Answer");
            assertThat(b.getCustomId()).endsWith(":type");
        });
    }

    @Test
    void aScoreboardOfSixtyPlayersFitsOneMessageAndCountsTheRest() {
        // GIVEN sixty players, each with a best topic
        List<Standing> standings = IntStream.range(0, 60)
                .mapToObj(i -> new Standing(
                        String.valueOf(900000000000000000L + i), 99_000 - i * 1_000, 10, 10, "Kubernetes networking"))
                .toList();
        for (boolean last : List.of(false, true)) {
            // WHEN the scoreboard is shown, mid-game and at the end
            var message = messages.scores(
                    new GameEffect.Scores(GAME, 3, standings, last), last ? GameState.End.COMPLETED : null);
            // THEN it fits one message, shows the first fifteen and says how many more there are
            String text = message.getContent();
            assertThat(text).hasSizeLessThanOrEqualTo(Messages.TEXT_LIMIT);
            assertThat(text).contains("… and 45 more");
            assertThat(text)
                    .contains("🥇 <@900000000000000000> — 99,000 points (10/10 right")
                    .contains("15. <@900000000000000014>")
                    .doesNotContain("<@900000000000000015>");
            if (last) {
                assertThat(text).contains(GameMessages.ending(GameState.End.COMPLETED));
            }
            pingsNobody(message);
        }
    }

    @Test
    void theRevealShowsTheAnswerItsPassageAndCitationAndTheTally() {
        // GIVEN question 1 answered by two of three players, bob wrong first, then alice right
        for (Object message : List.of(messages.revealEdit(REVEAL), messages.revealPost(REVEAL))) {
            // WHEN the reveal is rendered, as an edit of the question or a post of its own
            String text = shown(message);
            // THEN it shows the answer, the passage and where it comes from, and who answered how
            assertThat(text)
                    .contains("Pod")
                    .contains(QUOTE)
                    .contains(CITATION)
                    .contains("2 of 3 answered, 1 right; first right: <@" + ALICE + ">.");
            pingsNobody(message);
        }
        assertThat(messages.revealEdit(REVEAL).getComponents())
                .as("no buttons left")
                .isEmpty();
        // AND when nobody was right, or nobody answered, it says so
        var noneRight = new GameEffect.Reveal(GAME, 0, POD, "", List.of(BOB_WRONG), Optional.empty());
        assertThat(messages.revealPost(noneRight).getContent()).endsWith("1 of 3 answered, 0 right.");
        var none = new GameEffect.Reveal(GAME, 0, POD, "", List.of(), Optional.empty());
        assertThat(messages.revealPost(none).getContent()).contains("Nobody answered");
    }

    @Test
    void theQuestionHidesItsCitationWhichWouldGiveTheAnswerAway() {
        // WHEN a question is asked whose citation's heading names the answer
        var message = messages.ask(new GameEffect.Ask(GAME, 0, POD, NOW.plusSeconds(35)));
        String text = shown(message);
        // THEN it shows the prompt and its options, and a countdown, but neither the citation nor the passage
        assertThat(text)
                .contains(POD.prompt())
                .contains("**A)** Node")
                .contains("<t:" + NOW.plusSeconds(35).getEpochSecond() + ":R>")
                .contains("Question 1/2");
        assertThat(text)
                .doesNotContain(CITATION)
                .doesNotContain("The smallest unit")
                .doesNotContain(QUOTE);
        pingsNobody(message);
    }

    @Test
    void aMidGameScoreboardCountsTheQuestionsAskedAnsweredOrNot() {
        // GIVEN a four-question game: the first two answered, the third left unanswered and skipped
        var machine = new GameMachine(new AnswerGrader());
        var quick = new Game.Timing(Duration.ZERO, Duration.ofSeconds(20), Duration.ofSeconds(5));
        var game = new Game(
                CHANNEL,
                "discord:g1",
                HOST,
                "",
                GameMode.TYPED,
                List.of(TYPED, TYPED, TYPED, TYPED),
                List.of("a", "b", "c", "d"),
                quick,
                List.of(HOST),
                List.of(),
                0);
        var host = new Actor(HOST, false);
        var effects = new ArrayList<GameEffect>();
        GameTransition t = machine.open(game, NOW);
        for (GameEvent e : List.of(
                new GameEvent.Answer(HOST, 0, "CNCF"),
                new GameEvent.Skip(host),
                new GameEvent.Answer(HOST, 1, "no idea"),
                new GameEvent.Skip(host),
                new GameEvent.Skip(host))) {
            t = machine.apply(t.state(), e, NOW.plusSeconds(1));
            effects.addAll(t.effects());
        }
        var scores = effects.stream()
                .filter(GameEffect.Scores.class::isInstance)
                .map(GameEffect.Scores.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(scores.last()).isFalse();
        // WHEN its scoreboard is shown
        String text = messages.scores(scores, null).getContent();
        // THEN it counts the three questions asked so far
        assertThat(text).startsWith("🏆 **Scores** after 3 of 4");
    }

    @Test
    void noPrivateReplyIsMadeOfAChannelEffect() {
        // the runner skips what is private, the reply shows only what is: every effect is one or the other
        Stream.of(GameEffect.class.getPermittedSubclasses()).forEach(type -> {
            GameEffect e = SAMPLES.get(type);
            boolean shownPrivately;
            try {
                GameMessages.privately(e);
                shownPrivately = true;
            } catch (AssertionError notPrivate) {
                shownPrivately = false;
            }
            assertThat(shownPrivately).as(type.getSimpleName()).isEqualTo(GameMessages.isPrivate(e));
        });
    }
}
