package com.studybot.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the JIT of a console chat or {@code ask} process at its quick tier (C1), as {@code ./studybot} does with
 * {@code -XX:TieredStopAtLevel=1}, so that {@code java -jar} gets the same without a flag. A fresh process that
 * answers a few hundred questions spends more CPU in the optimising compiler (C2) than in answering them, and
 * C2's faster code never pays that back in a session this long (issue 16's profile). Done with HotSpot's
 * compiler control: a directive that excludes C2 for every method, added at run time through the
 * DiagnosticCommand MBean, on a daemon thread while the index opens. Skipped when the JVM was started with
 * either flag of its own (the launcher or the user chose) or with {@code -Dstudybot.jit=full}; a JVM without
 * the MBean runs as it is.
 */
final class QuickCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(QuickCompiler.class);
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";

    enum Outcome {
        ADDED,
        CHOSEN_BY_FLAGS,
        UNAVAILABLE
    }

    private QuickCompiler() {}

    /** Adds the directive on a daemon thread unless this JVM's flags or {@code studybot.jit} say otherwise. */
    static void startInBackground() {
        Thread t = new Thread(
                () -> {
                    List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
                    if (!chosenByFlags(flags, System.getProperty("studybot.jit"))) {
                        add();
                    }
                },
                "quick-compiler");
        t.setDaemon(true);
        t.start();
    }

    /** Whether the compiler was chosen at start: a tier limit or directives file among the flags, or a property. */
    static boolean chosenByFlags(List<String> jvmArguments, String property) {
        return "full".equals(property)
                || jvmArguments.stream()
                        .anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")
                                || a.startsWith("-XX:CompilerDirectivesFile")
                                || a.equals("-XX:-TieredCompilation"));
    }

    /** Adds the directive to this JVM now. */
    static Outcome add() {
        try {
            Path file = Files.createTempFile("studybot-compiler", ".json");
            try {
                Files.writeString(file, DIRECTIVE);
                Object reply = diagnosticCommand("compilerDirectivesAdd", file.toString());
                LOG.debug("Compiler directive: {}", reply);
                return String.valueOf(reply).startsWith("1 ") ? Outcome.ADDED : Outcome.UNAVAILABLE;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | JMException | RuntimeException | LinkageError e) {
            LOG.debug("Compiler directive not added: {}", e.toString());
            return Outcome.UNAVAILABLE;
        }
    }

    /** Removes the directive added last (for tests, which share their JVM). */
    static void removeLast() throws JMException {
        diagnosticCommand("compilerDirectivesRemove");
    }

    private static Object diagnosticCommand(String operation, String... arguments) throws JMException {
        return ManagementFactory.getPlatformMBeanServer()
                .invoke(new ObjectName(MBEAN), operation, new Object[] {arguments}, new String[] {
                    String[].class.getName()
                });
    }
}
