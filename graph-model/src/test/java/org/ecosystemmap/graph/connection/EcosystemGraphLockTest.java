package org.ecosystemmap.graph.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A lock on the graph")
class EcosystemGraphLockTest {

    private final EcosystemGraph graph = TestNeo4j.graph();

    @Test
    @DisplayName("makes a second holder wait until the first is done, and leaves nothing in the graph")
    void secondHolderWaits() throws Exception {
        var events = new CopyOnWriteArrayList<String>();
        var firstHolds = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> graph.withLock("import", () -> {
            events.add("first holds");
            firstHolds.countDown();
            sleep(1500);
            events.add("first done");
            return null;
        }));
        assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();

        var second = CompletableFuture.runAsync(() -> graph.withLock("import", () -> events.add("second holds")));
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);

        assertThat(events).containsExactly("first holds", "first done", "second holds");
        assertThat(GraphDump.of(graph)).isEmpty();
    }

    @Test
    @DisplayName("of another name does not wait")
    void otherNamesDoNotWait() {
        var inner = graph.withLock("import", () -> CompletableFuture.supplyAsync(() -> graph.withLock("export", () -> "held"))
                .orTimeout(30, TimeUnit.SECONDS).join());
        assertThat(inner).isEqualTo("held");
        assertThat(GraphDump.of(graph)).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
