package com.studybot.adapter.content.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.FetchResult;

/** Small facts about, and one setting of, a checkout's repository. */
final class Repos {
    static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;

    private Repos() {}

    /** JGit's automatic gc after a fetch runs in this thread, never in a background one racing the next step. */
    static void keepGcInForeground(Repository repo) throws IOException {
        StoredConfig config = repo.getConfig();
        if (config.getBoolean(ConfigConstants.CONFIG_GC_SECTION, ConfigConstants.CONFIG_KEY_AUTODETACH, true)) {
            config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
            config.save();
        }
    }

    /** The branch the remote's HEAD names, or (a server that hides it) a branch at HEAD's commit. */
    static Optional<String> defaultBranch(FetchResult fetched) {
        Ref head = fetched.getAdvertisedRef(Constants.HEAD);
        if (head == null) {
            return Optional.empty();
        }
        if (head.isSymbolic()) {
            return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
        }
        return fetched.getAdvertisedRefs().stream()
                .filter(r -> r.getName().startsWith(Constants.R_HEADS)
                        && head.getObjectId().equals(r.getObjectId()))
                .map(r -> Repository.shortenRefName(r.getName()))
                .sorted()
                .findFirst();
    }

    /** Where the remote's {@code branch} was at the last fetch, if it was there. */
    static Optional<ObjectId> tracking(Repository repo, String branch) throws IOException {
        Ref ref = repo.exactRef(Constants.R_REMOTES + REMOTE + "/" + branch);
        return Optional.ofNullable(ref).map(Ref::getObjectId);
    }
}
