package org.ecosystemmap.benchmarks.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The processor time of this process's finished children: Linux adds a child's user and system time to its
 * parent's once the parent has waited for it, which is how a launched import's own time is known after it exits.
 */
final class ChildProcesses {

    /** Linux's clock ticks per second, as /proc reports times in them (USER_HZ, 100 on every common platform). */
    private static final double TICKS_PER_SECOND = 100.0;

    private ChildProcesses() {
    }

    /** Seconds of processor time of every child waited for so far; 0 where /proc is not there. */
    static double cpuSeconds() {
        try {
            var stat = Files.readString(Path.of("/proc/self/stat"));
            // The fields after the command name, which is in parentheses and may hold spaces: state is field 3, cutime 16, cstime 17.
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
