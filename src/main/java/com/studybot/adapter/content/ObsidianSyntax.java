package com.studybot.adapter.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites Obsidian-flavoured Markdown into plain CommonMark before parsing: wikilinks become their text,
 * embeds, comments and video timestamps go, highlights and cloze markers keep their words, callout
 * markers are dropped. Code fences are left alone.
 */
final class ObsidianSyntax {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern EMBED = Pattern.compile("!\\[\\[[^\\]\\n]*\\]\\]");
    private static final Pattern ALIASED = Pattern.compile("\\[\\[[^\\]|\\n]*\\|([^\\]\\n]*)\\]\\]");
    private static final Pattern SECTION_LINK = Pattern.compile("\\[\\[([^\\]#\\n]*)#([^\\]\\n]*)\\]\\]");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]\\n]*)\\]\\]");
    private static final Pattern HIGHLIGHT = Pattern.compile("==([^=\\n]+)==");
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c\\d+::(.*?)(?:::[^}]*)?\\}\\}");
    private static final Pattern CALLOUT = Pattern.compile("^(\\s*(?:>\\s*)+)\\[![\\w-]+\\][+-]?\\s*");
    private static final Pattern TIMESTAMP = Pattern.compile("^\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2}\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*)$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    private static final Set<String> ECHO_FILLER = Set.of("what", "are", "is", "the", "a", "an");

    private ObsidianSyntax() {}

    static String rewrite(String markdown) {
        String text = COMMENT.matcher(markdown).replaceAll("");
        var out = new ArrayList<String>();
        boolean inFence = false;
        String lastHeading = "";
        for (String line : text.split("\\r?\\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                out.add(line);
                continue;
            }
            if (inFence) {
                out.add(line);
                continue;
            }
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                lastHeading = heading.group(1);
            }
            String rewritten = inline(line);
            if (!isTimestampEcho(rewritten, lastHeading, out)) {
                out.add(rewritten);
            }
        }
        return String.join("\n", out);
    }

    private static String inline(String line) {
        String s = EMBED.matcher(line).replaceAll("");
        s = ALIASED.matcher(s).replaceAll("$1");
        s = SECTION_LINK.matcher(s).replaceAll("$1 $2");
        s = LINK.matcher(s).replaceAll("$1");
        s = HIGHLIGHT.matcher(s).replaceAll("**$1**"); // a highlight marks a key term, as bold does
        s = CLOZE.matcher(s).replaceAll("$1");
        return CALLOUT.matcher(s).replaceAll("$1");
    }

    /**
     * A video timestamp line ("9:05:22 VMs vs Containers") that only repeats the heading is dropped; a
     * timestamp before other words loses just the timestamp.
     */
    private static boolean isTimestampEcho(String line, String heading, List<String> out) {
        var m = TIMESTAMP.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(1).strip();
        if (rest.isEmpty() || echoesHeading(rest, heading.toLowerCase(Locale.ROOT))) {
            return true;
        }
        out.add(rest);
        return true;
    }

    private static boolean echoesHeading(String rest, String heading) {
        if (heading.isBlank()) {
            return false;
        }
        for (String word : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !ECHO_FILLER.contains(word) && !heading.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
