package org.ecosystemmap.benchmarks.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ecosystemmap.benchmarks.load.GraphQlClient;
import org.ecosystemmap.benchmarks.scenario.Request;

/**
 * The application's executable jar in a process of its own, started the way {@code ./ecomap} starts it, on
 * an embedded Neo4j in a folder of its own; timed from the moment the process is created to the first query
 * it answers with the expected data.
 */
public final class AppProcess implements AutoCloseable {

    /**
     * How the harness starts the application.
     *
     * @param jar the executable jar, started with {@code java -jar} and the {@code javaOptions}
     * @param launcher {@code ecomap}, what a user starts the server with (its JVM options are its own)
     */
    public record Launch(Path jar, Path launcher, List<String> javaOptions, int httpPort, int boltPort, Path logs) {
    }

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Launch launch;
    private final double secondsToFirstAnswer;

    private AppProcess(Process process, Launch launch, double secondsToFirstAnswer) {
        this.process = process;
        this.launch = launch;
        this.secondsToFirstAnswer = secondsToFirstAnswer;
    }

    /**
     * Starts the application on {@code dataDir} and waits until {@code probe} is answered with a body that
     * contains {@code expected}.
     *
     * @param bundled whether the application loads its bundled dataset into an empty graph
     */
    public static AppProcess start(Launch launch, Path dataDir, boolean bundled, Request probe, String expected, String logName) {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(launch.javaOptions());
        command.addAll(List.of("-jar", launch.jar().toString()));
        command.addAll(arguments(launch, dataDir, bundled));
        return start(command, launch, probe, expected, logName);
    }

    /**
     * Starts the application through the launcher, exactly as a user does, with the bundled dataset, and waits
     * as {@link #start} does. The launcher replaces itself with the JVM, so the process is the application's.
     */
    public static AppProcess startWithLauncher(Launch launch, Path dataDir, Request probe, String expected, String logName) {
        var command = new ArrayList<String>();
        command.add(launch.launcher().toString());
        command.addAll(arguments(launch, dataDir, true));
        return start(command, launch, probe, expected, logName);
    }

    private static List<String> arguments(Launch launch, Path dataDir, boolean bundled) {
        return List.of("--server.port=" + launch.httpPort(),
                "--ecosystem.neo4j.bolt-port=" + launch.boltPort(),
                "--ecosystem.neo4j.data-dir=" + dataDir.toAbsolutePath(),
                "--ecosystem.bundled-dataset.enabled=" + bundled);
    }

    private static AppProcess start(List<String> command, Launch launch, Request probe, String expected, String logName) {
        long started = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(launch.logs().resolve(logName + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var app = new AppProcess(process, launch, 0);
        try (var client = new GraphQlClient(app.graphQlUri())) {
            long deadline = started + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application stopped while starting; see " + launch.logs().resolve(logName + ".log"));
                }
                try {
                    var response = client.send(probe);
                    if (response.statusCode() == 200 && response.body().contains(expected)) {
                        return new AppProcess(process, launch, (System.nanoTime() - started) / 1e9);
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(25);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.close();
        throw new IllegalStateException("The application did not answer within " + START_TIMEOUT.toMinutes() + " minutes; see "
                + launch.logs().resolve(logName + ".log"));
    }

    /** A query every running server answers, whatever the graph holds. */
    public static Request anyAnswer() {
        return new Request("{ search(text: \"probe\", first: 1) { totalCount } }", Map.of());
    }

    public double secondsToFirstAnswer() {
        return secondsToFirstAnswer;
    }

    public long pid() {
        return process.pid();
    }

    public URI graphQlUri() {
        return URI.create("http://127.0.0.1:" + launch.httpPort() + "/graphql");
    }

    public URI boltUri() {
        return URI.create("bolt://localhost:" + launch.boltPort());
    }

    public Memory memory() {
        return Memory.ofJavaProcess(process.pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
