package com.studybot.adapter.content.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;

/** A real working repository that writes notes, commits them and pushes to the shared bare repository. */
public final class TeacherLaptop implements AutoCloseable {
    private static final PersonIdent TEACHER = new PersonIdent("Teacher", "teacher@example.org");

    private final Git git;
    private final Path root;

    private TeacherLaptop(Git git, Path root) {
        this.git = git;
        this.root = root;
    }

    /** A fresh repository whose {@code origin} is {@code remote}; nothing in common with earlier laptops. */
    public static TeacherLaptop fresh(Path root, Path remote, String branch) {
        try {
            Git git = Git.init()
                    .setDirectory(root.toFile())
                    .setInitialBranch(branch)
                    .call();
            git.remoteAdd()
                    .setName("origin")
                    .setUri(new URIish(remote.toUri().toURL()))
                    .call();
            return new TeacherLaptop(git, root);
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bare repository, as a Git host keeps it, whose default branch is {@code branch}. */
    public static Path bareRemote(Path where, String branch) {
        try (Git bare = Git.init()
                .setBare(true)
                .setInitialBranch(branch)
                .setDirectory(where.toFile())
                .call()) {
            // no gc thread after a push, which would race a test that moves the repository away
            bare.getRepository().getConfig().setBoolean("receive", null, "autogc", false);
            bare.getRepository().getConfig().save();
            return where;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public TeacherLaptop write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TeacherLaptop delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TeacherLaptop switchTo(String branch) {
        try {
            git.checkout().setName(branch).setCreateBranch(true).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes {@code branch} on the remote. */
    void deleteRemoteBranch(String branch) {
        try {
            git.push()
                    .setRemote("origin")
                    .setRefSpecs(new RefSpec(":refs/heads/" + branch))
                    .call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commits everything and pushes the current branch; {@code force} overwrites the remote's history. */
    public String commitAndPush(String message, boolean force) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call(); // stages deletions too
            RevCommit commit = git.commit()
                    .setMessage(message)
                    .setAuthor(TEACHER)
                    .setCommitter(TEACHER)
                    .setSign(false)
                    .call();
            String branch = git.getRepository().getFullBranch();
            git.push()
                    .setRemote("origin")
                    .setRefSpecs(new RefSpec((force ? "+" : "") + branch + ":" + branch))
                    .setForce(force)
                    .call()
                    .forEach(result -> result.getRemoteUpdates().forEach(u -> {
                        if (u.getStatus() != RemoteRefUpdate.Status.OK) {
                            throw new IllegalStateException("push refused: " + u);
                        }
                    }));
            return commit.name();
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String commitAndPush(String message) {
        return commitAndPush(message, false);
    }

    @Override
    public void close() {
        git.close();
    }
}
