package org.ecosystemmap.benchmarks.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ecosystemmap.benchmarks.process.ProcessOutput;

/**
 * The machine a run measured on, from /proc: the figures mean little without it.
 *
 * @param cpu the processor's model name
 * @param cores logical processors
 * @param memoryGiB total memory
 */
public record Machine(String cpu, int cores, @JsonProperty("memory_gib") double memoryGiB, String os, String java, String node) {

    public static Machine describe() {
        var cpuinfo = read("/proc/cpuinfo");
        var cpu = cpuinfo.lines().filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst()
                .orElse("unknown");
        var memory = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal:")).map(l -> l.replaceAll("\\D", "")).findFirst()
                .map(kb -> Math.round(Long.parseLong(kb) / 1024.0 / 1024.0 * 10) / 10.0).orElse(0.0);
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), nodeVersion());
    }

    /** The 1-, 5- and 15-minute load averages now, as /proc/loadavg gives them. */
    public static double[] loadAverage() {
        var fields = read("/proc/loadavg").trim().split("\\s+");
        if (fields.length < 3) {
            return new double[] {-1, -1, -1};
        }
        return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])};
    }

    /**
     * Waits until the machine is quiet: the files written so far on disk ({@code sync}), then the processors at
     * least 90 % idle over a second, for at most a minute. Start-ups are timed after the largest imports, whose
     * deleted stores' writes would otherwise still be flushing (the load average read 5-7 during the starts).
     *
     * @return the seconds waited
     */
    public static double settle() {
        long started = System.nanoTime();
        ProcessOutput.of(Duration.ofMinutes(2), "sync");
        var deadline = started + Duration.ofMinutes(1).toNanos();
        boolean quiet = false;
        while (!quiet && System.nanoTime() < deadline) {
            quiet = idleShareOverOneSecond() >= 0.9;
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The share of processor time spent idle (not waiting for the disk either) over the next second, from /proc/stat. */
    private static double idleShareOverOneSecond() {
        long[] before = cpuTimes();
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        long[] after = cpuTimes();
        long total = after[0] - before[0];
        return total <= 0 ? 1 : (after[1] - before[1]) / (double) total;
    }

    /** Total and idle jiffies of all processors: the first line of /proc/stat (user nice system idle iowait ...). */
    private static long[] cpuTimes() {
        var fields = read("/proc/stat").lines().findFirst().orElse("cpu 0 0 0 0").trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {total, fields.length > 4 ? Long.parseLong(fields[4]) : total};
    }

    private static String nodeVersion() {
        return ProcessOutput.of(Duration.ofSeconds(10), "node", "--version").map(String::trim).orElse("not installed");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
