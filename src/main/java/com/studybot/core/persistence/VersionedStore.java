package com.studybot.core.persistence;

/**
 * A store shared by processes that numbers each key's stored state (a version column): a cache in front of it asks
 * whether what this process last read or wrote is still what is stored, so a state another process changed meanwhile
 * (a server whose shard moved to another process and back) is read again instead of served stale.
 */
public interface VersionedStore {
    /** True when the key's stored state is still the version this process last read or wrote (both absent: true). */
    boolean unchanged(String key);
}
