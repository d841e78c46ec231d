package com.studybot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The closed loop reads a process's CPU time and memory from /proc: they are read, and CPU time only grows. */
final class ProcessCpuTest {
    @Test
    void readsThisProcesssCpuTimeAndMemory() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux only");
        long pid = ProcessHandle.current().pid();
        long before = ProcessCpu.nanos(pid);
        assertThat(before).isPositive();
        long sink = 0;
        while (ProcessCpu.nanos(pid) == before) { // spins until the kernel counts the next tick
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }
        assertThat(ProcessCpu.nanos(pid)).isGreaterThan(before).as("%d", sink).isPositive();
        assertThat(ProcessCpu.rssMiB(pid)).isPositive();
    }

    @Test
    void anUnknownProcessReadsAsZero() {
        assertThat(ProcessCpu.nanos(Long.MAX_VALUE)).isZero();
        assertThat(ProcessCpu.rssMiB(Long.MAX_VALUE)).isEqualTo(-1);
    }
}
