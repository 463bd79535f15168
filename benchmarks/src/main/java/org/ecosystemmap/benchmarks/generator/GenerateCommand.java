package org.ecosystemmap.benchmarks.generator;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code generate}: writes a synthetic ecosystem dataset folder of a named or given size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic ecosystem in the dataset format, deterministic for a seed.")
public final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FOLDER", description = "where to write the dataset (a folder; its name becomes the dataset's name)")
    Path folder;

    @Option(names = "--size", defaultValue = "1k", description = "smoke, 1k, 10k or 100k (default: ${DEFAULT-VALUE}); overridden by the counts below")
    String size;

    @Option(names = "--partners", description = "the number of partners")
    Integer partners;

    @Option(names = "--initiatives", description = "the number of initiatives")
    Integer initiatives;

    @Option(names = "--relationships", description = "the number of relationships to aim for")
    Integer relationships;

    @Option(names = "--seed", defaultValue = "42", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Override
    public Integer call() {
        var named = EcosystemSize.named(size, seed);
        var chosen = new EcosystemSize(partners == null ? named.partners() : partners,
                initiatives == null ? named.initiatives() : initiatives,
                relationships == null ? named.relationships() : relationships, seed);
        long started = System.nanoTime();
        int written = new SyntheticEcosystem(chosen).writeTo(folder);
        System.out.printf("Wrote %s: %,d partners, %,d initiatives, %,d relationships in %.1f s%n", folder, chosen.partners(),
                chosen.initiatives(), written, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
