package org.ecosystemmap.benchmarks.soak;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.ecosystemmap.benchmarks.generator.GeneratedDataset;
import org.ecosystemmap.benchmarks.importing.ImportBenchmark;
import org.ecosystemmap.benchmarks.load.GraphQlClient;
import org.ecosystemmap.benchmarks.load.Latency;
import org.ecosystemmap.benchmarks.load.LoadDriver;
import org.ecosystemmap.benchmarks.process.AppProcess;
import org.ecosystemmap.benchmarks.process.Folders;
import org.ecosystemmap.benchmarks.process.Memory;
import org.ecosystemmap.benchmarks.report.Machine;
import org.ecosystemmap.benchmarks.report.ResultsFiles;
import org.ecosystemmap.benchmarks.scenario.Scenario;
import org.ecosystemmap.benchmarks.scenario.SystemUnderTest;
import org.ecosystemmap.benchmarks.scenario.Workload;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.importer.Importer;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The soak: a server holding a generated graph takes the benchmark's mix from many clients, first alone (the
 * baseline), then for the soak's length with imports running all along (each re-import changes 1 % of the
 * relationships), then with abusive clients in parallel. Bounded: every phase stops by itself.
 */
public final class SoakRun {

    /** How much heap after GC may grow over the soak before it counts as growth: noise of a live server. */
    private static final double HEAP_TOLERANCE = 0.10;
    private static final double HEAP_TOLERANCE_MIB = 32;
    private static final double RSS_TOLERANCE = 0.10;

    /** The curator's key the soak's server is started with, for the upload: uploads always need one. */
    private static final String CURATOR_KEY = "soak-curator-key";

    private final SoakSettings settings;
    private final Consumer<String> log;

