package com.studybot.cli;

import com.studybot.adapter.console.AnswerText;
import com.studybot.adapter.console.BatchAsk;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ask}: updates the index, then answers. With {@code --json}: questions from stdin, one JSON line
 * each on stdout. With a question as argument: a readable answer with citations.
 */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = "Answer questions from the notes (JSON lines from stdin with --json).")
final class AskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--top", paramLabel = "N", description = "Passages to return (default: retrieval.topK, 5).")
    Integer top;

    @Option(names = "--json", description = "Read questions from stdin, write one JSON object per line.")
    boolean json;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "A question (without --json).")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        if (top != null && (top < 1 || top > 50)) {
            throw new UserError("--top must be between 1 and 50, was " + top);
        }
        if (!json && words.isEmpty()) {
            throw new UserError("Give a question, or use --json to read questions from stdin.");
        }
        QuickCompiler.startInBackground(); // a short session: C2 would cost more than it gives
        var config = Startup.config(common, top == null ? Map.of() : Map.of("retrieval.topK", top.toString()));
        try (var engine = Startup.engine(config, true)) {
            int k = config.retrieval().topK();
            PrintWriter out = json ? Terminal.rawOut() : Terminal.out();
            if (json) {
                Startup.warmUp(engine);
                new BatchAsk(engine.answerer(), k).run(Terminal.in(), out);
            } else {
                out.println(new AnswerText().render(engine.answerer().answer(String.join(" ", words), k)));
            }
            out.flush();
        }
        return 0;
    }
}
