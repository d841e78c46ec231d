package com.studybot.adapter.content.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.config.GitCheckout;
import com.studybot.config.StudybotConfig;
import com.studybot.testing.LogCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follows a real bare repository on disk while a teacher's laptop (another real clone) commits and pushes. */
final class GitFollowerTest {
    @TempDir
    Path tmp;

    private Path remote;
    private String url;
    private Path checkout;
    private TeacherLaptop teacher;
    private LogCapture logs;

    @BeforeEach
    void teacherPushesTheFirstNotes() {
        remote = TeacherLaptop.bareRemote(tmp.resolve("remote.git"), "main");
        url = remote.toUri().toString();
        checkout = GitCheckout.dir(tmp.resolve("data"), url);
        teacher = TeacherLaptop.fresh(tmp.resolve("laptop"), remote, "main");
        teacher.write("biology/cells.md", "# Cells\nThe mitochondrion makes ATP.\n")
                .write("physics.md", "# Physics\nForce is mass times acceleration.\n")
                .commitAndPush("first notes");
        logs = LogCapture.attach();
    }

    @AfterEach
    void noErrorWasLogged() {
        logs.close();
        assertThat(logs.lines()).noneMatch(line -> line.startsWith("ERROR"));
        teacher.close();
    }

    private GitFollower follower(String branch) {
        return follower(url, branch, Map.of());
    }

    private GitFollower follower(String url, String branch, Map<String, String> env) {
        return new GitFollower(new StudybotConfig.Git(url, branch, Duration.ofMinutes(10)), checkout, env);
    }

    private String read(String path) throws IOException {
        return Files.readString(checkout.resolve(path));
    }

