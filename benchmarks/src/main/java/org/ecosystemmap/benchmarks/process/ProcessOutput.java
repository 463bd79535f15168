package org.ecosystemmap.benchmarks.process;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What a short command prints, for describing the machine and measuring a process. */
public final class ProcessOutput {

    private ProcessOutput() {
    }

    /** The command's output (stdout and stderr), or empty when it cannot be run or the wait is interrupted. */
    public static Optional<String> of(Duration timeout, String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes());
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
