package org.ecosystemmap.benchmarks;

import java.util.Arrays;
import org.ecosystemmap.benchmarks.bench.BenchCommand;
import org.ecosystemmap.benchmarks.generator.GenerateCommand;
import org.ecosystemmap.benchmarks.soak.SoakCommand;
import picocli.CommandLine;

/** {@code java -jar ecosystem-bench.jar bench|soak|generate ...}: what {@code ./ecomap bench} and {@code ./ecomap soak} run. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        var command = args.length == 0 ? "" : args[0];
        var rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        var line = ("./ecomap " + String.join(" ", args)).trim();
        int exit = switch (command) {
            case "bench" -> new CommandLine(new BenchCommand(line)).execute(rest);
            case "soak" -> new CommandLine(new SoakCommand(line)).execute(rest);
            case "generate" -> new CommandLine(new GenerateCommand()).execute(rest);
            default -> {
                System.err.println("usage: bench [options] | soak [options] | generate FOLDER [options]; --help on each for its options");
                yield 2;
            }
        };
        System.exit(exit);
    }
}