    @Test
    void theFirstUpdateClonesTheDefaultBranch() throws IOException {
        // GIVEN no checkout yet
        assertThat(checkout).doesNotExist();

        // WHEN
        GitUpdate update = follower("").update();

        // THEN
        assertThat(update).isInstanceOf(GitUpdate.Cloned.class);
        assertThat(update.treeChanged()).isTrue();
        assertThat(read("biology/cells.md")).contains("mitochondrion");
        assertThat(read("physics.md")).contains("Force");
        assertThat(Files.list(checkout.getParent())).containsExactly(checkout); // no clone folder left beside it
        try (Git git = Git.open(checkout.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            // JGit's auto gc would otherwise run in a background thread after each fetch, racing the next step
            assertThat(git.getRepository().getConfig().getBoolean("gc", "autoDetach", true))
                    .isFalse();
        }
    }

    @Test
    void anEmptyRemoteCannotBeClonedAndLeavesNothing() {
        // GIVEN a repository nobody pushed to
        Path empty = TeacherLaptop.bareRemote(tmp.resolve("empty.git"), "main");
        String emptyUrl = empty.toUri().toString();

        // WHEN
        assertThatThrownBy(() -> follower(emptyUrl, "", Map.of()).update())
                // THEN
                .isInstanceOf(GitUnavailable.class)
                .hasMessage("Cannot clone " + emptyUrl + " (its default branch): the remote has no commits");
        assertThat(checkout).doesNotExist();
        assertThat(checkout.getParent()).isEmptyDirectory();
    }

    @Test
    void threePushesAreEachFastForwardedNamingTheirFiles() throws IOException {
        // GIVEN
        GitFollower follower = follower("");
        String previous = ((GitUpdate.Cloned) follower.update()).commit();

        for (int push = 1; push <= 3; push++) {
            // WHEN the teacher pushes a new note and edits an old one
            String pushed = teacher.write("week" + push + ".md", "# Week " + push + "\nLesson " + push + ".\n")
                    .write("physics.md", "# Physics\nRevision " + push + ".\n")
                    .commitAndPush("week " + push);
            GitUpdate update = follower.update();

            // THEN
            assertThat(update)
                    .isEqualTo(new GitUpdate.FastForwarded(
                            previous, pushed, List.of("physics.md", "week" + push + ".md")));
            assertThat(read("week" + push + ".md")).contains("Lesson " + push);
            assertThat(read("physics.md")).contains("Revision " + push);
            previous = pushed;
        }
        assertThat(follower.update()).isEqualTo(new GitUpdate.Unchanged(previous));
        assertThat(logs.lines()).noneMatch(line -> line.startsWith("WARN") || line.startsWith("ERROR"));
    }

    @Test
    void aFileDeletedOnTheRemoteDisappears() {
        // GIVEN
        GitFollower follower = follower("");
        follower.update();

        // WHEN
        teacher.delete("biology/cells.md").commitAndPush("cells moved out");
        GitUpdate update = follower.update();

        // THEN
        assertThat(update)
                .isInstanceOfSatisfying(
                        GitUpdate.FastForwarded.class,
                        ff -> assertThat(ff.changedFiles()).containsExactly("biology/cells.md"));
        assertThat(checkout.resolve("biology/cells.md")).doesNotExist();
        assertThat(checkout.resolve("physics.md")).exists();
    }

    @Test
    void aForcePushResetsToTheRemoteWithOneWarningAndKeepsUntrackedFiles() throws IOException {
        // GIVEN a checkout with a note uploaded from Discord (untracked)
        GitFollower follower = follower("");
        String before = ((GitUpdate.Cloned) follower.update()).commit();
        Files.createDirectories(checkout.resolve("uploads"));
        Files.writeString(checkout.resolve("uploads/alice.md"), "# Alice\nMy own notes.\n");

        // WHEN another laptop, sharing no history, force-pushes the branch
        String rewritten;
        try (var other = TeacherLaptop.fresh(tmp.resolve("other-laptop"), remote, "main")) {
            rewritten =
                    other.write("chemistry.md", "# Chemistry\nWater is H2O.\n").commitAndPush("start over", true);
        }
        logs.clear();
        GitUpdate update = follower.update();

        // THEN
        assertThat(update).isInstanceOfSatisfying(GitUpdate.Reset.class, reset -> {
            assertThat(reset.from()).isEqualTo(before);
            assertThat(reset.to()).isEqualTo(rewritten);
            assertThat(reset.why()).contains("force-push");
        });
        assertThat(read("chemistry.md")).contains("H2O");
        assertThat(checkout.resolve("physics.md")).doesNotExist();
        assertThat(read("uploads/alice.md")).contains("My own notes");
        assertThat(logs.lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("WARN GitFollower: ")
                        .contains(before.substring(0, 7), rewritten.substring(0, 7), "force-push"));
    }

    @Test
    void aLocalEditThatConflictsWithThePushIsResetWithAWarning() throws IOException {
        // GIVEN someone edited a tracked note inside the checkout
        GitFollower follower = follower("");
        String before = ((GitUpdate.Cloned) follower.update()).commit();
        Files.writeString(checkout.resolve("physics.md"), "# Physics\nEdited on the server.\n");

        // WHEN the teacher changes the same note
        String pushed = teacher.write("physics.md", "# Physics\nThe teacher's version.\n")
                .commitAndPush("physics");
        GitUpdate update = follower.update();

        // THEN the remote wins, with a warning that names the file
        assertThat(update)
                .isEqualTo(new GitUpdate.Reset(
                        before, pushed, "local changes to physics.md conflict with" + " the remote"));
        assertThat(read("physics.md")).contains("The teacher's version").doesNotContain("Edited on the server");
        assertThat(logs.lines())
                .filteredOn(line -> line.startsWith("WARN"))
                .singleElement()
                .asString()
                .contains("physics.md");
    }

    @Test
    void aFailedFetchKeepsTheTreeAndLogsOneLineWithoutStackTrace() throws IOException {
        // GIVEN
        GitFollower follower = follower("");
        String kept = ((GitUpdate.Cloned) follower.update()).commit();
        teacher.write("physics.md", "# Physics\nNot fetched.\n").commitAndPush("unreachable");
        Path moved = Files.move(remote, tmp.resolve("moved.git"));
        logs.clear();

        // WHEN the remote cannot be reached
        GitUpdate update = follower.update();

        // THEN
        assertThat(update).isInstanceOfSatisfying(GitUpdate.Failed.class, failed -> {
            assertThat(failed.keptCommit()).contains(kept);
            assertThat(failed.reason()).contains("not found");
        });
        assertThat(update.treeChanged()).isFalse();
        assertThat(read("physics.md")).contains("Force is mass");
        assertThat(logs.lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("WARN GitFollower: ")
                        .contains(url, kept.substring(0, 7), "not found")
                        .doesNotContain("\n"));
        assertThat(logs.stackTraces()).isZero();

        // AND once the remote is back, the next update catches up
        Files.move(moved, remote);
        assertThat(follower.update()).isInstanceOf(GitUpdate.FastForwarded.class);
        assertThat(read("physics.md")).contains("Not fetched");
    }

    @Test
    void aBranchGoneFromTheRemoteFailsAndKeepsTheTree() throws IOException {
        // GIVEN a checkout following branch term2
        String onTerm2 =
                teacher.switchTo("term2").write("term2.md", "# Term 2\n").commitAndPush("term 2");
        GitFollower follower = follower("term2");
        follower.update();

        // WHEN the branch is deleted on the remote
        teacher.deleteRemoteBranch("term2");
        logs.clear();
        GitUpdate update = follower.update();

        // THEN
        assertThat(update).isEqualTo(new GitUpdate.Failed("branch term2 is not on the remote", Optional.of(onTerm2)));
        assertThat(read("term2.md")).isEqualTo("# Term 2\n");
        assertThat(logs.lines()).singleElement().asString().contains("branch term2 is not on the remote");
    }

    @Test
    void aNonDefaultBranchIsClonedAndFollowedAlone() throws IOException {
        // GIVEN the remote has main and term2
        teacher.switchTo("term2")
                .write("term2.md", "# Term 2\nOnly on term2.\n")
                .commitAndPush("term 2");
        GitFollower follower = follower("term2");

        // WHEN
        GitUpdate cloned = follower.update();
        teacher.write("term2.md", "# Term 2\nUpdated.\n").commitAndPush("term 2 again");
        GitUpdate second = follower.update();

        // THEN
        assertThat(cloned).isInstanceOf(GitUpdate.Cloned.class);
        assertThat(second)
                .isInstanceOfSatisfying(
                        GitUpdate.FastForwarded.class,
                        ff -> assertThat(ff.changedFiles()).containsExactly("term2.md"));
        assertThat(read("term2.md")).contains("Updated");
    }

    @Test
    void aMissingBranchOnTheFirstCloneIsOneLineAndLeavesNothing() {
        // WHEN
        assertThatThrownBy(() -> follower("nope").update())
                // THEN
                .isInstanceOf(GitUnavailable.class)
                .hasMessageStartingWith("Cannot clone " + url + " (branch nope): ")
                .hasMessageContaining("nope")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(checkout).doesNotExist();
        assertThat(checkout.getParent()).isEmptyDirectory();
    }

    @Test
    void anUnreachableRemoteOnTheFirstCloneIsOneLineAndLeavesNothing() {
        // GIVEN
        String missing = tmp.resolve("missing.git").toUri().toString();

        // WHEN
        assertThatThrownBy(() -> follower(missing, "main", Map.of()).update())
                // THEN
                .isInstanceOf(GitUnavailable.class)
                .hasMessageStartingWith("Cannot clone " + missing + " (branch main): ")
                .hasMessageContaining("not found")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(checkout).doesNotExist();
        assertThat(checkout.getParent()).isEmptyDirectory();
    }

    @Test
    void credentialsInTheUrlAndTheTokenNeverReachAMessageOrALogLine() throws IOException {
        // GIVEN a URL with credentials in it, and a token in the environment
        String secretUrl = "file://teacher:hunter2@" + tmp.resolve("missing.git");
        Map<String, String> env = Map.of("STUDYBOT_GIT_TOKEN", "tok-s3cr3t", "STUDYBOT_GIT_USER", "teacher");

        // WHEN the first clone fails
        assertThatThrownBy(() -> follower(secretUrl, "", env).update())
                // THEN
                .isInstanceOf(GitUnavailable.class)
                .hasMessageStartingWith("Cannot clone file://***@" + tmp.resolve("missing.git"))
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("tok-s3cr3t");

        // AND WHEN a later fetch fails, from a checkout whose origin has the credentials too (JGit repeats them)
        follower("").update();
        try (Git git = Git.open(checkout.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", secretUrl);
            config.save();
        }
        logs.clear();
        GitUpdate update = follower(secretUrl, "", env).update();

        // THEN
        assertThat(update)
                .isInstanceOfSatisfying(
                        GitUpdate.Failed.class,
                        failed -> assertThat(failed.reason()).doesNotContain("hunter2"));
        assertThat(logs.lines())
                .singleElement()
                .asString()
                .contains("file://***@")
                .doesNotContain("hunter2", "tok-s3cr3t");
    }

    @Test
    void aCommitMadeInTheCheckoutIsResetAsDivergedHistory() throws IOException {
        // GIVEN someone committed inside the checkout
        GitFollower follower = follower("");
        follower.update();
        String local;
        try (Git git = Git.open(checkout.toFile())) {
            Files.writeString(checkout.resolve("local.md"), "# Local\n");
            git.add().addFilepattern("local.md").call();
            local = git.commit()
                    .setMessage("local")
                    .setAuthor("Server", "server@example.org")
                    .setCommitter("Server", "server@example.org")
                    .setSign(false)
                    .call()
                    .name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }

        // WHEN the teacher pushes
        String pushed = teacher.write("week1.md", "# Week 1\n").commitAndPush("week 1");
        GitUpdate update = follower.update();

        // THEN
        assertThat(update)
                .isEqualTo(new GitUpdate.Reset(
                        local, pushed, "the checkout has commits that are not on the remote (diverged history)"));
        assertThat(checkout.resolve("local.md")).doesNotExist();
        assertThat(checkout.resolve("week1.md")).exists();
    }

    @Test
    void anotherConfiguredBranchSwitchesTheCheckoutWithAWarning() throws IOException {
        // GIVEN a checkout of main, and a branch term2 on the remote
        String main = ((GitUpdate.Cloned) follower("").update()).commit();
        String term2 = teacher.switchTo("term2").write("term2.md", "# Term 2\n").commitAndPush("term 2");
        teacher.switchTo("term3").delete("physics.md").commitAndPush("term 3 drops physics");

        // WHEN studybot restarts following term3, then term2
        GitUpdate toTerm3 = follower("term3").update();
        GitUpdate toTerm2 = follower("term2").update();

        // THEN
        assertThat(toTerm3).isInstanceOfSatisfying(GitUpdate.Reset.class, r -> {
            assertThat(r.from()).isEqualTo(main);
            assertThat(r.why()).isEqualTo("the followed branch changed from main to term3");
        });
        assertThat(toTerm2)
                .isInstanceOfSatisfying(
                        GitUpdate.Reset.class, r -> assertThat(r.to()).isEqualTo(term2));
        assertThat(read("physics.md")).contains("Force");
        assertThat(read("term2.md")).isEqualTo("# Term 2\n");
        try (Git git = Git.open(checkout.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("term2");
        }
    }

    @Test
    void anSshUrlIsRefusedInOneLineSinceNoSshTransportIsShipped() {
        assertThatThrownBy(() -> follower("git@example.org:teacher/notes.git", "", Map.of())
                        .update())
                .isInstanceOf(GitUnavailable.class)
                .hasMessage("Cannot clone git@example.org:teacher/notes.git (its default branch): ssh URLs are not"
                        + " supported; use an https:// URL with a token in STUDYBOT_GIT_TOKEN");
        assertThat(checkout).doesNotExist();
    }
}
