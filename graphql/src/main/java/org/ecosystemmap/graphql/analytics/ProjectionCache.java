package org.ecosystemmap.graphql.analytics;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graphql.request.RequestReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps one {@link GraphProjection} and replaces it when the graph has changed since it was read, whoever
 * changed it (an import in this process or through Bolt from another). Checking costs one small read.
 * <p>
 * The new projection is loaded on a thread of its own, one load at a time, so that no request's time limit
 * cuts it short and requests do not queue behind it. Loads take at most a third of the time: the next one
 * starts no sooner than twice the last one's length after it ended, so that a graph that changes all the time
 * (an import landing transaction by transaction) does not keep the processors loading projections. After a lone
 * change (a curator's edit, an import that has ended) a request waits for the projection of the changed graph
 * when it is expected within {@link #FRESH_WAIT}, and that long at most; otherwise it is answered at once from
 * the latest projection, which the next request after the load sees replaced. It never waits while an import is
 * writing (its journal says so, read with the marker in the same statement) or while the graph was still changing
 * as the last projection loaded: a half-written import is no state of the graph worth waiting for. A load that fails (a long read over a
 * graph a large import is writing can) leaves the previous projection in use. While imports land, analytics
 * therefore lag them by seconds instead of failing or making readers wait; on a quiet server every answer is
 * current.
 */
@Component
public class ProjectionCache implements DisposableBean {

    /** How long a request waits for the projection of a changed graph before it is answered from the previous one. */
    static final Duration FRESH_WAIT = Duration.ofSeconds(3);

    /** Whether an import is writing now, by its journal. */
    private static final String IMPORT_WRITING = "RETURN EXISTS { MATCH (:%s {state: '%s'}) } AS writing"
            .formatted(GraphSchema.IMPORT_JOURNAL_LABEL, GraphSchema.IMPORT_WRITING);

    /** A load may start this many times its predecessor's length after that one started, at the soonest. */
    private static final int LOAD_SPACING = 3;

    private static final Logger log = LoggerFactory.getLogger(ProjectionCache.class);

    /** @param outdated whether the graph had changed again by the time the projection was loaded */
    private record Snapshot(String marker, GraphProjection projection, boolean outdated) {
    }

    /** A load under way or scheduled: its result, and when it is expected to be done (System.nanoTime). */
    private record Load(CompletableFuture<Snapshot> result, long expectedDone) {
    }

    private final EcosystemGraph graph;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("projection-load").daemon().factory());
    private volatile Snapshot latest;
    private Load loading;
    private long lastStart;
    private long lastLength;

    public ProjectionCache(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** The projection of the graph as it is now, checked once for all root fields of a request. */
    public GraphProjection current(RequestReads reads) {
        return reads.once(ProjectionCache.class, this::current);
    }

    /** The projection of the graph as it is now, or, while that is more than {@link #FRESH_WAIT} away, as it was. */
    public GraphProjection current() {
        var read = graph.markedRead(IMPORT_WRITING, record -> record.get("writing").asBoolean());
        var marker = read.marker();
        var snapshot = latest;
        if (snapshot != null && snapshot.marker().equals(marker)) {
            return snapshot.projection();
        }
        var load = loadFor(marker);
        if (snapshot != null && (snapshot.outdated() || read.value() || load.expectedDone() - System.nanoTime() > FRESH_WAIT.toNanos())) {
            return snapshot.projection();
        }
        try {
            return snapshot == null ? load.result().get().projection() : load.result().get(FRESH_WAIT.toMillis(), TimeUnit.MILLISECONDS).projection();
        } catch (TimeoutException e) {
            return snapshot.projection();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the analytics projection loaded", e);
        } catch (ExecutionException e) {
            if (snapshot != null) {
                log.warn("Could not load the analytics projection of the changed graph, answering from the previous one: {}", e.getCause().getMessage());
                return snapshot.projection();
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The load under way, or a new one, started as soon as the spacing allows. The marker was read before the
     * graph: a write that lands before or during the load changes the marker again, so a later call loads once
     * more instead of keeping a stale projection.
     */
    private synchronized Load loadFor(String marker) {
        var snapshot = latest;
        if (snapshot != null && snapshot.marker().equals(marker)) {
            return new Load(CompletableFuture.completedFuture(snapshot), 0);
        }
        if (loading != null && !loading.result().isDone()) {
            return loading;
        }
        long now = System.nanoTime();
        long delay = Math.max(0, lastStart + LOAD_SPACING * lastLength - now);
        var result = CompletableFuture.supplyAsync(() -> load(marker), CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS, loader));
        loading = new Load(result, now + delay + lastLength);
        return loading;
    }

    private Snapshot load(String marker) {
        long start = System.nanoTime();
        try {
            var projection = GraphProjection.load(graph);
            var loaded = new Snapshot(marker, projection, !graph.changeMarker().equals(marker));
            latest = loaded;
            return loaded;
        } finally {
            synchronized (this) {
                lastStart = start;
                lastLength = System.nanoTime() - start;
            }
        }
    }

    @Override
    public void destroy() {
        loader.shutdownNow();
    }
}
