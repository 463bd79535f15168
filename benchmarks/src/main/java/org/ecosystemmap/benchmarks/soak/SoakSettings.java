package org.ecosystemmap.benchmarks.soak;

import java.nio.file.Path;
import java.time.Duration;
import org.ecosystemmap.benchmarks.process.AppProcess;

/**
 * What one soak does.
 *
 * @param size the generated size the server holds
 * @param clients legitimate clients, all phases
 * @param baseline the legitimate mix alone, measured
 * @param soak the mix with imports running all along
 * @param abuse the mix with abusive clients in parallel
 * @param abusers how many abusive clients
 * @param uploadSize the generated size a curator uploads through {@code POST /datasets} while the clients read (null: none)
 */
public record SoakSettings(String size, long seed, int clients, Duration warmUp, Duration baseline, Duration soak, Duration abuse, int abusers,
        String uploadSize, Path out, Path work, AppProcess.Launch launch, String command) {
}
