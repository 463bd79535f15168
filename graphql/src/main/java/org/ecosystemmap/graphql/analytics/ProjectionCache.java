package org.ecosystemmap.graphql.analytics;

import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.stereotype.Component;

/**
 * Keeps one {@link GraphProjection} and replaces it when the graph has changed since it was read, whoever
 * changed it (an import in this process or through Bolt from another). Checking costs one trivial read.
 */
@Component
public class ProjectionCache {

    private record Snapshot(String marker, GraphProjection projection) {
    }

    private final EcosystemGraph graph;
    private volatile Snapshot latest;

    public ProjectionCache(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** The projection of the graph as it is now, checked once for all root fields of a request. */
    public GraphProjection current(RequestReads reads) {
        return reads.once(ProjectionCache.class, this::current);
    }

    /** The projection of the graph as it is now. */
    public GraphProjection current() {
        var marker = graph.changeMarker();
        var snapshot = latest;
        return snapshot != null && snapshot.marker().equals(marker) ? snapshot.projection() : reload(marker);
    }

    private synchronized GraphProjection reload(String marker) {
        if (latest == null || !latest.marker().equals(marker)) {
            // The marker was read before the graph: a write that lands during the load changes the marker
            // again, so the next call loads once more instead of keeping a stale projection.
            latest = new Snapshot(marker, GraphProjection.load(graph));
        }
        return latest.projection();
    }
}
