package org.ecosystemmap.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
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
 * (microseconds, 3 significant digits), one per client, merged at the end; when the run is told what kind each
 * request is (the scenarios of a mix), also one per kind, so that a tail can be traced to the questions that make
 * it. Bounded in time: it always stops.
 */
public final class LoadDriver {

    private static final long MAX_MICROS = Duration.ofMinutes(5).toNanos() / 1000;

    private LoadDriver() {
    }

    /**
     * @param requests the i-th request; the clients share one counter, so together they walk the sequence
     */
    public static Latency run(QueryClient client, LongFunction<Request> requests, int clients, Duration warmUp, Duration measured) {
        return run(client, requests, null, clients, warmUp, measured);
    }

    /** @param labels the kind of the i-th request, for figures per kind */
    public static Latency run(QueryClient client, LongFunction<Request> requests, LongFunction<String> labels, int clients, Duration warmUp,
            Duration measured) {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        var window = run(client, requests, labels, clients, measureFrom, () -> System.nanoTime() < end, end);
        return window.latency(measured.toNanos() / 1e9);
    }

    /**
     * The load, measured from the start for as long as {@code going} holds (such as while an upload runs),
     * checked before each request; at most five minutes.
     */
    public static Latency runWhile(QueryClient client, LongFunction<Request> requests, LongFunction<String> labels, int clients,
            BooleanSupplier going) {
        long start = System.nanoTime();
        long limit = start + Duration.ofMinutes(5).toNanos();
        var window = run(client, requests, labels, clients, start, () -> going.getAsBoolean() && System.nanoTime() < limit, Long.MAX_VALUE);
        return window.latency((System.nanoTime() - start) / 1e9);
    }

    /** What one client, or all of them together, measured: latencies of the answers within the window, errors, the first error's text. */
    private record Measured(Histogram histogram, AtomicLong errors, AtomicReference<String> firstError) {

        Measured() {
            this(new Histogram(MAX_MICROS, 3), new AtomicLong(), new AtomicReference<>());
        }

        void add(Measured other) {
            histogram.add(other.histogram());
            errors.addAndGet(other.errors().get());
            firstError.compareAndSet(null, other.firstError().get());
        }

        Latency latency(double seconds, Map<String, Latency> byLabel) {
            return Latency.of(histogram, errors.get(), seconds, firstError.get(), byLabel);
        }
    }

    /** All clients' figures, and per kind of request. */
    private record Window(Measured all, Map<String, Measured> byLabel) {

        Latency latency(double seconds) {
            var parts = new TreeMap<String, Latency>();
            byLabel.forEach((label, measured) -> parts.put(label, measured.latency(seconds, Map.of())));
            return all.latency(seconds, parts);
        }
    }

    private static Window run(QueryClient client, LongFunction<Request> requests, LongFunction<String> labels, int clients, long measureFrom,
            BooleanSupplier going, long end) {
        var next = new AtomicLong();
        var perClient = new ArrayList<Map<String, Measured>>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                var mine = new HashMap<String, Measured>();
                perClient.add(mine);
                threads.submit(() -> {
                    long now;
                    while (going.getAsBoolean()) {
                        now = System.nanoTime();
                        long i = next.getAndIncrement();
                        var request = requests.apply(i);
                        var measured = mine.computeIfAbsent(labels == null ? "" : labels.apply(i), label -> new Measured());
                        try {
                            client.execute(request);
                            long took = System.nanoTime();
                            if (now >= measureFrom && took <= end) {
                                measured.histogram().recordValue(Math.min(MAX_MICROS, (took - now) / 1000));
                            }
                        } catch (Exception e) {
                            if (now >= measureFrom) {
                                measured.errors().incrementAndGet();
                                measured.firstError().compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                        }
                    }
                });
            }
        }
        var all = new Measured();
        var byLabel = new TreeMap<String, Measured>();
        for (var mine : perClient) {
            mine.forEach((label, measured) -> {
                all.add(measured);
                if (labels != null) {
                    byLabel.computeIfAbsent(label, l -> new Measured()).add(measured);
                }
            });
        }
        return new Window(all, byLabel);
    }
}
