package com.studybot.adapter.discord.notes;

import com.studybot.core.quiz.Question;
import com.studybot.core.upload.NoteUploads;
import com.studybot.core.upload.UploadName;
import com.studybot.core.upload.UploadOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code /notes} says: an upload's outcome, a removal's, and the list of a server's uploads (within 2,000). */
final class NotesMessages {
    /** Room the list leaves below Discord's 2,000 characters for its last line ("… and 12 more"). */
    static final int LIST_BUDGET = 1900;

    private NotesMessages() {}

    static String outcome(UploadOutcome outcome) {
        if (outcome instanceof UploadOutcome.Saved s) {
            return saved(s);
        }
        if (outcome instanceof UploadOutcome.Refused r) {
            return "Not added: " + r.message();
        }
        throw new AssertionError("unhandled " + outcome.getClass());
    }

    private static String saved(UploadOutcome.Saved s) {
        var sb = new StringBuilder("Added `")
                .append(s.path())
                .append("` (")
                .append(size(s.bytes()))
                .append("): ")
                .append(count(s.passages(), "passage"))
                .append(" and ")
                .append(count(s.questions(), "quiz question"))
                .append('.');
        s.example().ifPresent(q -> sb.append("\nFor example: ").append(example(q)));
        if (s.questions() == 0) {
            sb.append("\nNo quiz questions came from it: definitions (\"**Term** is …\") and cards (\"front::back\")"
                    + " make them.");
        }
        return sb.toString();
    }

    private static String example(Question q) {
        String prompt = q.prompt().strip();
        return prompt + (q.multipleChoice() ? " (" + String.join(" / ", q.options()) + ")" : "") + " ||" + q.answer()
                + "||";
    }

    static String removal(NoteUploads.Removal removal) {
        if (removal instanceof NoteUploads.Removal.Removed r) {
            return "Removed `" + r.path() + "`; the notes are re-indexed without it.";
        }
        if (removal instanceof NoteUploads.Removal.NotFound n) {
            return "No note added here is called `" + n.name() + "`. /notes list shows them.";
        }
        throw new AssertionError("unhandled " + removal.getClass());
    }

    /** One line per upload, as many as fit, then how many more there are. */
    static String list(String serverId, List<NoteUploads.Listed> listed) {
        if (listed.isEmpty()) {
            return "No notes were added here yet. /notes add file:… adds one.";
        }
        String prefix = UploadName.serverFolder(serverId) + "/";
        var lines = new ArrayList<String>();
        lines.add("Notes added here (" + listed.size() + "):");
        int length = lines.get(0).length();
        for (int i = 0; i < listed.size(); i++) {
            var l = listed.get(i);
            String name = l.upload().path().startsWith(prefix)
                    ? l.upload().path().substring(prefix.length())
                    : l.upload().path();
            String line = "• `%s` by <@%s>, <t:%d:R>, %s, %s"
                    .formatted(
                            name,
                            l.upload().userId(),
                            l.upload().at().getEpochSecond(),
                            size(l.upload().bytes()),
                            count(l.passages(), "passage"));
            if (length + line.length() + 1 > LIST_BUDGET) {
                lines.add("… and " + (listed.size() - i) + " more.");
                break;
            }
            lines.add(line);
            length += line.length() + 1;
        }
        return String.join("\n", lines);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
