package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request JDA made to the fake REST server.
 *
 * @param method HTTP method, e.g. {@code POST}
 * @param path route path relative to {@code /api/v10/}, e.g. {@code interactions/123/abc/callback}
 * @param query the raw query string, empty when there is none (e.g. {@code wait=true})
 * @param headers request headers, names in lower case, first value of each
 * @param json the JSON body (for multipart bodies the {@code payload_json} part); a missing node when
 *     there is no body
 * @param attachments the file parts of a multipart body, in order
 */
public record RecordedCall(
        String method,
        String path,
        String query,
        Map<String, String> headers,
        JsonNode json,
        List<Attachment> attachments) {

    public RecordedCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(json, "json");
        headers = Map.copyOf(headers);
        attachments = List.copyOf(attachments);
    }

    /** True when this call is {@code method} on a path matching {@code pathRegex}. */
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    /**
     * True when this call cannot ping anybody: its message (the {@code data} of an interaction callback,
     * otherwise the body) has no content and no embeds, or its {@code allowed_mentions} has an empty
     * {@code parse} list and no explicit {@code users} or {@code roles}. JDA sends
     * {@code allowed_mentions} with every message body; unless the bot restricts it, {@code parse} lists
     * users, roles and everyone.
     */
    public boolean allowsNoMentions() {
        JsonNode message = path.endsWith("/callback") ? json.path("data") : json;
        boolean nothingToPing = message.path("content").asText("").isEmpty()
                && message.path("embeds").isEmpty();
        if (nothingToPing) {
            return true;
        }
        JsonNode allowed = message.path("allowed_mentions");
        return allowed.isObject()
                && allowed.path("parse").isArray()
                && allowed.path("parse").isEmpty()
                && allowed.path("users").isEmpty()
                && allowed.path("roles").isEmpty();
    }

    @Override
    public String toString() {
        String files = attachments.isEmpty() ? "" : " files=" + attachments;
        String body = json.isMissingNode() ? "" : " " + json;
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + body + files;
    }

    /**
     * A file part of a multipart request.
     *
     * @param field the form field name JDA used, e.g. {@code files[0]}
     * @param filename the file name the bot gave the upload
     * @param contentType the part's content type
     * @param data the bytes uploaded
     */
    public record Attachment(String field, String filename, String contentType, byte[] data) {
        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        public Attachment {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        public int size() {
            return data.length;
        }

        /** True when the bytes start with the PNG signature. */
        public boolean isPng() {
            return data.length >= PNG_SIGNATURE.length
                    && Arrays.equals(Arrays.copyOf(data, PNG_SIGNATURE.length), PNG_SIGNATURE);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment a
                    && field.equals(a.field)
                    && filename.equals(a.filename)
                    && contentType.equals(a.contentType)
                    && Arrays.equals(data, a.data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, filename, contentType, Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return filename + " (" + contentType + ", " + data.length + " bytes)";
        }
    }
}
