package com.studybot.adapter.content.git;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.WrongRepositoryStateException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings an open checkout to a fetched remote commit: a fast-forward when possible, else a hard reset. */
final class Catchup {
    private static final Logger LOG = LoggerFactory.getLogger(GitFollower.class);

    private final Git git;
    private final Repository repo;
    private final String maskedUrl;

    Catchup(Git git, String maskedUrl) {
        this.git = git;
        this.repo = git.getRepository();
        this.maskedUrl = maskedUrl;
    }

    /** {@code trackedBefore}: the remote-tracking commit before the fetch, to tell a force-push from local commits. */
    GitUpdate to(String branch, ObjectId remote, Optional<ObjectId> trackedBefore) throws GitAPIException, IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        String current = repo.getBranch();
        if (head == null || !branch.equals(current)) {
            String why = head == null
                    ? "the checkout had no commit"
                    : "the followed branch changed from " + current + " to " + branch;
            return reset(Optional.ofNullable(head).orElse(ObjectId.zeroId()), remote, branch, why);
        }
        if (head.equals(remote)) {
            return new GitUpdate.Unchanged(head.name());
        }
        if (!isAncestor(head, remote)) {
            return reset(
                    head,
                    remote,
                    branch,
                    trackedBefore.filter(head::equals).isPresent()
                            ? "the remote's history was rewritten (a force-push)"
                            : "the checkout has commits that are not on the remote (diverged history)");
        }
        try {
            MergeResult merge = git.merge()
                    .include(remote)
                    .setFastForward(FastForwardMode.FF_ONLY)
                    .setCommit(true)
                    .call();
            if (merge.getMergeStatus() != MergeResult.MergeStatus.FAST_FORWARD) {
                return reset(head, remote, branch, "a fast-forward was not possible (" + merge.getMergeStatus() + ")");
            }
        } catch (CheckoutConflictException e) {
            return reset(
                    head,
                    remote,
                    branch,
                    "local changes to " + shortList(e.getConflictingPaths()) + " conflict with the remote");
        } catch (WrongRepositoryStateException e) {
            return reset(head, remote, branch, "the checkout was in state " + repo.getRepositoryState());
        }
        List<String> changed = changedFiles(head, remote);
        LOG.info(
                "Git: {} fast-forwarded from {} to {}, {} file(s) changed",
                maskedUrl,
                abbrev(head),
                abbrev(remote),
                changed.size());
        return new GitUpdate.FastForwarded(head.name(), remote.name(), changed);
    }

    /** Points the branch at {@code remote} and the working tree too; untracked files are left alone (no clean). */
    void moveTo(String branch, ObjectId remote) throws GitAPIException, IOException {
        if (!branch.equals(repo.getBranch())) {
            repo.updateRef(Constants.HEAD).link(Constants.R_HEADS + branch);
        }
        git.reset().setMode(ResetType.HARD).setRef(remote.name()).call();
    }

    private GitUpdate reset(ObjectId from, ObjectId remote, String branch, String why)
            throws GitAPIException, IOException {
        moveTo(branch, remote);
        LOG.warn(
                "Git: {} reset from {} to {} on branch {} because {}; local changes to tracked files are gone",
                maskedUrl,
                abbrev(from),
                abbrev(remote),
                branch,
                why);
        return new GitUpdate.Reset(from.name(), remote.name(), why);
    }

    private boolean isAncestor(ObjectId ancestor, ObjectId descendant) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(descendant));
        }
    }

    private List<String> changedFiles(ObjectId from, ObjectId to) throws IOException {
        try (RevWalk walk = new RevWalk(repo);
                TreeWalk trees = new TreeWalk(repo)) {
            trees.addTree(walk.parseCommit(from).getTree());
            trees.addTree(walk.parseCommit(to).getTree());
            trees.setRecursive(true);
            trees.setFilter(TreeFilter.ANY_DIFF);
            return DiffEntry.scan(trees).stream()
                    .map(d -> d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath())
                    .sorted()
                    .toList();
        }
    }

    private static String shortList(List<String> paths) {
        return paths.size() <= 3
                ? String.join(", ", paths)
                : String.join(", ", paths.subList(0, 3)) + " and " + (paths.size() - 3) + " more";
    }

    private static String abbrev(ObjectId id) {
        return id.name().substring(0, 7);
    }
}
