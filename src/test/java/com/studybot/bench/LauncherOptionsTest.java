package com.studybot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./studybot} launcher starts the console chat and {@code ask} with {@link ClosedLoop#LAUNCHER_OPTIONS}
 * (what the bench measures as "./studybot"), and everything else with the JVM's defaults. Run on a copy of the
 * script beside a built jar, with a {@code java} on the path that prints what it was started with.
 */
final class LauncherOptionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Path script = Path.of("studybot");
        assumeTrue(Files.isRegularFile(script) && Files.isExecutable(Path.of("/bin/bash")), "bash and ./studybot");
        Files.copy(script, dir.resolve("studybot"));
        Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path jar = Files.writeString(dir.resolve("target/studybot.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(3600))); // built: nothing to build
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/bash\necho \"$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theChatAndAskRunWithTheFirstTierOnly() throws Exception {
        String options = String.join(" ", ClosedLoop.LAUNCHER_OPTIONS);
        assertThat(run(Map.of())).isEqualTo(options + " -jar target/studybot.jar");
        assertThat(run(Map.of(), "--content", "notes")).startsWith(options + " -jar");
        assertThat(run(Map.of(), "ask", "--json")).isEqualTo(options + " -jar target/studybot.jar ask --json");
        assertThat(run(Map.of("DISCORD_TOKEN", "t"), "chat")).startsWith(options + " -jar");
    }

    @Test
    void theBotTheBenchAndTheRestKeepTheDefaults() throws Exception {
        assertThat(run(Map.of("DISCORD_TOKEN", "t"))).isEqualTo("-jar target/studybot.jar");
        for (String job : List.of("bot", "bench", "index", "eval", "audit")) {
            assertThat(run(Map.of(), job)).as(job).isEqualTo("-jar target/studybot.jar " + job);
        }
    }

    @Test
    void studybotJavaOptsChoosesInstead() throws Exception {
        assertThat(run(Map.of("STUDYBOT_JAVA_OPTS", "-Xmx300m"), "ask"))
                .isEqualTo("-Xmx300m -jar target/studybot.jar ask");
        assertThat(run(Map.of("STUDYBOT_JAVA_OPTS", ""), "ask")).isEqualTo("-jar target/studybot.jar ask");
    }

    private String run(Map<String, String> env, String... args) throws Exception {
        var command =
                new ArrayList<>(List.of("/bin/bash", dir.resolve("studybot").toString()));
        command.addAll(List.of(args));
        var pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISCORD_TOKEN");
        pb.environment().remove("STUDYBOT_JAVA_OPTS");
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
