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
