package com.studybot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code discord.shards.ids}: empty for all shards, else ranges and single ids, {@code 0-3} or {@code 0,2,5-6}. */
final class ShardRange {
    /** Far above what any bot needs (one shard per 2,500 servers), low enough to list every id. */
    static final int MAX_TOTAL = 10_000;

    private static final Pattern PART = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");

    private ShardRange() {}

    /** The shards of {@code text}; on a bad value a problem naming it is added, and all shards are returned. */
    static StudybotConfig.Shards shards(int asked, String text, List<String> problems) {
        int total = Math.max(1, asked); // a total out of range is a problem already; go on to report the rest
        int size = problems.size();
        List<Integer> ids = parse(total, text.strip(), problems);
        if (problems.size() > size || ids.isEmpty()) {
            return all(total);
        }
        return new StudybotConfig.Shards(total, ids);
    }

    private static List<Integer> parse(int total, String text, List<String> problems) {
        if (text.isEmpty() || text.equalsIgnoreCase("all")) {
            return all(total).ids();
        }
        var ids = new TreeSet<Integer>();
        for (String part : text.split(",", -1)) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                problems.add("discord.shards.ids: must be shard ids and ranges such as 0-3 or 0,2 (empty: all), was \""
                        + text + "\"");
                return List.of();
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from) {
                problems.add("discord.shards.ids: the range " + part.strip() + " ends before it starts");
                return List.of();
            }
            if (to >= total) {
                problems.add("discord.shards.ids: shard " + to + " is not below discord.shards.total (" + total
                        + "), was \"" + text + "\"");
                return List.of();
            }
            for (int id = from; id <= to; id++) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    private static StudybotConfig.Shards all(int total) {
        var ids = new ArrayList<Integer>();
        for (int id = 0; id < Math.max(1, total); id++) {
            ids.add(id);
        }
        return new StudybotConfig.Shards(Math.max(1, total), ids);
    }
}
