package com.studybot.adapter.content.git;

import com.studybot.config.StudybotConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a checkout of the notes' Git repository ({@code content.git.*}) up to date: the first {@link #update()}
 * clones, later ones fetch and fast-forward, resetting hard to the remote (with a warning) when a fast-forward
 * is impossible. Untracked files, such as notes uploaded from Discord, survive every update. A token, when the
 * remote needs one, comes only from the environment: {@code STUDYBOT_GIT_TOKEN} as the password, with
 * {@code STUDYBOT_GIT_USER} (default {@code git}) as the user name. Credentials never reach a log line.
 *
 * <p>Meant to be driven by one scheduler thread; {@link #update()} is synchronized, so overlapping calls run
 * one after the other. The caller syncs the index from the working tree when {@link GitUpdate#treeChanged()}.
 */
public final class GitFollower {
    static final String TOKEN = "STUDYBOT_GIT_TOKEN";
    static final String USER = "STUDYBOT_GIT_USER";
    private static final Logger LOG = LoggerFactory.getLogger(GitFollower.class);
    private static final String REMOTE = Repos.REMOTE;
    private static final Pattern SSH = Pattern.compile("(?i)ssh://.*|[^\\s:/]+@[^\\s:/]+:.*");

    private final String url;
    private final String branch;
    private final Path dir;
    private final Optional<CredentialsProvider> credentials;
    private final Masking masking;

    /** {@code git.branch} empty follows the remote's default branch; {@code env} supplies the token, if any. */
    public GitFollower(StudybotConfig.Git git, Path checkoutDir, Map<String, String> env) {
        if (!git.enabled()) {
            throw new IllegalArgumentException("git.url must be set to follow a Git repository");
        }
        this.url = git.url();
        this.branch = git.branch();
        this.dir = checkoutDir.toAbsolutePath().normalize();
        String token = env.getOrDefault(TOKEN, "").strip();
        this.credentials = token.isEmpty()
                ? Optional.empty()
                : Optional.of(new UsernamePasswordCredentialsProvider(
                        env.getOrDefault(USER, "").isBlank()
                                ? "git"
                                : env.get(USER).strip(),
                        token));
        this.masking = new Masking(token);
    }

    /** Reads the token from the process environment. */
    public static GitFollower fromEnvironment(StudybotConfig.Git git, Path checkoutDir) {
        return new GitFollower(git, checkoutDir, System.getenv());
    }

    /**
     * Clones when the folder holds no checkout yet, else fetches and catches up with the remote branch.
     *
     * @throws GitUnavailable when the first clone fails (there is no earlier tree to keep); later failures are
     *     {@link GitUpdate.Failed}, logged as one line, with the working tree left as it was
     */
    public synchronized GitUpdate update() {
        return Files.isDirectory(dir.resolve(Constants.DOT_GIT)) ? follow() : cloneFirst();
    }

    private GitUpdate follow() {
        Optional<String> kept = Optional.empty();
        try (Git git = Git.open(dir.toFile())) {
            Repository repo = git.getRepository();
            kept = Optional.ofNullable(repo.resolve(Constants.HEAD)).map(ObjectId::name);
            if (unsupported().isPresent()) {
                return failed(unsupported().get(), kept);
            }
            String target = branch.isEmpty() ? repo.getBranch() : branch;
            Optional<ObjectId> trackedBefore = Repos.tracking(repo, target);
            Repos.keepGcInForeground(repo);
            fetch(git);
            Optional<ObjectId> remote = Repos.tracking(repo, target);
            if (remote.isEmpty()) {
                return failed("branch " + target + " is not on the remote", kept);
            }
            return new Catchup(git, masking.apply(url)).to(target, remote.get(), trackedBefore);
        } catch (GitAPIException | IOException | UncheckedIOException | JGitInternalException e) {
            return failed(masking.reason(e), kept);
        }
    }

    private GitUpdate.Failed failed(String reason, Optional<String> kept) {
        LOG.warn(
                "Git update of {} ({}) failed, keeping {}: {}",
                masking.apply(url),
                branchLabel(),
                kept.map(c -> "commit " + c.substring(0, 7)).orElse("the folder as it is"),
                reason);
        return new GitUpdate.Failed(reason, kept);
    }

    /** Clones into a hidden sibling folder, then moves it into place, so a failed clone leaves nothing behind. */
    private GitUpdate cloneFirst() {
        Path temp = null;
        try {
            if (unsupported().isPresent()) {
                throw new GitUnavailable(cannotClone(unsupported().get()));
            }
            if (Files.isDirectory(dir) && !Folders.isEmpty(dir)) {
                throw new GitUnavailable(cannotClone(dir + " exists but is not a Git checkout; move it aside"));
            }
            Files.createDirectories(dir.getParent());
            temp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".clone-");
            String commit = cloneInto(temp);
            Files.deleteIfExists(dir); // an empty folder, if any
            try {
                Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
                temp = null;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                return follow(); // another studybot process cloned it meanwhile
            }
            LOG.info("Cloned {} ({}) at {} into {}", masking.apply(url), branchLabel(), commit.substring(0, 7), dir);
            return new GitUpdate.Cloned(commit);
        } catch (GitAPIException | IOException | URISyntaxException | UncheckedIOException | JGitInternalException e) {
            throw new GitUnavailable(cannotClone(masking.reason(e)));
        } finally {
            Folders.deleteTree(temp);
        }
    }

    /**
     * Like {@code git clone}, but with JGit's automatic gc kept in the foreground ({@code gc.autoDetach=false}):
     * CloneCommand would start it in a background thread after its fetch, racing the move into place.
     */
    private String cloneInto(Path temp) throws GitAPIException, IOException, URISyntaxException {
        try (Git git = Git.init().setDirectory(temp.toFile()).call()) {
            Repository repo = git.getRepository();
            Repos.keepGcInForeground(repo);
            git.remoteAdd().setName(REMOTE).setUri(new URIish(url)).call();
            FetchResult fetched = fetch(git);
            String target = branch.isEmpty()
                    ? Repos.defaultBranch(fetched)
                            .orElseThrow(() -> new GitUnavailable(cannotClone("the remote has no commits")))
                    : branch;
            ObjectId remote = Repos.tracking(repo, target)
                    .orElseThrow(() -> new GitUnavailable(cannotClone("branch " + target + " is not on the remote")));
            new Catchup(git, masking.apply(url)).moveTo(target, remote);
            return remote.name();
        }
    }

    private FetchResult fetch(Git git) throws GitAPIException {
        return git.fetch()
                .setRemote(REMOTE)
                .setRemoveDeletedRefs(true)
                .setCredentialsProvider(credentials.orElse(null))
                .call();
    }

    /** JGit's SSH transport is a separate module, not shipped: without it an ssh URL fails with a bare NPE. */
    private Optional<String> unsupported() {
        return SSH.matcher(url).matches() && SshSessionFactory.getInstance() == null
                ? Optional.of("ssh URLs are not supported; use an https:// URL with a token in " + TOKEN)
                : Optional.empty();
    }

    private String cannotClone(String reason) {
        return "Cannot clone " + masking.apply(url) + " (" + branchLabel() + "): " + reason;
    }

    private String branchLabel() {
        return branch.isEmpty() ? "its default branch" : "branch " + branch;
    }
}
