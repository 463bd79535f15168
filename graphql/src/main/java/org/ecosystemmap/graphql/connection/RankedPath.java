package org.ecosystemmap.graphql.connection;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.analytics.Link;
import org.ecosystemmap.graphql.analytics.LinkSentence;
import org.ecosystemmap.graphql.analytics.Weight;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * A chain ranked by what its relationships mean: its total cost, the entities and relationships along it, and
 * for each hop its weight and a sentence.
 *
 * @param names the names of the entities along it in both languages, for the sentences
 */
public record RankedPath(double cost, int length, List<EntityResult> nodes, List<GraphEdge> edges, List<Link> links,
        Map<String, Label> names) {

    /** The weight of each hop, in order. */
    public List<Weight> hops() {
        return links.stream().map(Weight::of).toList();
    }

    /** One sentence per hop, each relationship in the direction it was recorded. */
    public List<String> because(Language language) {
        return links.stream().map(link -> LinkSentence.of(link, names, language)).toList();
    }
}
