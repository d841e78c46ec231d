package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** JSON builders for the gateway and REST payloads JDA 6.5.0 reads (notes/fake-discord.md, section 3). */
final class Payloads {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Payloads() {}

    static ObjectNode object() {
        return JSON.objectNode();
    }

    static ArrayNode array() {
        return JSON.arrayNode();
    }

    static ObjectNode user(String id, String name, boolean bot) {
        return object().put("id", id)
                .put("username", name)
                .put("discriminator", "0")
                .put("global_name", bot ? null : name)
                .putNull("avatar")
                .put("bot", bot);
    }

    static ObjectNode member(ObjectNode user, List<String> roleIds, Instant joinedAt) {
        ObjectNode member = object().set("user", user);
        ArrayNode roles = member.putArray("roles");
        roleIds.forEach(roles::add);
        return member.put("joined_at", joinedAt.toString())
                .putNull("nick")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0);
    }

    static ObjectNode role(String id, String name, int position, long permissions) {
        ObjectNode role = object().put("id", id)
                .put("name", name)
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("color", 0)
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        role.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
        return role;
    }

    static ObjectNode textChannel(String id, String guildId, String name, int position) {
        return object().put("id", id)
                .put("type", 0)
                .put("guild_id", guildId)
                .put("name", name)
                .put("position", position)
                .putNull("parent_id")
                .put("nsfw", false)
                .putNull("topic")
                .put("rate_limit_per_user", 0)
                .putNull("last_message_id")
                .set("permission_overwrites", array());
    }

    static ObjectNode ready(ObjectNode self, List<String> guildIds, String sessionId, String appId, String resumeUrl) {
        ObjectNode ready = object().put("v", 10).set("user", self);
        ArrayNode guilds = ready.putArray("guilds");
        guildIds.forEach(id -> guilds.addObject().put("id", id).put("unavailable", true));
        ready.put("session_id", sessionId).put("resume_gateway_url", resumeUrl);
        ready.putArray("private_channels");
        ready.putObject("application").put("id", appId).put("flags", 0);
        return ready;
    }

    /** A complete GUILD_CREATE; {@code members} must hold every member, the bot included. */
    static ObjectNode guildCreate(
            String id, String name, String ownerId, ArrayNode roles, ArrayNode channels, ArrayNode members) {
        ObjectNode guild = object().put("id", id)
                .put("name", name)
                .put("owner_id", ownerId)
                .put("unavailable", false)
                .putNull("icon")
                .put("afk_timeout", 300)
                .putNull("afk_channel_id")
                .putNull("system_channel_id")
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("preferred_locale", "en-US")
                .put("large", false)
                .put("member_count", members.size());
        guild.set("roles", roles);
        guild.set("channels", channels);
        guild.set("members", members);
        for (String empty : List.of(
                "threads",
                "guild_scheduled_events",
                "emojis",
                "voice_states",
                "stickers",
                "presences",
                "features",
                "soundboard_sounds",
                "stage_instances")) {
            guild.putArray(empty);
        }
        return guild;
    }

    /** The fields every INTERACTION_CREATE carries; the caller adds {@code data} and, for components, {@code message}. */
    static ObjectNode interaction(
            String id, String token, int type, String appId, ObjectNode channel, ObjectNode member, long permissions) {
        String guildId = channel.path("guild_id").asText();
        ObjectNode interaction = object().put("id", id)
                .put("token", token)
                .put("type", type)
                .put("application_id", appId)
                .put("version", 1)
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("guild_id", guildId)
                .put("channel_id", channel.path("id").asText())
                .put("context", 0)
                .put("app_permissions", Long.toString(Permissions.BOT))
                .put("attachment_size_limit", 8 * 1024 * 1024);
        interaction.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
        interaction.set("channel", channel.deepCopy());
        interaction.set("member", member.deepCopy().put("permissions", Long.toString(permissions)));
        interaction.putObject("authorizing_integration_owners").put("0", guildId);
        interaction.putArray("entitlements");
        return interaction;
    }

    /** A public thread started from a message, as {@code POST channels/{c}/messages/{m}/threads} returns it. */
    static ObjectNode thread(
            String id, String guildId, String parentId, String name, String ownerId, int archiveMinutes, Instant now) {
        ObjectNode thread = object().put("id", id)
                .put("type", 11)
                .put("guild_id", guildId)
                .put("parent_id", parentId)
                .put("name", name)
                .put("owner_id", ownerId)
                .put("member_count", 1)
                .put("message_count", 0)
                .put("total_message_sent", 0)
                .put("rate_limit_per_user", 0)
                .put("flags", 0)
                .putNull("last_message_id");
        thread.putArray("applied_tags");
        thread.putObject("thread_metadata")
                .put("archived", false)
                .put("locked", false)
                .put("auto_archive_duration", archiveMinutes)
                .put("archive_timestamp", now.toString())
                .put("create_timestamp", now.toString());
        return thread;
    }
}
