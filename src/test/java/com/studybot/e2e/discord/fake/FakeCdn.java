package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Discord's CDN for attachments, on the fake REST server's port: {@code GET /attachments/{channel}/{id}/{filename}}
 * serves the bytes of an attachment a test made, in the way the test chose ({@link Served}); an unknown id gets 404,
 * as from Discord. Counts the downloads of each attachment.
 */
final class FakeCdn {
    static final String PREFIX = "/attachments/";
    /** The largest attachment an interaction may carry (the {@code attachment_size_limit} the fake sends). */
    static final long SIZE_LIMIT = 8L * 1024 * 1024;

    private record File(FakeDiscord.Attachment attachment, byte[] bytes, Served served) {}

    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();

    /** How the CDN serves an attachment. */
    enum Served {
        /** All of it, 200. */
        WHOLE,
        /** 404 Not Found (an expired or deleted attachment). */
        NOT_FOUND,
        /** 500 Internal Server Error. */
        SERVER_ERROR,
        /** 200 with half the bytes and a matching length: fewer bytes than the attachment's declared size. */
        SHORT,
        /** 200 announcing every byte, then the connection closes after half of them. */
        CUT
    }

    FakeDiscord.Attachment add(
            String baseUrl, String id, String channelId, String filename, byte[] bytes, Served served) {
        if (bytes.length > SIZE_LIMIT) {
            throw new IllegalArgumentException("Discord refuses attachments over " + SIZE_LIMIT + " bytes here");
        }
        String url = baseUrl + channelId + "/" + id + "/"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        var attachment = new FakeDiscord.Attachment(id, filename, bytes.length, url, contentType(filename));
        files.put(id, new File(attachment, bytes.clone(), served));
        return attachment;
    }

    int downloads(String id) {
        return downloads.getOrDefault(id, new AtomicInteger()).get();
    }

    /** The {@code data.resolved.attachments} entry of an attachment. */
    static ObjectNode resolved(FakeDiscord.Attachment a) {
        return Payloads.object()
                .put("id", a.id())
                .put("filename", a.filename())
                .put("size", a.size())
                .put("url", a.url())
                .put("proxy_url", a.url().replace("/attachments/", "/attachments/proxy/"))
                .put("content_type", a.contentType())
                .put("ephemeral", true);
    }

    void handle(HttpExchange exchange) throws IOException {
        // /attachments/{channel}/{id}/{filename} or /attachments/proxy/{channel}/{id}/{filename}
        List<String> parts = Arrays.asList(
                exchange.getRequestURI().getRawPath().substring(PREFIX.length()).split("/"));
        int at = !parts.isEmpty() && parts.get(0).equals("proxy") ? 1 : 0;
        File file = parts.size() == at + 3 ? files.get(parts.get(at + 1)) : null;
        if (file != null && exchange.getRequestMethod().equals("GET")) {
            downloads
                    .computeIfAbsent(file.attachment().id(), k -> new AtomicInteger())
                    .incrementAndGet();
        }
        if (file != null && file.served() == Served.CUT) {
            cut(exchange, file.bytes());
            return;
        }
        try (exchange) {
            if (file == null || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = file.bytes();
            switch (file.served()) {
                case NOT_FOUND -> exchange.sendResponseHeaders(404, -1);
                case SERVER_ERROR -> exchange.sendResponseHeaders(500, -1);
                case SHORT -> write(exchange, Arrays.copyOf(bytes, bytes.length / 2), bytes.length / 2);
                default -> write(exchange, bytes, bytes.length);
            }
        }
    }

    /**
     * Announces every byte, sends half, then fails the exchange: the server drops the connection mid-body (closing
     * the exchange instead would leave the client waiting for the rest).
     */
    private static void cut(HttpExchange exchange, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().put("Content-Type", List.of("application/octet-stream"));
        exchange.sendResponseHeaders(200, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        throw new IOException(
                "fake CDN: connection dropped after " + bytes.length / 2 + " of " + bytes.length + " bytes");
    }

    private static void write(HttpExchange exchange, byte[] bytes, long announced) throws IOException {
        exchange.getResponseHeaders().put("Content-Type", List.of("application/octet-stream"));
        exchange.sendResponseHeaders(200, announced);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String contentType(String filename) {
        String lower = filename.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return "text/markdown; charset=utf-8";
        }
        return lower.endsWith(".txt") ? "text/plain; charset=utf-8" : "application/octet-stream";
    }
}
