package org.ecosystemmap.graphql.analytics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * A shared neighbour behind a suggestion: what it adds to the score and the chain of links from the entity
 * through it to the suggested organisation, with their weights.
 *
 * @param names the names of the entities along the chain in both languages, for the sentence
 */
public record SuggestionReason(EntityResult via, double contribution, List<Link> chain, Map<String, Label> names) {

    /** The links of the chain with their weights. */
    public List<Weight> links() {
        return chain.stream().map(Weight::of).toList();
    }

    /** The chain in words: "Philips takes part in GDI; AMdEX is linked with GDI; Deloitte takes part in AMdEX". */
    public String sentence(Language language) {
        return chain.stream().map(link -> LinkSentence.of(link, names, language)).collect(Collectors.joining("; "));
    }
}
