package org.ecosystemmap.graphql.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ecosystemmap.graph.connection.ReadDeadline;
import org.ecosystemmap.graph.vocabulary.LinkMeaning;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Analytics in memory stop at the deadline of the request they work for")
class DeadlineBoundGraphTest {

    /** A ring of ten entities: every one is between the others equally. */
    private final Network ring = ring(10);

    @AfterEach
    void clearDeadline() {
        ReadDeadline.clear();
    }

    @Test
    @DisplayName("betweenness, PageRank and neighbours throw Passed once the thread's deadline has gone by")
    void stopAtAPassedDeadline() {
        ReadDeadline.set(Instant.now().minusSeconds(1));
        assertThatThrownBy(() -> new BetweennessCentrality<>(ring.unweighted()).getScores()).isInstanceOf(ReadDeadline.Passed.class);
        assertThatThrownBy(() -> new PageRank<>(ring.strengths()).getScores()).isInstanceOf(ReadDeadline.Passed.class);
        assertThatThrownBy(() -> ring.costs().edgesOf("e0")).isInstanceOf(ReadDeadline.Passed.class);
    }

    @Test
    @DisplayName("compute as before on a thread without a deadline, or before it")
    void computeWithoutOrBeforeTheDeadline() {
        var unbounded = new BetweennessCentrality<>(ring.unweighted()).getScores();
        ReadDeadline.set(Instant.now().plusSeconds(60));
        var bounded = new BetweennessCentrality<>(ring.unweighted()).getScores();
        assertThat(bounded).isEqualTo(unbounded).hasSize(10);
        // In a ring of ten, the pairs 2, 3 and 4 apart have 1, 2 and 3 entities between them on their one shortest
        // chain (10 pairs each), the 5 opposite pairs 4 on each of their two chains (half a chain each): 80 in all, 8 each.
        assertThat(unbounded.get("e3")).isEqualTo(8.0);
    }

    private static Network ring(int size) {
        var ids = new ArrayList<String>();
        var links = new ArrayList<Link>();
        for (int i = 0; i < size; i++) {
            ids.add("e" + i);
            links.add(new Link("e" + i, "e" + ((i + 1) % size), RelationType.PARTNER_IN, LinkMeaning.WORKING, false, Link.OPEN, Link.OPEN));
        }
        return Network.of(List.copyOf(ids), links, link -> true);
    }
}
