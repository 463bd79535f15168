package org.ecosystemmap.graph.testing;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;
import org.neo4j.driver.internal.DriverFactory;
import org.neo4j.driver.internal.retry.ExponentialBackoffRetryLogic;
import org.neo4j.driver.internal.retry.RetryLogic;
import org.neo4j.driver.internal.security.StaticAuthTokenManager;

/**
 * A driver whose transaction functions are retried by the driver's own retry logic (the same rollback, the same
 * second call of the function), only without its back-off of about one, two, four ... seconds between
 * attempts: that pause is for a busy cluster, and in a test that fails every first attempt it only waits.
 * Built through the driver's internal factory, which is what the driver offers for this.
 */
public final class RetryAtOnce {

    private RetryAtOnce() {
    }

    public static Driver driver(URI boltUri) {
        return new DriverFactory() {
            @Override
            protected RetryLogic createRetryLogic(long maxRetryTimeMs, ScheduledExecutorService executor, Logging logging) {
                return new WithoutBackOff(maxRetryTimeMs, executor, logging);
            }
        }.newInstance(boltUri, new StaticAuthTokenManager(AuthTokens.none()), null, Config.defaultConfig());
    }

    private static final class WithoutBackOff extends ExponentialBackoffRetryLogic {
        WithoutBackOff(long maxRetryTimeMs, ScheduledExecutorService executor, Logging logging) {
            super(maxRetryTimeMs, executor, Clock.systemUTC(), logging, millis -> {
            });
        }
    }
}
