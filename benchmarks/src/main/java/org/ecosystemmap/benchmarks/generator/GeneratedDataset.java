package org.ecosystemmap.benchmarks.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A generated dataset of a named size in a scratch folder, with its copy that has 1 % of its relationships
 * changed; generated once and reused while size and seed stay the same.
 *
 * @param folder the dataset
 * @param changed the same with every 100th relationship's role changed
 */
public record GeneratedDataset(EcosystemSize size, Path folder, Path changed) {

    private static final int CHANGE_EVERY = 100;

    public static GeneratedDataset prepare(Path work, String name, long seed, Consumer<String> log) {
        var size = EcosystemSize.named(name, seed);
        var folder = work.resolve("datasets").resolve(name + "-seed" + seed);
        var changed = work.resolve("datasets").resolve(name + "-seed" + seed + "-changed");
        if (!Files.exists(folder.resolve("relationships.csv")) || !Files.exists(changed.resolve("relationships.csv"))) {
            long started = System.nanoTime();
            int written = new SyntheticEcosystem(size).writeTo(folder);
            ChangedCopy.write(folder, changed, CHANGE_EVERY, "changed role");
            log.accept("generated %s: %,d relationships in %.1f s".formatted(name, written, (System.nanoTime() - started) / 1e9));
        }
        return new GeneratedDataset(size, folder, changed);
    }
}
