package org.ecosystemmap.graph.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Background work that reads the graph (the question phrases' refresh) waits for the graph's start. */
@DisplayName("Work waiting for the graph's start")
class GraphStartupTest {

    private final GraphSchema schema = new GraphSchema(TestNeo4j.graph());

    @Test
    @DisplayName("runs once the database is up and the steps are done, not before")
    void runsWhenReady() throws InterruptedException {
        var databaseUp = new CountDownLatch(1);
        var stepDone = new AtomicBoolean();
        var ran = new CountDownLatch(1);
        var sawStepDone = new AtomicBoolean();
        var startup = new GraphStartup(() -> await(databaseUp), schema, List.of(() -> stepDone.set(true)));
        startup.whenReady(() -> {
            sawStepDone.set(stepDone.get());
            ran.countDown();
        });

        startup.start();
        assertThat(ran.await(300, TimeUnit.MILLISECONDS)).as("ran while the database was still starting").isFalse();
        databaseUp.countDown();

        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sawStepDone).isTrue();
        var runsAtOnce = new AtomicBoolean();
        startup.whenReady(() -> runsAtOnce.set(true));
        assertThat(runsAtOnce).as("asked for after the graph is ready").isTrue();
    }

    @Test
    @DisplayName("never runs when the graph cannot be made ready")
    void neverRunsWhenTheStartFails() {
        var ran = new AtomicBoolean();
        var startup = new GraphStartup(() -> { }, schema, List.of(() -> {
            throw new IllegalStateException("the bundled dataset is broken");
        }));
        startup.whenReady(() -> ran.set(true));

        startup.start();

        assertThatThrownBy(startup::await).hasMessageContaining("the bundled dataset is broken");
        assertThat(ran).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
