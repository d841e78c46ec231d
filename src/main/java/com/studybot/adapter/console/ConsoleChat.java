package com.studybot.adapter.console;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.FollowUpReader;
import com.studybot.core.answer.FollowUps;
import com.studybot.core.common.MetricsSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The terminal chat: a question per line, answered with citations; {@code :commands} for sources, stats,
 * re-indexing and quitting. Works the same when stdin is a pipe (no prompt echo is needed).
 */
public final class ConsoleChat {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleChat.class);
    static final String HELP = String.join(
            "\n",
            "Ask a question about your notes, or use a command:",
            "  :sources   the passages behind the last answer",
            "  :stats     cache hit rates and index figures",
            "  :reindex   pick up notes you changed since start-up",
            "  :quiz [topic] [n] [mode]   a quiz from your notes, due questions first; mode is mixed (the",
            "             default), typed, mc (multiple choice) or cards (self-graded flash cards)",
            "  :review [topic] [n]   only what is due for review",
            "             while a quiz runs: type the answer (or a letter), :hint, :skip, :stop; :right if the",
            "             answer just marked wrong was right after all; for cards",
            "             :show the answer, then rate it again, hard, good or easy (1-4)",
            "  :topics    the topics your questions cover",
            "  :gaps      questions asked that your notes could not answer (notes to write)",
            "  :daily [topic]   preview the questions a daily quiz post would ask today",
            "  :help      this list",
            "  :quit      leave (Ctrl-D works too)");

    private final SafeAnswerer answerer;
    private final int topK;
    private final Supplier<List<MetricsSource>> metrics;
    private final Supplier<String> reindex;
    private final QuizConsole quiz;
    private final Optional<GroupConsole> group;
    private final AnswerText text = new AnswerText();
    private final FollowUpReader followUps;
    private Optional<Answer> last = Optional.empty();

    public ConsoleChat(
            Answerer answerer,
            int topK,
            Supplier<List<MetricsSource>> metrics,
            Supplier<String> reindex,
            QuizConsole quiz) {
        this(answerer, topK, metrics, reindex, quiz, Optional.empty(), FollowUps.HEURISTIC);
    }

    /** With the group-study views ({@code :gaps}, {@code :daily}) and a reader of follow-up questions. */
    public ConsoleChat(
            Answerer answerer,
            int topK,
            Supplier<List<MetricsSource>> metrics,
            Supplier<String> reindex,
            QuizConsole quiz,
            Optional<GroupConsole> group,
            FollowUpReader followUps) {
        this.group = group;
        this.followUps = followUps;
        this.quiz = quiz;
        this.answerer = new SafeAnswerer(answerer, "chat");
        this.topK = topK;
        this.metrics = metrics;
        this.reindex = reindex;
    }

    public void run(BufferedReader in, PrintWriter out, boolean interactive) throws IOException {
        out.println("studybot: ask about your notes (:help for commands, :quit to leave).");
        quiz.resumeNotice().ifPresent(out::println);
        while (true) {
            if (interactive) {
                out.print("> ");
            }
            out.flush();
            String line = in.readLine();
            if (line == null || !safely(line.strip(), out, interactive)) {
                break;
            }
        }
        out.flush();
    }

    /** Returns false when the user wants to leave. */
    boolean handle(String line, PrintWriter out) {
        return handle(line, out, false);
    }

    /**
     * One line, whatever goes wrong: a failure (the disk full under the database, say) is one line saying what,
     * with a reference for the log; nothing half-done was saved (every quiz step is one transaction), and the chat
     * goes on.
     */
    boolean safely(String line, PrintWriter out, boolean interactive) {
        try {
            return handle(line, out, interactive);
        } catch (RuntimeException e) {
            var ref = com.studybot.core.common.ReferenceId.random();
            LOG.debug("A console line failed (ref {})", ref, e);
            out.println("studybot: that did not work: " + reason(e) + " (ref " + ref
                    + "). Nothing of it was saved; try again.");
            return true;
        }
    }

    /** Why, in words: a full disk said so, else the innermost cause's first line. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_FULL") || m.contains("disk is full") || m.contains("No space left")) {
                return "the disk holding the data folder is full; free some space";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    /** As above; at a terminal a model's answer is shown as it is written, then checked. */
    boolean handle(String line, PrintWriter out, boolean interactive) {
        if (line.isEmpty()) {
            return true;
        }
        if (line.startsWith(":")) {
            return command(line, out);
        }
        if (quiz.active()) {
            out.println(quiz.answer(line));
            return true;
        }
        String question = followUps.read(line, last.map(Answer::question));
        var draft = new DraftPrinter(out);
        Answer answer = interactive ? answerer.answer(question, topK, draft) : answerer.answer(question, topK);
        last = Optional.of(answer);
        out.println(draft.shown() ? draft.afterwards(answer, text) : text.render(answer));
        out.println();
        return true;
    }

    private boolean command(String line, PrintWriter out) {
        switch (line.split("\\s+")[0]) {
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":help", ":h" -> out.println(HELP);
            case ":sources", ":s" -> out.println(last.map(text::sources).orElse("Ask a question first."));
            case ":stats" -> out.println(stats() + "\n" + quiz.stats());
            case ":reindex" -> out.println(reindex.get());
            case ":quiz" -> out.println(quiz.start(line.substring(":quiz".length())));
            case ":review" -> out.println(quiz.review(line.substring(":review".length())));
            case ":show" -> out.println(quiz.show());
            case ":topics" -> out.println(quiz.topics());
            case ":gaps" -> out.println(group.map(GroupConsole::gaps).orElse("Gaps are not kept here."));
            case ":daily" ->
                out.println(group.map(g -> g.daily(line.substring(":daily".length())))
                        .orElse("No daily quiz here."));
            case ":hint" -> out.println(quiz.hint());
            case ":right" -> out.println(quiz.right());
            case ":skip" -> out.println(quiz.skip());
            case ":stop" -> out.println(quiz.stop());
            default -> out.println("Unknown command " + line.split("\\s+")[0] + ". " + HELP);
        }
        return true;
    }

    private String stats() {
        var sb = new StringBuilder();
        for (MetricsSource source : metrics.get()) {
            source.metrics()
                    .forEach((k, v) -> sb.append(k).append(": ").append(v).append("\n"));
        }
        return sb.toString().stripTrailing();
    }
}
