package org.ecosystemmap.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.ecosystemmap.benchmarks.scenario.Request;

/**
 * A closed-loop load: a number of clients, each on a virtual thread, each sending its next request as soon as
 * the previous one is answered, for a warm-up and then a measured window. Latencies go into HdrHistograms
 * (microseconds, 3 significant digits), one per client, merged at the end. Bounded in time: it always stops.
 */
public final class LoadDriver {

    private static final long MAX_MICROS = Duration.ofMinutes(5).toNanos() / 1000;

    private LoadDriver() {
    }

    /**
     * @param requests the i-th request; the clients share one counter, so together they walk the sequence
     */
    public static Latency run(QueryClient client, LongFunction<Request> requests, int clients, Duration warmUp, Duration measured) {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        var window = run(client, requests, clients, measureFrom, () -> System.nanoTime() < end, end);
        return Latency.of(window.histogram(), window.errors(), measured.toNanos() / 1e9, window.firstError());
    }

    /**
     * The load, measured from the start for as long as {@code going} holds (such as while an upload runs),
     * checked before each request; at most five minutes.
     */
    public static Latency runWhile(QueryClient client, LongFunction<Request> requests, int clients, BooleanSupplier going) {
        long start = System.nanoTime();
        long limit = start + Duration.ofMinutes(5).toNanos();
        var window = run(client, requests, clients, start, () -> going.getAsBoolean() && System.nanoTime() < limit, Long.MAX_VALUE);
        return Latency.of(window.histogram(), window.errors(), (System.nanoTime() - start) / 1e9, window.firstError());
    }

    /** What the clients measured: latencies of the answers within the window, errors, the first error's text. */
    private record Measured(Histogram histogram, long errors, String firstError) {
    }

    private static Measured run(QueryClient client, LongFunction<Request> requests, int clients, long measureFrom, BooleanSupplier going,
            long end) {
        var next = new AtomicLong();
        var errors = new AtomicLong();
        var firstError = new AtomicReference<String>();
        var histograms = new ArrayList<Histogram>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                var histogram = new Histogram(MAX_MICROS, 3);
                histograms.add(histogram);
                threads.submit(() -> {
                    long now;
                    while (going.getAsBoolean()) {
                        now = System.nanoTime();
                        var request = requests.apply(next.getAndIncrement());
                        try {
                            client.execute(request);
                            long took = System.nanoTime();
                            if (now >= measureFrom && took <= end) {
                                histogram.recordValue(Math.min(MAX_MICROS, (took - now) / 1000));
                            }
                        } catch (Exception e) {
                            if (now >= measureFrom) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                        }
                    }
                });
            }
        }
        var merged = new Histogram(MAX_MICROS, 3);
        histograms.forEach(merged::add);
        return new Measured(merged, errors.get(), firstError.get());
    }
}
