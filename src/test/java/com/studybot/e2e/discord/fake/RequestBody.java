package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.studybot.e2e.discord.fake.RecordedCall.Attachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A request body read as JDA sends it: JSON, or {@code multipart/form-data} with a {@code payload_json} part. */
record RequestBody(JsonNode json, List<Attachment> attachments) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    RequestBody {
        attachments = List.copyOf(attachments);
    }

    static RequestBody parse(String contentType, byte[] body) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return new RequestBody(MissingNode.getInstance(), List.of());
        }
        if (type.startsWith("multipart/form-data")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            if (!boundary.find()) {
                throw new IllegalArgumentException("multipart body without a boundary: " + contentType);
            }
            return multipart(body, boundary.group(1));
        }
        return new RequestBody(json(body), List.of());
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("body is not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    private static RequestBody multipart(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        JsonNode json = MissingNode.getInstance();
        List<Attachment> files = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int partStart = start + delimiter.length;
            if (partStart + 2 <= body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break;
            }
            partStart += CRLF.length;
            int end = indexOf(body, delimiter, partStart);
            if (end < 0) {
                throw new IllegalArgumentException("multipart body without a closing boundary");
            }
            int headersEnd = indexOf(body, HEADER_END, partStart);
            if (headersEnd < 0 || headersEnd > end) {
                throw new IllegalArgumentException("multipart part without headers");
            }
            String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + HEADER_END.length, end - CRLF.length);
            String name = find(NAME, headers).orElse("");
            if (name.equals("payload_json")) {
                json = json(content);
            } else {
                String filename = find(FILENAME, headers).orElse(name);
                files.add(new Attachment(name, filename, contentType(headers), content));
            }
            start = end;
        }
        return new RequestBody(json, files);
    }

    private static String contentType(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                return line.substring("content-type:".length()).trim();
            }
        }
        return "application/octet-stream";
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
