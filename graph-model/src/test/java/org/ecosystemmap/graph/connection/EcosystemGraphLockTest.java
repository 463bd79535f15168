package org.ecosystemmap.graph.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
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
        // Threads of their own: the common pool may have a single thread, which the first holder keeps while it waits.
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = CompletableFuture.runAsync(() -> graph.withLock("import", () -> {
                events.add("first holds");
                firstHolds.countDown();
                // The first lets go only once the database shows the second blocked on the lock: no sleep decides the order.
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(transactions()).anyMatch(t -> t.startsWith("Blocked")));
                events.add("first done");
                return null;
            }), threads);
            assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();

            var second = CompletableFuture.runAsync(() -> graph.withLock("import", () -> events.add("second holds")), threads);
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        }

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

    /** The status and query of each transaction the database runs now ("Blocked by: ..." for one that waits for a lock). */
    private List<String> transactions() {
        try (var session = TestNeo4j.driver().session()) {
            return session.run("SHOW TRANSACTIONS YIELD status, currentQuery RETURN status + ' ' + coalesce(currentQuery, '') AS s", Map.of())
                    .list(r -> r.get("s").asString());
        }
    }
}
