package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.studybot.e2e.discord.fake.ErrorLogGuard;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Pending;
import com.studybot.e2e.discord.fake.Permissions;
import com.studybot.e2e.discord.fake.RecordedCall;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real JDA client against the fake Discord: each round trip a bot makes works and is recorded. */
final class FakeDiscordSmokeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };

    private ErrorLogGuard errors;
    private FakeDiscord discord;
    private TestUser alice;
    private TestUser bob;
    private String dailyChannel;
    private JDA jda;

    @BeforeEach
    void startTheBotAgainstTheFake() throws InterruptedException {
        errors = ErrorLogGuard.attach();
        discord = FakeDiscord.start();
        alice = discord.user("alice");
        bob = discord.user("bob", Permissions.MANAGE_SERVER);
        dailyChannel = discord.addChannel("daily-quiz");
        jda = JDABuilder.createLight(FakeDiscord.TOKEN)
                .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
                .setSessionController(new FakeGatewaySession(discord.gatewayUrl()))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(new SmokeBot())
                .build();
        jda.awaitReady();
    }

    @AfterEach
    void stopTheBotThenTheFake() throws InterruptedException {
        // shutdown() lets the last request finish: shutdownNow() straight away interrupts a rate-limit
        // thread that is still reading the last response, and JDA logs that at ERROR.
        jda.shutdown();
        if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
            jda.shutdownNow();
            jda.awaitShutdown(Duration.ofSeconds(5));
        }
        discord.close();
        errors.close();
        assertThat(discord.unknownCalls()).isEmpty();
        assertThat(discord.calls())
                .allSatisfy(call -> assertThat(call.allowsNoMentions())
                        .as("pings nobody: %s", call)
                        .isTrue());
        errors.assertNoErrors();
    }

    @Test
    void commandsTheBotRegistersAreRecordedAndEchoedWithIds() {
        // GIVEN a command with a sub-command and an autocompleted option
        var quiz = Commands.slash("quiz", "Quiz yourself")
                .addSubcommands(new SubcommandData("start", "Start a quiz")
                        .addOptions(new OptionData(OptionType.STRING, "topic", "What about", true, true)));

        // WHEN the bot overwrites its global commands
        List<Command> registered = jda.updateCommands()
                .addCommands(Commands.slash("ping", "Replies pong"), quiz)
                .complete();

        // THEN the fake saw both, and JDA read the echo with ids
        JsonNode sent = discord.awaitCommands(TIMEOUT);
        assertThat(sent).extracting(c -> c.path("name").asText()).containsExactly("ping", "quiz");
        JsonNode start = sent.get(1).path("options").get(0);
        assertThat(start.path("type").asInt()).isEqualTo(1);
        assertThat(start.path("options").get(0).path("autocomplete").asBoolean())
                .isTrue();
        assertThat(registered).extracting(Command::getName).containsExactly("ping", "quiz");
        assertThat(registered).allSatisfy(c -> assertThat(c.getIdLong()).isPositive());
        assertThat(registered.get(1).getSubcommands().get(0).getOptions().get(0).isAutoComplete())
                .isTrue();
    }

    @Test
    void pingIsAnsweredWithAButtonAndPingsNobody() {
        // GIVEN alice in the guild
        // WHEN she runs /ping
        Reply reply = alice.slash("ping", Map.of()).awaitReply(TIMEOUT);

        // THEN the bot answers with a Press button, publicly, allowing no mentions
        assertThat(reply.callbackType()).isEqualTo(4);
        assertThat(reply.text()).isEqualTo("pong");
        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.buttons())
                .containsExactly(
                        new Reply.Button("Press", "press", 1, false),
                        new Reply.Button("Done", "done", 2, false),
                        new Reply.Button("Later", "later", 2, false));
        RecordedCall callback = lastCallback();
        assertThat(callback.json().path("data").path("allowed_mentions").path("parse"))
                .isEmpty();
        assertThat(callback.allowsNoMentions()).isTrue();
    }

    @Test
    void aMemberWithManageServerIsSeenAsOneByTheBot() {
        // GIVEN bob, who may manage the server, and alice, who may not
        // WHEN both run /ping
        Reply forBob = bob.slash("ping", Map.of()).awaitReply(TIMEOUT);
        Reply forAlice = alice.slash("ping", Map.of()).awaitReply(TIMEOUT);

        // THEN only bob has the permission in JDA's eyes
        assertThat(forBob.text()).isEqualTo("pong (manager)");
        assertThat(forAlice.text()).isEqualTo("pong");
    }

    @Test
    void pressingTheButtonIsAnsweredOnlyToThePresser() {
        // GIVEN the bot's answer to alice's /ping
        Reply ping = alice.slash("ping", Map.of()).awaitReply(TIMEOUT);

        // WHEN bob presses its button
        Reply pressed = bob.click(ping, "Press").awaitReply(TIMEOUT);

        // THEN the bot tells bob, and only bob
        assertThat(pressed.text()).isEqualTo("pressed by bob");
        assertThat(pressed.ephemeral()).isTrue();
    }

    @Test
    void updatingTheMessageOfAButtonEditsItInPlace() {
        // GIVEN the bot's answer to alice's /ping
        Reply ping = alice.slash("ping", Map.of()).awaitReply(TIMEOUT);

        // WHEN she presses Done, which updates the message (callback 7)
        Reply done = alice.click(ping, "Done").awaitReply(TIMEOUT);

        // THEN the same message now says so and has no buttons left
        assertThat(done.callbackType()).isEqualTo(7);
        assertThat(done.messageId()).isEqualTo(ping.messageId());
        assertThat(done.text()).isEqualTo("pong, done");
        assertThat(done.buttons()).isEmpty();
    }

    @Test
    void aDeferredUpdateIsCompletedByTheEditOfTheClickedMessage() {
        // GIVEN the bot's answer to alice's /ping
        Reply ping = alice.slash("ping", Map.of()).awaitReply(TIMEOUT);

        // WHEN she presses Later, which defers the update (callback 6) and edits @original
        Reply later = alice.click(ping, "Later").awaitReply(TIMEOUT);

        // THEN the clicked message was edited
        assertThat(later.callbackType()).isEqualTo(6);
        assertThat(later.messageId()).isEqualTo(ping.messageId());
        assertThat(later.text()).isEqualTo("pong, later");
    }

    @Test
    void anUnansweredInteractionFailsNamingTheRecordedCalls() {
        // GIVEN a command the bot ignores
        Pending ignored = alice.slash("ignore", Map.of());

        // WHEN the test waits for an answer
        // THEN it fails, showing what the bot did call
        assertThatThrownBy(() -> ignored.awaitReply(Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/ignore by alice")
                .hasMessageContaining("no interaction callback")
                .hasMessageContaining("GET users/@me");
    }

    @Test
    void aModalIsShownAndItsSubmittedValueReachesTheBot() {
        // GIVEN alice opened the form
        Reply modal = alice.slash("form", Map.of()).awaitReply(TIMEOUT);
        assertThat(modal.isModal()).isTrue();
        assertThat(modal.modalTitle()).isEqualTo("Your answer");
        assertThat(modal.modalInputIds()).containsExactly("answer");

        // WHEN she submits it
        Reply answer = alice.submit(modal, Map.of("answer", "a B-tree")).awaitReply(TIMEOUT);

        // THEN the bot read the value
        assertThat(answer.text()).isEqualTo("you said a B-tree");
    }

    @Test
    void aDeferredReplyIsCompletedByTheLaterEditAndFollowedUp() {
        // GIVEN alice runs a slow command
        Pending slow = alice.slash("slow", Map.of());

        // WHEN the bot defers, edits the original from another thread and then follows up
        Reply reply = slow.awaitReply(TIMEOUT);
        Reply followUp = slow.awaitFollowUp(TIMEOUT);

        // THEN the reply is the edit (private, as deferred), and the follow-up is a public message of its own
        assertThat(reply.callbackType()).isEqualTo(5);
        assertThat(reply.text()).isEqualTo("done slowly");
        assertThat(reply.ephemeral()).isTrue();
        assertThat(followUp.text()).isEqualTo("and one more");
        assertThat(followUp.ephemeral()).isFalse();
        assertThat(followUp.messageId()).isNotEqualTo(reply.messageId());
    }

    @Test
    void autocompleteReturnsTheBotsChoicesForWhatWasTyped() {
        // GIVEN alice typing a topic for /quiz start
        // WHEN she has typed "tr"
        List<String> choices = alice.autocomplete("quiz start", "topic", "tr");

        // THEN she is offered the bot's two choices
        assertThat(choices).containsExactly("trees", "tries");
    }

    @Test
    void subCommandOptionsReachTheBot() {
        // GIVEN alice
        // WHEN she runs /quiz start topic:trees
        Reply reply = alice.slash("quiz start", Map.of("topic", "trees")).awaitReply(TIMEOUT);

        // THEN the bot saw the sub-command and its option
        assertThat(reply.text()).isEqualTo("quiz on trees");
    }

    @Test
    void aFileInAReplyIsRecordedAsAnAttachment() {
        // GIVEN alice
        // WHEN she asks for a chart
        Reply chart = alice.slash("chart", Map.of()).awaitReply(TIMEOUT);

        // THEN the reply carries the PNG
        assertThat(chart.text()).isEqualTo("your chart");
        assertThat(chart.attachmentNames()).containsExactly("chart.png");
        RecordedCall.Attachment png = lastCallback().attachments().get(0);
        assertThat(png.isPng()).isTrue();
        assertThat(png.size()).isEqualTo(PNG.length);
    }

    @Test
    void aChannelPostWithAFileAndItsThreadAreRecorded() {
        // GIVEN the bot in the daily-quiz channel
        var channel = jda.getTextChannelById(dailyChannel);

        // WHEN it posts a file, opens a thread on the post and writes in it
        Message post = channel.sendMessage("Daily quiz")
                .setAllowedMentions(List.of())
                .addFiles(FileUpload.fromData(PNG, "chart.png"))
                .complete();
        ThreadChannel thread = post.createThreadChannel("Answers").complete();
        thread.sendMessage("Reply here").setAllowedMentions(List.of()).complete();

        // THEN the fake holds the post with its attachment, and the thread's message
        List<JsonNode> posts = discord.messages(dailyChannel);
        assertThat(posts).extracting(m -> m.path("content").asText()).containsExactly("Daily quiz");
        assertThat(posts.get(0).path("attachments").get(0).path("filename").asText())
                .isEqualTo("chart.png");
        assertThat(post.getAttachments())
                .extracting(Message.Attachment::getFileName)
                .containsExactly("chart.png");
        assertThat(thread.getName()).isEqualTo("Answers");
        assertThat(discord.messages(thread.getId()))
                .extracting(m -> m.path("content").asText())
                .containsExactly("Reply here");
    }

    @Test
    void aUserWhoJoinsAfterTheBotConnectedCanUseIt() {
        // GIVEN carol joins after the bot is ready
        TestUser carol = discord.user("carol");

        // WHEN she runs /ping and presses the button
        Reply ping = carol.slash("ping", Map.of()).awaitReply(TIMEOUT);
        Reply pressed = carol.click(ping, "Press").awaitReply(TIMEOUT);

        // THEN the bot knows her
        assertThat(pressed.text()).isEqualTo("pressed by carol");
    }

    private RecordedCall lastCallback() {
        List<RecordedCall> callbacks = discord.calls().stream()
                .filter(c -> c.is("POST", "interactions/.*/callback"))
                .toList();
        return callbacks.get(callbacks.size() - 1);
    }

    /** The gateway seam: JDA asks its session controller where the gateway is. */
    private static final class FakeGatewaySession extends SessionControllerAdapter {
        private final String url;

        FakeGatewaySession(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }

    /** A tiny bot for the smoke test: one answer per kind of round trip. */
    private static final class SmokeBot extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            switch (event.getFullCommandName()) {
                case "ping" ->
                    event.reply(event.getMember().hasPermission(Permission.MANAGE_SERVER) ? "pong (manager)" : "pong")
                            .addComponents(ActionRow.of(
                                    Button.primary("press", "Press"),
                                    Button.secondary("done", "Done"),
                                    Button.secondary("later", "Later")))
                            .setAllowedMentions(List.of())
                            .queue();
                case "quiz start" ->
                    event.reply("quiz on " + event.getOption("topic", OptionMapping::getAsString))
                            .setAllowedMentions(List.of())
                            .queue();
                case "form" ->
                    event.replyModal(Modal.create("form", "Your answer")
                                    .addComponents(Label.of(
                                            "Answer",
                                            TextInput.create("answer", TextInputStyle.SHORT)
                                                    .build()))
                                    .build())
                            .queue();
                case "ignore" -> {
                    // no answer at all
                }
                case "slow" -> event.deferReply(true).queue(SmokeBot::finishLater);
                case "chart" ->
                    event.replyFiles(FileUpload.fromData(PNG, "chart.png"))
                            .setContent("your chart")
                            .setAllowedMentions(List.of())
                            .queue();
                default ->
                    event.reply("unknown command").setAllowedMentions(List.of()).queue();
            }
        }

        /** Edits the deferred reply from another thread a moment later, then follows up. */
        private static void finishLater(InteractionHook hook) {
            CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)
                    .execute(() -> hook.editOriginal("done slowly")
                            .setAllowedMentions(List.of())
                            .queue(edited -> hook.sendMessage("and one more")
                                    .setAllowedMentions(List.of())
                                    .queue()));
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            switch (event.getComponentId()) {
                case "done" ->
                    event.editMessage("pong, done")
                            .setComponents(List.of())
                            .setAllowedMentions(List.of())
                            .queue();
                case "later" ->
                    event.deferEdit()
                            .queue(hook -> hook.editOriginal("pong, later")
                                    .setComponents(List.of())
                                    .setAllowedMentions(List.of())
                                    .queue());
                default ->
                    event.reply("pressed by " + event.getUser().getName())
                            .setEphemeral(true)
                            .setAllowedMentions(List.of())
                            .queue();
            }
        }

        @Override
        public void onModalInteraction(ModalInteractionEvent event) {
            event.reply("you said " + event.getValue("answer").getAsString())
                    .setAllowedMentions(List.of())
                    .queue();
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            String typed = event.getFocusedOption().getValue();
            event.replyChoiceStrings(typed + "ees", typed + "ies").queue();
        }
    }
}
