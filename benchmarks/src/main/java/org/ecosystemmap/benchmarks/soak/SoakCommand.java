package org.ecosystemmap.benchmarks.soak;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecosystemmap.benchmarks.process.AppOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code soak}: the bounded soak on loopback, results into docs/soak.md and docs/soak.json. */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A server under the benchmark's mix from many clients: alone (baseline), with imports running (the soak), "
                + "and with abusive clients in parallel. Writes docs/soak.md and docs/soak.json; exits 1 when a criterion is missed."})
public final class SoakCommand implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "10k", description = "the generated size the server holds (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--clients", defaultValue = "32", description = "legitimate clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "120", description = "how long the soak with imports runs (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--baseline-seconds", defaultValue = "30", description = "the baseline's length (default: ${DEFAULT-VALUE})")
    int baselineSeconds;

    @Option(names = "--abuse-seconds", defaultValue = "60", description = "the abuse phase's length (default: ${DEFAULT-VALUE})")
    int abuseSeconds;

    @Option(names = "--abusers", defaultValue = "4", description = "abusive clients (default: ${DEFAULT-VALUE})")
    int abusers;

    @Option(names = "--upload-size", defaultValue = "20k",
            description = "the generated size a curator uploads through POST /datasets while the clients read; none leaves it out (default: ${DEFAULT-VALUE}, "
                    + "200,000 relationships)")
    String uploadSize;

    @Mixin
    AppOptions app;

    private final String commandLine;

    public SoakCommand(String commandLine) {
        this.commandLine = commandLine;
    }

    @Override
    public Integer call() throws Exception {
        var settings = new SoakSettings(size, app.seed, clients, Duration.ofSeconds(10), Duration.ofSeconds(baselineSeconds), Duration.ofSeconds(seconds),
                Duration.ofSeconds(abuseSeconds), abusers, uploadSize.equals("none") ? null : uploadSize, app.out, app.scratch(), app.launch(), commandLine);
        var results = new SoakRun(settings, line -> System.out.println(line)).execute();
        results.verdicts().forEach(v -> System.out.println((v.met() ? "met:    " : "MISSED: ") + v.criterion() + ": " + v.measured()));
        return results.verdicts().stream().allMatch(SoakResults.Verdict::met) ? 0 : 1;
    }
}
