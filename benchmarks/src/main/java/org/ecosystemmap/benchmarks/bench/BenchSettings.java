package org.ecosystemmap.benchmarks.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ecosystemmap.benchmarks.process.AppProcess;

/**
 * What one run of the harness does.
 *
 * @param sizes the generated sizes to import and measure memory at, smallest first
 * @param querySize the size the query matrix runs at
 * @param scenarios the scenarios to run, by name (lookup, ..., mix)
 * @param clients the numbers of concurrent clients
 * @param warmUp unmeasured load before each measured window
 * @param measured each measured window
 * @param naiveBudget how long the naive per-row loader runs at each size
 * @param withPeer whether to run the @neo4j/graphql peer
 * @param startupRuns how many times to time a cold start with the bundled dataset and a warm restart after it (0: none)
 * @param out where the results go (docs/)
 * @param name the results' file name without extension (benchmarks)
 * @param work a scratch folder for datasets, data folders and logs
 * @param command the command line, recorded with the results
 * @param withQueries whether to run the query matrix (without it, a run measures imports and memory only)
 * @param importTargets where the imports go: {@code bolt} (into the server, as {@code ./ecomap import --uri}), {@code embedded}
 *     (into an embedded database in the harness's process, as {@code ./ecomap import} into a data folder)
 */
public record BenchSettings(List<String> sizes, String querySize, List<String> scenarios, List<Integer> clients, Duration warmUp, Duration measured,
        Duration naiveBudget, long seed, boolean withPeer, int startupRuns, Path out, String name, Path work, AppProcess.Launch launch,
        Path peerFolder, int peerPort, String command, boolean withQueries, List<String> importTargets) {
}
