package com.studybot.core.persistence;

import java.util.Optional;

/** The role each server lets add and remove notes (besides members who can manage the server). */
public interface UploaderRoleStore {
    /** The server's role, if one is set. */
    Optional<String> role(String serverId);

    /** Sets the server's role, or clears it with an empty one. */
    void setRole(String serverId, Optional<String> roleId);
}
