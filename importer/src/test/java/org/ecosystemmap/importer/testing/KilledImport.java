package org.ecosystemmap.importer.testing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.ecosystemmap.importer.cli.ImportCommand;

/**
 * The import command in a JVM of its own, as {@code ecomap import} runs it, killed with SIGKILL once its
 * progress bar shows that it has written a share of a dataset too large for one transaction.
 */
public final class KilledImport {

    private static final Pattern PERCENT = Pattern.compile("\\] +(\\d+)%");

    private final Process process;

    private KilledImport(Process process) {
        this.process = process;
    }

    /** Starts {@code ecomap import DATASET} with these further arguments (where to, transaction size ...). */
    public static KilledImport start(Path dataset, String... arguments) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), ImportCommand.class.getName(),
                dataset.toString()));
        command.addAll(List.of(arguments));
        try {
            return new KilledImport(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the progress bar until it shows {@code percent} or more, then kills the process; returns what it showed. */
    public int killWhenWritten(int percent) throws InterruptedException {
        var seen = new StringBuilder();
        try (var err = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
            var buffer = new char[4096];
            int read;
            while ((read = err.read(buffer)) >= 0) {
                seen.append(buffer, 0, read);
                var matcher = PERCENT.matcher(seen);
                int last = -1;
                while (matcher.find()) {
                    last = Integer.parseInt(matcher.group(1));
                }
                if (last >= percent) {
                    process.destroyForcibly();
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the killed import did not end");
                    }
                    return last;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            process.destroyForcibly();
        }
        throw new AssertionError("the import ended (exit code " + process.waitFor() + ") before it could be killed:\n" + seen);
    }
}
