package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A guild of the fake: its roles, channels (threads included) and members, and its GUILD_CREATE. */
final class FakeGuild {
    private final Snowflakes ids;
    private final Clock clock;
    private final String id;
    private final String name;
    private final String ownerId;
    private final List<ObjectNode> roles = new ArrayList<>();
    private final Map<String, ObjectNode> channels = new LinkedHashMap<>();
    private final List<ObjectNode> members = new ArrayList<>();

    FakeGuild(Snowflakes ids, Clock clock, String id, String name, String ownerId) {
        this.ids = ids;
        this.clock = clock;
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
        roles.add(Payloads.role(id, "@everyone", 0, Permissions.ORDINARY));
    }

    String id() {
        return id;
    }

    /** The ids of its channels, in the order they were added (threads included). */
    synchronized List<String> channelIds() {
        return List.copyOf(channels.keySet());
    }

    /** The id of the role named "studybot" (the bot's). */
    synchronized String botRoleId() {
        return roles.stream()
                .filter(r -> r.path("name").asText().equals("studybot"))
                .map(r -> r.path("id").asText())
                .findFirst()
                .orElseThrow();
    }

    synchronized ObjectNode addChannel(String channelName) {
        ObjectNode channel = Payloads.textChannel(ids.next(), id, channelName, channels.size());
        channels.put(channel.path("id").asText(), channel);
        return channel.deepCopy();
    }

    /** A text channel whose overwrite denies {@code denied} to role {@code roleId} (the bot's, say). */
    synchronized ObjectNode addChannel(String channelName, String roleId, long denied) {
        ObjectNode channel = Payloads.textChannel(ids.next(), id, channelName, channels.size());
        ((com.fasterxml.jackson.databind.node.ArrayNode) channel.path("permission_overwrites"))
                .addObject()
                .put("id", roleId)
                .put("type", 0)
                .put("allow", "0")
                .put("deny", Long.toString(denied));
        channels.put(channel.path("id").asText(), channel);
        return channel.deepCopy();
    }

    /** What the overwrites of {@code channelId} deny to role {@code roleId} (0 when none). */
    synchronized long denied(String channelId, String roleId) {
        long bits = 0;
        for (var o : channels.getOrDefault(channelId, Payloads.object()).path("permission_overwrites")) {
            if (o.path("id").asText().equals(roleId)) {
                bits |= Long.parseLong(o.path("deny").asText("0"));
            }
        }
        return bits;
    }

    synchronized void addThread(ObjectNode thread) {
        channels.put(thread.path("id").asText(), thread.deepCopy());
    }

    synchronized Optional<ObjectNode> channel(String channelId) {
        return Optional.ofNullable(channels.get(channelId)).map(ObjectNode::deepCopy);
    }

    synchronized boolean hasChannel(String channelId) {
        return channels.containsKey(channelId);
    }

    /** A role above {@code @everyone}, to give a member more than the ordinary permissions. */
    synchronized ObjectNode addRole(String roleName, long permissions) {
        ObjectNode role = Payloads.role(ids.next(), roleName, roles.size(), permissions);
        roles.add(role);
        return role.deepCopy();
    }

    synchronized Optional<ObjectNode> role(String roleId) {
        return roles.stream()
                .filter(r -> r.path("id").asText().equals(roleId))
                .findFirst()
                .map(ObjectNode::deepCopy);
    }

    /** Adds a member; returns the member object (with {@code guild_id}, as GUILD_MEMBER_ADD wants it). */
    synchronized ObjectNode addMember(ObjectNode user, List<String> roleIds) {
        ObjectNode member = Payloads.member(user, roleIds, clock.instant());
        members.add(member);
        return member.deepCopy().put("guild_id", id);
    }

    synchronized ObjectNode guildCreate() {
        return Payloads.guildCreate(id, name, ownerId, copy(roles), copy(channels.values()), copy(members));
    }

    private static ArrayNode copy(Iterable<ObjectNode> nodes) {
        ArrayNode array = Payloads.array();
        nodes.forEach(node -> {
            if (node.path("type").asInt(0) != 11) {
                array.add(node.deepCopy());
            }
        });
        return array;
    }
}
