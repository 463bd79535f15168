package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/**
 * Which part of the graph to return, as the {@code neighbourhood} query and the export take it: the
 * neighbourhood of {@code id}, or with no id the whole graph. What is left out takes its default; depth and
 * limit only bound a neighbourhood.
 *
 * @param id the entity at the centre; null for the whole graph
 * @param depth how many relationships away to look (1 to 4, default 1)
 * @param types follow only relationships of these types; all when null
 * @param kinds include only entities of these kinds (the centre always); all when null
 * @param excludeIds neither include nor pass through these entities
 * @param limit the most entities in a neighbourhood, the centre included (1 to 1000, default 200)
 * @param asOf only relationships that held in this year
 * @param ids instead of a neighbourhood or the whole graph, exactly these entities and the relationships
 *     among them, such as what a map shows (at most 1000)
 */
public record SubgraphRequest(String id, Integer depth, List<String> types, List<EntityKind> kinds, List<String> excludeIds,
        Integer limit, Integer asOf, List<String> ids) {

    /** A neighbourhood, or the whole graph. */
    public SubgraphRequest(String id, Integer depth, List<String> types, List<EntityKind> kinds, List<String> excludeIds,
            Integer limit, Integer asOf) {
        this(id, depth, types, kinds, excludeIds, limit, asOf, null);
    }

    Traversal traversal() {
        return Traversal.of(types, kinds, excludeIds, asOf);
    }
}