    public SoakRun(SoakSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    public SoakResults execute() throws Exception {
        var loadStart = Machine.loadAverage();
        var date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        var generated = GeneratedDataset.prepare(settings.work(), settings.size(), settings.seed(), log);
        Files.createDirectories(settings.launch().logs());
        var dataDir = settings.work().resolve("data-soak");
        Folders.delete(dataDir);
        var workload = Workload.of(generated.size());
        var launch = settings.uploadSize() == null ? settings.launch() : withCuratorKey(settings.launch());
        try (var app = AppProcess.start(launch, dataDir, false, AppProcess.anyAnswer(), "totalCount", "app-soak");
                var driver = GraphDatabase.driver(app.boltUri(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
                var client = new GraphQlClient(app.graphQlUri())) {
            var importer = new Importer(new EcosystemGraph(driver, null, Duration.ofMinutes(10)));
            log.accept("importing " + generated.folder());
            ImportBenchmark.importOnce(importer, generated.folder());

            log.accept("warming up for " + settings.warmUp().toSeconds() + " s");
            mix(client, workload, settings.warmUp());
            double load1 = Machine.loadAverage()[0];
            var baseline = phase(mix(client, workload, settings.baseline()), load1, "baseline");
            var before = app.memory();
            log.accept("memory before the soak: heap %.0f MiB after GC, resident %.0f MiB".formatted(before.heapMiB(), before.rssMiB()));

            var imports = new AtomicInteger();
            var importErrors = new AtomicInteger();
            var stop = new AtomicBoolean();
            var writer = Thread.ofVirtual().start(() -> {
                boolean changed = true;
                while (!stop.get()) {
                    try {
                        ImportBenchmark.importOnce(importer, changed ? generated.changed() : generated.folder());
                        imports.incrementAndGet();
                    } catch (RuntimeException e) {
                        importErrors.incrementAndGet();
                        log.accept("import failed: " + e.getMessage());
                    }
                    changed = !changed;
                }
            });
            load1 = Machine.loadAverage()[0];
            log.accept("soak: %d clients for %d s with imports running".formatted(settings.clients(), settings.soak().toSeconds()));
            var soakLatency = mix(client, workload, settings.soak());
            stop.set(true);
            writer.join();
            var soak = phase(soakLatency, load1, "soak (%d imports)".formatted(imports.get()));
            var after = app.memory();
            log.accept("memory after the soak: heap %.0f MiB after GC, resident %.0f MiB".formatted(after.heapMiB(), after.rssMiB()));

            load1 = Machine.loadAverage()[0];
            var answers = new ConcurrentHashMap<String, Map<String, AtomicLong>>();
            var abuseStop = new AtomicBoolean();
            var abusers = new ArrayList<Thread>();
            for (int i = 0; i < settings.abusers(); i++) {
                int offset = i;
                abusers.add(Thread.ofVirtual().start(() -> abuse(client, offset, abuseStop, answers)));
            }
            log.accept("abuse: %d clients with %d abusive clients in parallel for %d s".formatted(settings.clients(), settings.abusers(),
                    settings.abuse().toSeconds()));
            var abuseLatency = mix(client, workload, settings.abuse());
            abuseStop.set(true);
            for (var abuser : abusers) {
                abuser.join(Duration.ofMinutes(2));
            }
            var abuse = phase(abuseLatency, load1, "abuse");
            var upload = settings.uploadSize() == null ? null : upload(app, client, workload);

            var results = new SoakResults(Machine.describe(), date, settings.command(), settings.size(), settings.clients(),
                    new double[][] {loadStart, Machine.loadAverage()}, baseline, soak, imports.get(), importErrors.get(),
                    figures(before), figures(after), abuse, settings.abusers(), counts(answers), upload, new ArrayList<>());
            results = withVerdicts(results);
            ResultsFiles.writeJson(results, settings.out().resolve("soak.json"));
            ResultsFiles.replaceSection(settings.out().resolve("soak.md"), new SoakTables(results).markdown());
            log.accept("Wrote " + settings.out().resolve("soak.md") + " and soak.json");
            return results;
        } finally {
            Folders.delete(dataDir);
        }
    }

    /**
     * A curator uploads a generated dataset of the upload size (its own seed, so that it holds new facts and
     * changes to the ones the server holds) through {@code POST /datasets}, while the clients send the mix; the
     * reads are measured for as long as the upload takes.
     */
    private SoakResults.Upload upload(AppProcess app, GraphQlClient client, Workload workload) throws InterruptedException {
        var generated = GeneratedDataset.prepare(settings.work(), settings.uploadSize(), settings.seed() + 1, log);
        var zip = DatasetUploadClient.zip(generated.folder());
        double zipMiB = Math.round(zip.length / 1048576.0 * 10) / 10.0;
        log.accept("upload: %s (%.1f MiB zipped) through POST /datasets while %d clients read".formatted(settings.uploadSize(), zipMiB,
                settings.clients()));
        var done = new AtomicBoolean();
        var answer = new AtomicReference<HttpResponse<String>>();
        var failure = new AtomicReference<String>();
        double load1 = Machine.loadAverage()[0];
        long start = System.nanoTime();
        var uploader = Thread.ofVirtual().start(() -> {
            try {
                answer.set(DatasetUploadClient.upload(app.graphQlUri().resolve("/datasets"), CURATOR_KEY, "soak-upload", zip));
            } catch (Exception e) {
                failure.set(e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                done.set(true);
            }
        });
        var reads = LoadDriver.runWhile(client, i -> Scenario.mixed(SystemUnderTest.GRAPHQL, workload, i), SoakRun::question, settings.clients(),
                () -> !done.get());
        uploader.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        var response = answer.get();
        var said = response == null ? failure.get() : response.body().substring(0, Math.min(200, response.body().length()));
        log.accept("upload answered %s after %.1f s: %s".formatted(response == null ? "nothing" : "HTTP " + response.statusCode(), seconds, said));
        return new SoakResults.Upload(settings.uploadSize(), generated.size().relationships(), zipMiB, response == null ? 0 : response.statusCode(),
                Math.round(seconds * 10) / 10.0, said, phase(reads, load1, "upload"));
    }

    private static AppProcess.Launch withCuratorKey(AppProcess.Launch launch) {
        var options = new ArrayList<>(launch.javaOptions());
        options.addAll(List.of("-Decosystem.security.api-keys[0].name=soak-curator", "-Decosystem.security.api-keys[0].key=" + CURATOR_KEY,
                "-Decosystem.security.api-keys[0].roles[0]=CURATOR"));
        return new AppProcess.Launch(launch.jar(), launch.launcher(), options, launch.httpPort(), launch.boltPort(), launch.logs());
    }

    private Latency mix(GraphQlClient client, Workload workload, Duration length) {
        return LoadDriver.run(client, i -> Scenario.mixed(SystemUnderTest.GRAPHQL, workload, i), SoakRun::question, settings.clients(), Duration.ZERO,
                length);
    }

    private static String question(long i) {
        return Scenario.inMix(i).label();
    }

    private SoakResults.Phase phase(Latency latency, double load1, String name) {
        log.accept("%-22s %,d requests, %d errors, p50 %.1f ms, p99 %.1f ms, %.0f/s%s".formatted(name, latency.requests(), latency.errors(),
                latency.p50Ms(), latency.p99Ms(), latency.rps(), latency.firstError() == null ? "" : "; first error: " + latency.firstError()));
        latency.byLabel().forEach((question, part) -> log.accept("  %-20s %,d requests, %d errors, p50 %.1f ms, p99 %.1f ms".formatted(question,
                part.requests(), part.errors(), part.p50Ms(), part.p99Ms())));
        var byQuestion = new TreeMap<String, SoakResults.Part>();
        latency.byLabel().forEach((question, part) -> byQuestion.put(question, new SoakResults.Part(part.requests(), part.errors(), part.p50Ms(),
                part.p99Ms())));
        return new SoakResults.Phase(latency.seconds(), latency.requests(), latency.errors(), latency.p50Ms(), latency.p99Ms(),
                Math.round(latency.rps() * 10) / 10.0, load1, byQuestion);
    }

    /** Sends the abusive requests in turn until told to stop, counting how the server answered each. */
    private static void abuse(GraphQlClient client, int offset, AtomicBoolean stop, Map<String, Map<String, AtomicLong>> answers) {
        var all = AbusiveRequests.all();
        for (long i = offset; !stop.get(); i++) {
            var abuse = all.get((int) (i % all.size()));
            String outcome;
            try {
                var response = client.sendBody(abuse.body());
                var body = response.body();
                outcome = response.statusCode() >= 500 ? "server error"
                        : response.statusCode() == 413 || body.contains("BAD_REQUEST") ? "refused"
                        : body.contains("\"errors\"") ? "error" : "answered";
            } catch (Exception e) {
                outcome = "failed";
            }
            answers.computeIfAbsent(abuse.name() + (abuse.refused() ? " (must be refused)" : " (allowed)"), k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        }
    }

    private static Map<String, Map<String, Long>> counts(Map<String, Map<String, AtomicLong>> answers) {
        var counts = new TreeMap<String, Map<String, Long>>();
        answers.forEach((name, outcomes) -> {
            var byOutcome = new TreeMap<String, Long>();
            outcomes.forEach((outcome, count) -> byOutcome.put(outcome, count.get()));
            counts.put(name, byOutcome);
        });
        return counts;
    }

    private static SoakResults.MemoryFigures figures(Memory memory) {
        return new SoakResults.MemoryFigures(memory.heapMiB(), memory.rssMiB(), memory.committedHeapMiB());
    }

    private static SoakResults withVerdicts(SoakResults r) {
        var verdicts = new ArrayList<SoakResults.Verdict>();
        verdicts.add(new SoakResults.Verdict("0 errors during the soak (reads and imports)",
                "%d read errors in %,d requests, %d failed imports of %d".formatted(r.soak().errors(), r.soak().requests(), r.importErrors(),
                        r.imports()), r.soak().errors() == 0 && r.importErrors() == 0 && r.imports() > 0));
        double heapGrowth = r.memoryAfter().heapMiB() - r.memoryBefore().heapMiB();
        verdicts.add(new SoakResults.Verdict("no heap growth (after GC, within 10 % or 32 MiB)",
                "%.0f MiB before, %.0f MiB after".formatted(r.memoryBefore().heapMiB(), r.memoryAfter().heapMiB()),
                heapGrowth <= Math.max(HEAP_TOLERANCE_MIB, HEAP_TOLERANCE * r.memoryBefore().heapMiB())));
        verdicts.add(new SoakResults.Verdict("no resident memory growth (within 10 %)",
                "%.0f MiB before, %.0f MiB after".formatted(r.memoryBefore().rssMiB(), r.memoryAfter().rssMiB()),
                r.memoryAfter().rssMiB() <= r.memoryBefore().rssMiB() * (1 + RSS_TOLERANCE)));
        double ratio = r.baseline().p99Ms() == 0 ? 0 : r.abuse().p99Ms() / r.baseline().p99Ms();
        verdicts.add(new SoakResults.Verdict("legitimate p99 under abuse within 2x of its baseline",
                String.format(Locale.ROOT, "%.1f ms vs %.1f ms: %.2fx", r.abuse().p99Ms(), r.baseline().p99Ms(), ratio), ratio <= 2));
        long serverErrors = r.abuseAnswers().values().stream().mapToLong(m -> m.getOrDefault("server error", 0L)).sum();
        long notRefused = r.abuseAnswers().entrySet().stream().filter(e -> e.getKey().endsWith("(must be refused)"))
                .mapToLong(e -> e.getValue().entrySet().stream().filter(o -> !o.getKey().equals("refused")).mapToLong(Map.Entry::getValue).sum())
                .sum();
        verdicts.add(new SoakResults.Verdict("abusive requests refused with a clear error, never a 5xx",
                "%d server errors, %d requests that should have been refused and were not".formatted(serverErrors, notRefused),
                serverErrors == 0 && notRefused == 0));
        verdicts.add(new SoakResults.Verdict("0 errors for legitimate clients under abuse", "%d errors in %,d requests".formatted(r.abuse().errors(),
                r.abuse().requests()), r.abuse().errors() == 0));
        if (r.upload() != null) {
            var u = r.upload();
            verdicts.add(new SoakResults.Verdict("an upload of %,d relationships imported while the clients read".formatted(u.relationships()),
                    "HTTP %d after %.1f s".formatted(u.status(), u.seconds()), u.status() == 200));
            double uploadRatio = r.baseline().p99Ms() == 0 ? 0 : u.reads().p99Ms() / r.baseline().p99Ms();
            verdicts.add(new SoakResults.Verdict("0 read errors and reads' p99 within 2x of the baseline during the upload",
                    String.format(Locale.ROOT, "%d errors in %,d requests; %.1f ms vs %.1f ms: %.2fx", u.reads().errors(), u.reads().requests(),
                            u.reads().p99Ms(), r.baseline().p99Ms(), uploadRatio), u.reads().errors() == 0 && uploadRatio <= 2));
        }
        return new SoakResults(r.machine(), r.date(), r.command(), r.size(), r.clients(), r.loadAverage(), r.baseline(), r.soak(), r.imports(),
                r.importErrors(), r.memoryBefore(), r.memoryAfter(), r.abuse(), r.abusiveClients(), r.abuseAnswers(), r.upload(), verdicts);
    }
}
