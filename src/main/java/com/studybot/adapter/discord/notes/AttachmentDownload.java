package com.studybot.adapter.discord.notes;

import com.studybot.core.upload.Download;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Downloads an attachment from Discord's CDN with the JDK's HTTP client, reading at most the cap it is given: a
 * status other than 200, a broken connection or a timeout is a failure, said in a few words.
 */
final class AttachmentDownload implements Download {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Where Discord serves attachments from. */
    static final Set<String> DISCORD_CDN = Set.of("cdn.discordapp.com", "media.discordapp.net");

    private final HttpClient http;
    private final URI url;
    private final Set<String> hosts;

    /** A download of {@code url}, refused unless it is https on one of {@code hosts} (or the fake's own host). */
    AttachmentDownload(HttpClient http, URI url, Set<String> hosts) {
        this.http = http;
        this.url = url;
        this.hosts = hosts;
    }

    /** The hosts attachments may come from: Discord's CDN, or the host of {@code discord.restUrl} when one is set. */
    static Set<String> hosts(String restUrl) {
        return restUrl.isEmpty() ? DISCORD_CDN : Set.of(URI.create(restUrl).getHost());
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Fetched fetch(long maxBytes) {
        boolean cdn = DISCORD_CDN.contains(url.getHost()) && "https".equals(url.getScheme());
        if (url.getHost() == null || !hosts.contains(url.getHost()) || (hosts == DISCORD_CDN && !cdn)) {
            return new Fetched.Failed("the file is not on Discord's file server");
        }
        var request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    return new Fetched.Failed("Discord answered HTTP " + response.statusCode());
                }
                return new Fetched.Bytes(in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8)));
            }
        } catch (IOException e) {
            return new Fetched.Failed("the connection broke off");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched.Failed("the bot is shutting down");
        }
    }
}
