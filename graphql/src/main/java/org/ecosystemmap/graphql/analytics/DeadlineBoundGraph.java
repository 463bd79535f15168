package org.ecosystemmap.graphql.analytics;

import java.util.Set;
import org.ecosystemmap.graph.connection.ReadDeadline;
import org.jgrapht.Graph;
import org.jgrapht.graph.GraphDelegator;

/**
 * A read-only view of a graph whose every step (an entity's edges, asked by any JGraphT algorithm: betweenness,
 * PageRank, communities, shortest paths) first checks the deadline of the request the thread works for. An
 * algorithm over a projection runs in memory, so neither the database's timeout nor the request's cancellation
 * reaches it; without this, a request cut off at its time limit would go on computing for minutes after its
 * client was answered, and a few of them would take the processors from everyone else.
 */
final class DeadlineBoundGraph<V, E> extends GraphDelegator<V, E> {

    DeadlineBoundGraph(Graph<V, E> graph) {
        super(graph);
    }

    @Override
    public Set<E> edgesOf(V vertex) {
        ReadDeadline.check();
        return super.edgesOf(vertex);
    }

    @Override
    public Set<E> outgoingEdgesOf(V vertex) {
        ReadDeadline.check();
        return super.outgoingEdgesOf(vertex);
    }

    @Override
    public Set<E> incomingEdgesOf(V vertex) {
        ReadDeadline.check();
        return super.incomingEdgesOf(vertex);
    }
}
