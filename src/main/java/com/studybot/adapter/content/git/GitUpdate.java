package com.studybot.adapter.content.git;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link GitFollower#update()} did to the checkout. Commits are full hexadecimal ids; file paths are
 * relative to the checkout, with {@code /} separators.
 */
public sealed interface GitUpdate {

    /** Whether the working tree may differ from before, so the index should sync from it. */
    boolean treeChanged();

    /** The first clone, now checked out at {@code commit}. */
    record Cloned(String commit) implements GitUpdate {
        public Cloned {
            requireCommit(commit, "commit");
        }

        @Override
        public boolean treeChanged() {
            return true;
        }
    }

    /** The remote had nothing new. */
    record Unchanged(String commit) implements GitUpdate {
        public Unchanged {
            requireCommit(commit, "commit");
        }

        @Override
        public boolean treeChanged() {
            return false;
        }
    }

    /** The branch moved forward from {@code from} to {@code to}; {@code changedFiles} added, changed or deleted. */
    record FastForwarded(String from, String to, List<String> changedFiles) implements GitUpdate {
        public FastForwarded {
            requireCommit(from, "from");
            requireCommit(to, "to");
            changedFiles = List.copyOf(changedFiles);
        }

        @Override
        public boolean treeChanged() {
            return true;
        }
    }

    /**
     * The checkout was reset hard to the remote's {@code to}, because a fast-forward was impossible: {@code why}
     * says so (a force-push, diverged history, a local change that conflicts, another branch). Untracked files
     * were kept.
     */
    record Reset(String from, String to, String why) implements GitUpdate {
        public Reset {
            requireCommit(from, "from");
            requireCommit(to, "to");
            Objects.requireNonNull(why, "why");
        }

        @Override
        public boolean treeChanged() {
            return true;
        }
    }

    /**
     * The fetch or the update failed ({@code reason}, credentials masked); the working tree is as it was, at
     * {@code keptCommit} when the checkout had one.
     */
    record Failed(String reason, Optional<String> keptCommit) implements GitUpdate {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(keptCommit, "keptCommit");
        }

        @Override
        public boolean treeChanged() {
            return false;
        }
    }

    private static void requireCommit(String commit, String field) {
        Objects.requireNonNull(commit, field);
        if (!commit.matches("[0-9a-f]{40,64}")) {
            throw new IllegalArgumentException(field + " must be a full commit id, was \"" + commit + "\"");
        }
    }
}
