package org.ecosystemmap.benchmarks.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code bench} and {@code soak} share: the seed, where results and scratch go, and how the application starts. */
public final class AppOptions {

    @Option(names = "--seed", defaultValue = "42", description = "the generator's seed (default: ${DEFAULT-VALUE})")
    public long seed;

    @Option(names = "--out", defaultValue = "docs", description = "where the results go (default: ${DEFAULT-VALUE})")
    public Path out;

    @Option(names = "--work", defaultValue = "target/bench", description = "scratch folder: datasets, databases, logs (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--app-jar", defaultValue = "api/target/ecosystem-map.jar", description = "the application jar (default: ${DEFAULT-VALUE})")
    Path appJar;

    @Option(names = "--launcher", defaultValue = "./ecomap", description = "what a user starts the server with; the start-up is timed "
            + "through it, with its start-up cache (default: ${DEFAULT-VALUE})")
    Path launcher;

    @Option(names = "--java-option", description = "a JVM option for the application, as ./ecomap starts it (repeatable)")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--http-port", defaultValue = "48080", description = "the application's HTTP port (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--bolt-port", defaultValue = "47687", description = "the embedded Neo4j's Bolt port (default: ${DEFAULT-VALUE})")
    int boltPort;

    public Path scratch() {
        return work.toAbsolutePath();
    }

    /** How to start the application, its logs in the scratch folder. */
    public AppProcess.Launch launch() {
        return new AppProcess.Launch(appJar.toAbsolutePath(), launcher.toAbsolutePath(), javaOptions, httpPort, boltPort, scratch().resolve("logs"));
    }
}
