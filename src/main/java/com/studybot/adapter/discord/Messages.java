package com.studybot.adapter.discord;

import com.studybot.core.common.ControlChars;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Keeps every message within Discord's limits: text is split at 2,000 characters on paragraph, line or
 * word boundaries (never inside a code block: an open fence is closed and reopened), embed parts are
 * truncated with "…".
 */
public final class Messages {
    public static final int TEXT_LIMIT = 2000;
    private static final String FENCE = "```";

    private Messages() {}

    public static List<String> split(String text) {
        return split(text, TEXT_LIMIT);
    }

    static List<String> split(String text, int limit) {
        var parts = new ArrayList<String>();
        String rest = ControlChars.stripped(text).strip();
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit - FENCE.length() - 1);
            String part = rest.substring(0, cut).stripTrailing();
            rest = rest.substring(cut).stripLeading();
            if (openFences(part) % 2 == 1) { // close the code block here and reopen it in the next part
                part = part + "\n" + FENCE;
                rest = FENCE + "\n" + rest;
            }
            parts.add(part);
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String text, int max) {
        for (String boundary : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(boundary, max);
            if (at > max / 2) {
                return at;
            }
        }
        return max;
    }

    private static int openFences(String text) {
        int n = 0;
        for (int i = text.indexOf(FENCE); i >= 0; i = text.indexOf(FENCE, i + FENCE.length())) {
            n++;
        }
        return n;
    }

    /**
     * An edit of a deferred reply to {@code text} (cut to fit). Edits carry only the fields they set, so the
     * no-mentions rule is set on each one explicitly.
     */
    public static MessageEditData edit(String text) {
        return new MessageEditBuilder()
                .setContent(truncate(text, TEXT_LIMIT))
                .setAllowedMentions(List.of())
                .build();
    }

    /** {@code text} without control characters ({@link ControlChars}), cut to {@code max}, ending in "…" when cut. */
    public static String truncate(String text, int max) {
        String t = ControlChars.stripped(text).strip();
        return t.length() <= max ? t : t.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
    }

    /** An embed with its title, description and footer truncated to what Discord accepts. */
    public static EmbedBuilder embed(String title, String description) {
        return new EmbedBuilder()
                .setTitle(truncate(title, MessageEmbed.TITLE_MAX_LENGTH))
                .setDescription(truncate(description, MessageEmbed.DESCRIPTION_MAX_LENGTH));
    }

    public static void field(EmbedBuilder embed, String name, String value) {
        embed.addField(
                truncate(name, MessageEmbed.TITLE_MAX_LENGTH), truncate(value, MessageEmbed.VALUE_MAX_LENGTH), false);
    }
}
