package com.studybot.adapter.content.watch;

import java.util.Set;

/**
 * What changed in the notes folder since the last update: the paths (relative, '/'-separated) of the files and
 * folders events named, or {@code everything} when events were lost and the whole folder must be compared.
 */
public record Change(Set<String> paths, boolean everything) {
    public Change {
        paths = Set.copyOf(paths);
    }

    public String describe() {
        if (everything) {
            return "the notes folder (events were lost)";
        }
        return paths.size() == 1 ? paths.iterator().next() : paths.size() + " files";
    }
}
