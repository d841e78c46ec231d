package com.studybot.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs studybot's main class in a child JVM with the test class path: real stdin, stdout and exit code. */
final class ChildProcess {
    record Result(int exitCode, String stdout, String stderr) {
        List<String> stdoutLines() {
            return stdout.lines().toList();
        }
    }

    private ChildProcess() {}

    static Result run(Path workDir, String stdin, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dfile.encoding=ANSI_X3.4-1968");
        command.add("com.studybot.App");
        command.addAll(List.of(args));
        var pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("DISCORD_TOKEN");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("studybot did not finish within 120 s");
        }
        return new Result(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
