package com.studybot.cli;

import com.studybot.LiveNotes;
import com.studybot.adapter.console.ConsoleChat;
import com.studybot.adapter.console.GroupConsole;
import com.studybot.adapter.console.QuizConsole;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chat}: the console chat over the notes folder (the main job when no Discord token is set). */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with your notes in the terminal.")
final class ChatCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        QuickCompiler.startInBackground(); // a short session: C2 would cost more than it gives
        var config = Startup.config(common, Map.of());
        try (var wiring = Startup.wiring(config, true);
                var live = LiveNotes.start(wiring)) {
            Startup.warmUp(wiring.engine());
            var chat = new ConsoleChat(
                    wiring.userAnswerer(),
                    config.retrieval().topK(),
                    wiring::metrics,
                    wiring::reindex,
                    new QuizConsole(wiring.quizzes()),
                    java.util.Optional.of(new GroupConsole(wiring.gaps(), wiring.daily())),
                    wiring.followUps());
            chat.run(Terminal.in(), Terminal.out(), Terminal.interactive());
        }
        return 0;
    }
}
