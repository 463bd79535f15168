package org.ecosystemmap.graphql.analytics;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.request.RequestReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps one {@link GraphProjection} and replaces it when the graph has changed since it was read, whoever
 * changed it (an import in this process or through Bolt from another). Checking costs one trivial read.
 * <p>
 * The new projection is loaded on a thread of its own, one load at a time, so that no request's time limit
 * cuts it short and requests do not queue behind it: a request waits for it up to {@link #FRESH_WAIT}, and
 * past that is answered from the projection before the change, which the next request after the load sees
 * replaced; a load that fails (a long read over a graph a large import is writing can) leaves the previous
 * projection in use until a later request loads again. While imports land back to back on a busy server,
 * analytics therefore lag them instead of failing, and no request queues behind a load; on a quiet server
 * every answer is current.
 */
@Component
public class ProjectionCache implements DisposableBean {

    /** How long a request waits for the projection of a changed graph before it is answered from the previous one. */
    static final Duration FRESH_WAIT = Duration.ofSeconds(3);

    private record Snapshot(String marker, GraphProjection projection) {
    }

    private static final Logger log = LoggerFactory.getLogger(ProjectionCache.class);

    private final EcosystemGraph graph;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("projection-load").daemon().factory());
    private volatile Snapshot latest;
    private CompletableFuture<Snapshot> loading;

    public ProjectionCache(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** The projection of the graph as it is now, checked once for all root fields of a request. */
    public GraphProjection current(RequestReads reads) {
        return reads.once(ProjectionCache.class, this::current);
    }

    /** The projection of the graph as it is now, or, while that loads for longer than {@link #FRESH_WAIT}, as it was. */
    public GraphProjection current() {
        var marker = graph.changeMarker();
        var snapshot = latest;
        if (snapshot != null && snapshot.marker().equals(marker)) {
            return snapshot.projection();
        }
        var load = loadFor(marker);
        try {
            return snapshot == null ? load.get().projection() : load.get(FRESH_WAIT.toMillis(), TimeUnit.MILLISECONDS).projection();
        } catch (TimeoutException e) {
            return snapshot.projection();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the analytics projection loaded", e);
        } catch (ExecutionException e) {
            if (snapshot != null) {
                // A load over a graph that a large import is writing can fail ("read outdated data"); the next request tries again.
                log.warn("Could not load the analytics projection of the changed graph, answering from the previous one: {}", e.getCause().getMessage());
                return snapshot.projection();
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The load under way, or a new one. The marker was read before the graph: a write that lands before or during
     * the load changes the marker again, so a later call loads once more instead of keeping a stale projection.
     */
    private synchronized CompletableFuture<Snapshot> loadFor(String marker) {
        var snapshot = latest;
        if (snapshot != null && snapshot.marker().equals(marker)) {
            return CompletableFuture.completedFuture(snapshot);
        }
        if (loading == null || loading.isDone()) {
            loading = CompletableFuture.supplyAsync(() -> {
                var loaded = new Snapshot(marker, GraphProjection.load(graph));
                latest = loaded;
                return loaded;
            }, loader);
        }
        return loading;
    }

    @Override
    public void destroy() {
        loader.shutdownNow();
    }
}
