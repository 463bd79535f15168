package org.ecosystemmap.api.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.ecosystemmap.api.EcosystemMapApplication;

/**
 * The server in a JVM of its own, as an operator runs it, so that a test can kill it with SIGKILL (no
 * shutdown hooks, no flushing) and start it again on the same data folder.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final int boltPort;
    private final int httpPort;

    private ServerProcess(Process process, int boltPort, int httpPort) {
        this.process = process;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
        Thread.ofVirtual().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(output::add);
            } catch (IOException | UncheckedIOException e) {
                // the process is gone
            }
        });
    }

    public static ServerProcess start(Path dataDir, int boltPort, String... extraArgs) {
        int httpPort = freePort();
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), EcosystemMapApplication.class.getName(),
                "--server.port=" + httpPort, "--ecosystem.neo4j.bolt-port=" + boltPort,
                "--ecosystem.neo4j.data-dir=" + dataDir));
        command.addAll(List.of(extraArgs));
        try {
            return new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), boltPort, httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server has printed a line containing {@code text}; fails at once if it exits first. */
    public void awaitOutput(String text, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .failFast(() -> assertThat(process.isAlive()).as(() -> "the server exited before printing \"" + text + "\":\n" + printedLines())
                        .isTrue())
                .untilAsserted(() -> assertThat(printed(text)).as(() -> "the server printed \"" + text + "\":\n" + printedLines()).isTrue());
    }

    private String printedLines() {
        return String.join("\n", output);
    }

    public boolean printed(String text) {
        return output.stream().anyMatch(line -> line.contains(text));
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    /** An address of the server's HTTP port. */
    public URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process gets no chance to shut anything down. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
