package org.ecosystemmap.benchmarks.load;

import org.HdrHistogram.Histogram;

/**
 * What a load run measured.
 *
 * @param requests answered requests in the measured window
 * @param errors requests that failed (an exception, a non-200, or GraphQL errors)
 * @param seconds the length of the measured window
 * @param firstError the first error's message, to say what went wrong
 */
public record Latency(long requests, long errors, double seconds, double p50Ms, double p99Ms, double maxMs, String firstError) {

    static Latency of(Histogram histogram, long errors, double seconds, String firstError) {
        return new Latency(histogram.getTotalCount(), errors, seconds, millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(99)), millis(histogram.getMaxValue()), firstError);
    }

    public double rps() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
