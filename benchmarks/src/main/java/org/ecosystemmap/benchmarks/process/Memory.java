package org.ecosystemmap.benchmarks.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A process's memory: its Java heap in use right after a full collection (what it really holds, asked with
 * {@code jcmd}) and its resident set as the kernel counts it ({@code /proc/PID/status}).
 *
 * @param heapMiB heap in use after a full GC, MiB; -1 when jcmd could not tell
 * @param rssMiB resident memory, MiB
 * @param committedHeapMiB heap the JVM holds from the system, used or not: resident memory grows with it
 */
public record Memory(double heapMiB, double rssMiB, double committedHeapMiB) {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K");
    private static final Pattern HEAP_COMMITTED = Pattern.compile("heap\\s+total[^\\n]*?committed (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    /** Collects the garbage of the Java process {@code pid}, then measures it. */
    public static Memory ofJavaProcess(long pid) {
        jcmd(pid, "GC.run");
        var info = jcmd(pid, "GC.heap_info");
        return new Memory(kibToMiB(HEAP_USED, info), rssMiB(pid), kibToMiB(HEAP_COMMITTED, info));
    }

    /** The resident memory of any process, MiB. */
    public static double rssMiB(long pid) {
        try {
            var matcher = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
            return matcher.find() ? round(Long.parseLong(matcher.group(1)) / 1024.0) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static double kibToMiB(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? round(Long.parseLong(matcher.group(1)) / 1024.0) : -1;
    }

    private static String jcmd(long pid, String command) {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        return ProcessOutput.of(Duration.ofSeconds(60), jcmd, Long.toString(pid), command).orElse("");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
