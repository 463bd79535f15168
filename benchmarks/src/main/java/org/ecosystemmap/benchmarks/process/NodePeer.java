package org.ecosystemmap.benchmarks.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peer, {@code @neo4j/graphql} on Node (benchmarks/neo4j-graphql), installed with {@code npm ci} from its
 * lock file when needed and started against a Neo4j's Bolt port.
 */
public final class NodePeer implements AutoCloseable {

    private final Process process;
    private final int port;

    private NodePeer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Whether node and npm are on the path. */
    public static boolean available() {
        try {
            return run(List.of("npm", "--version"), Path.of("."), null) == 0 && run(List.of("node", "--version"), Path.of("."), null) == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static NodePeer start(Path folder, URI bolt, int port, Path logs) {
        var installed = folder.resolve("node_modules/.package-lock.json");
        try {
            if (!Files.exists(installed) || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(folder.resolve("package-lock.json"))) < 0) {
                if (run(List.of("npm", "ci", "--no-audit", "--no-fund"), folder, logs.resolve("npm-ci.log")) != 0) {
                    throw new IllegalStateException("npm ci failed in " + folder + "; see " + logs.resolve("npm-ci.log"));
                }
            }
            var builder = new ProcessBuilder("node", "server.js").directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(logs.resolve("neo4j-graphql.log").toFile());
            builder.environment().put("PORT", Integer.toString(port));
            builder.environment().put("NEO4J_URI", bolt.toString());
            var peer = new NodePeer(builder.start(), port);
            peer.awaitHealthy(logs);
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI graphQlUri() {
        return URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    public long pid() {
        return process.pid();
    }

    private void awaitHealthy(Path logs) {
        try (var http = HttpClient.newHttpClient()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        throw new IllegalStateException("The @neo4j/graphql peer did not start; see " + logs.resolve("neo4j-graphql.log"));
    }

    private static int run(List<String> command, Path folder, Path log) {
        try {
            var builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
            if (log == null) {
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            } else {
                builder.redirectOutput(log.toFile());
            }
            var process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
