package org.ecosystemmap.graph.testing;

import java.util.Map;

/**
 * A graph on which a question within every limit still runs away: {@code start}, then layers of entities each
 * connected to every entity of the next layer, then {@code end}. Every shortest chain from start to end passes
 * one entity of each layer, so there are width to the power of layers of them; listing them all takes the
 * database minutes.
 */
public final class Lattice {

    private Lattice() {
    }

    /** Adds the lattice to the shared test graph (its ids: start, end, n-LAYER-I). */
    public static void add(int width, int layers) {
        TestNeo4j.graph().write(tx -> tx.run("""
                CREATE (:Entity:Partner {id: 'start', name: 'Start', type: 'OTHER'}), (:Entity:Partner {id: 'end', name: 'End', type: 'OTHER'})
                WITH 1 AS ignored
                UNWIND range(1, $layers) AS layer
                UNWIND range(1, $width) AS i
                CREATE (:Entity:Partner {id: 'n-' + layer + '-' + i, name: 'N ' + layer + ' ' + i, layer: layer, type: 'OTHER'})
                """, Map.of("layers", layers, "width", width)).consume());
        TestNeo4j.graph().write(tx -> tx.run("""
                MATCH (s:Entity {id: 'start'}), (first:Partner {layer: 1}) CREATE (s)-[:CONNECTED_TO]->(first)
                WITH count(*) AS ignored
                MATCH (a:Partner), (b:Partner) WHERE b.layer = a.layer + 1 CREATE (a)-[:CONNECTED_TO]->(b)
                WITH count(*) AS ignored
                MATCH (last:Partner {layer: $layers}), (e:Entity {id: 'end'}) CREATE (last)-[:CONNECTED_TO]->(e)
                """, Map.of("layers", layers)).consume());
    }
}
