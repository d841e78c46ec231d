package com.studybot.adapter.discord.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.upload.Download;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A note is fetched only from where Discord serves attachments, so no interaction can point the bot elsewhere. */
final class AttachmentDownloadTest {
    private static Download.Fetched fetch(String url, Set<String> hosts) {
        return new AttachmentDownload(AttachmentDownload.client(), URI.create(url), hosts).fetch(1000);
    }

    @Test
    void onDiscordOnlyItsCdnOverHttpsIsFetched() {
        var discord = AttachmentDownload.hosts("");
        assertThat(discord).isEqualTo(AttachmentDownload.DISCORD_CDN);
        assertThat(fetch("https://intranet.example/secrets.md", discord))
                .isEqualTo(new Download.Fetched.Failed("the file is not on Discord's file server"));
        assertThat(fetch("http://cdn.discordapp.com/attachments/1/2/a.md", discord))
                .isInstanceOf(Download.Fetched.Failed.class);
        assertThat(fetch("http://127.0.0.1:1/attachments/1/2/a.md", discord))
                .isEqualTo(new Download.Fetched.Failed("the file is not on Discord's file server"));
    }

    @Test
    void withAnotherDiscordConfiguredOnlyItsHostIsFetched() {
        var fake = AttachmentDownload.hosts("http://127.0.0.1:8123/api/v10");
        assertThat(fake).containsExactly("127.0.0.1");
        assertThat(fetch("https://cdn.discordapp.com/attachments/1/2/a.md", fake))
                .isEqualTo(new Download.Fetched.Failed("the file is not on Discord's file server"));
    }
}
