package org.ecosystemmap.benchmarks.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.ecosystemmap.benchmarks.load.LoadDriver;
import org.ecosystemmap.benchmarks.load.QueryClient;
import org.ecosystemmap.benchmarks.report.Machine;
import org.ecosystemmap.benchmarks.report.QueryRun;
import org.ecosystemmap.benchmarks.scenario.Request;
import org.ecosystemmap.benchmarks.scenario.Scenario;
import org.ecosystemmap.benchmarks.scenario.SystemUnderTest;
import org.ecosystemmap.benchmarks.scenario.Workload;

/**
 * Runs every scenario, and the mix, at every number of clients on every system. The systems take turns for
 * each scenario and client count, so that the three figures of a table row are measured close together.
 */
final class QueryBenchmark {

    private final Map<SystemUnderTest, QueryClient> clients;
    private final Workload workload;
    private final Duration warmUp;
    private final Duration measured;
    private final Consumer<String> log;

    /** How long the first question of a scenario may keep running into the time limit before the run stops. */
    static final Duration FIRST_ANSWER_PATIENCE = Duration.ofMinutes(3);

    QueryBenchmark(Map<SystemUnderTest, QueryClient> clients, Workload workload, Duration warmUp, Duration measured, Consumer<String> log) {
        this.clients = new LinkedHashMap<>(clients);
        this.workload = workload;
        this.warmUp = warmUp;
        this.measured = measured;
        this.log = log;
    }

    /**
     * Asks every system every scenario's first question once: an answer that is an error stops the run. Also
     * compiles the raw-Cypher statements of every question ahead, so that no window times compiling. A question
     * that ran into the time limit is asked again for up to {@link #FIRST_ANSWER_PATIENCE}: our analytics answer
     * from a projection of the whole graph, which the first question after an import waits for (at 1M
     * relationships longer than the time limit); the wait is logged, and no window measures it.
     */
    void check() throws Exception {
        for (var scenario : Scenario.values()) {
            scenario.prepare(workload);
        }
        for (var entry : clients.entrySet()) {
            for (var scenario : Scenario.values()) {
                long started = System.nanoTime();
                while (true) {
                    try {
                        entry.getValue().execute(scenario.request(entry.getKey(), workload, 0));
                        break;
                    } catch (Exception e) {
                        boolean patient = e.getMessage() != null && e.getMessage().contains("ran longer than the time limit")
                                && System.nanoTime() - started < FIRST_ANSWER_PATIENCE.toNanos();
                        if (!patient) {
                            throw new IllegalStateException(entry.getKey().label() + " cannot answer " + scenario.label() + ": " + e.getMessage(), e);
                        }
                    }
                }
                long waited = Duration.ofNanos(System.nanoTime() - started).toSeconds();
                if (waited >= 1) {
                    log.accept("%s answered its first %s question after %d s".formatted(entry.getKey().label(), scenario.label(), waited));
                }
            }
        }
    }

    /**
     * The first window of each scenario on each system warms up three times as long as the others: its code paths
     * (our server's, the peer's, the driver's) have not run yet, and at 100k partners the first look-ups at one
     * client ran at half the speed of the ones 15 s later, for raw Cypher and our GraphQL alike (2.4 / 2.3 ms, then
     * 1.35 / 1.27 ms, then 1.20 / 1.09 ms in three windows back to back, 05:55).
     *
     * @param scenarios the scenarios' names, {@link Scenario#MIX} among them or not
     */
    List<QueryRun> run(List<String> scenarios, List<Integer> clientCounts, String size) {
        var runs = new ArrayList<QueryRun>();
        for (var scenario : scenarios) {
            boolean first = true;
            for (int count : clientCounts) {
                var windowWarmUp = first ? warmUp.multipliedBy(3) : warmUp;
                first = false;
                for (var entry : clients.entrySet()) {
                    var system = entry.getKey();
                    LongFunction<Request> requests = scenario.equals(Scenario.MIX)
                            ? i -> Scenario.mixed(system, workload, i)
                            : single(byLabel(scenario), system);
                    double load1 = Machine.loadAverage()[0];
                    var latency = LoadDriver.run(entry.getValue(), requests, count, windowWarmUp, measured);
                    var run = QueryRun.of(system.label(), scenario, count, latency, size, load1);
                    log.accept("%-16s %-15s %2d clients: p50 %7.2f ms  p99 %8.2f ms  %8.1f/s%s".formatted(system.label(), scenario, count,
                            run.p50Ms(), run.p99Ms(), run.rps(), latency.errors() > 0 ? "  " + latency.errors() + " errors, first: " + latency.firstError() : ""));
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    private LongFunction<Request> single(Scenario scenario, SystemUnderTest system) {
        return i -> scenario.request(system, workload, i);
    }

    private static Scenario byLabel(String label) {
        for (var scenario : Scenario.values()) {
            if (scenario.label().equals(label)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException(label);
    }
}
