package org.ecosystemmap.benchmarks.load;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a load run measured.
 *
 * @param requests answered requests in the measured window
 * @param errors requests that failed (an exception, a non-200, or GraphQL errors)
 * @param seconds the length of the measured window
 * @param firstError the first error's message, to say what went wrong
 * @param byLabel the same figures per kind of request, when the run was told the kinds (a mix); empty otherwise
 */
public record Latency(long requests, long errors, double seconds, double p50Ms, double p99Ms, double maxMs, String firstError,
        Map<String, Latency> byLabel) {

    static Latency of(Histogram histogram, long errors, double seconds, String firstError, Map<String, Latency> byLabel) {
        return new Latency(histogram.getTotalCount(), errors, seconds, millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(99)), millis(histogram.getMaxValue()), firstError, byLabel);
    }

    public double rps() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
