package org.ecosystemmap.graphql.talent;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.listing.EntityLists;
import org.springframework.stereotype.Component;

/**
 * Reads the talent programmes that match a text (all of them without one), each with its values for every
 * filter field, in one query. Filtering, counting and paging are done on these facts, so the list and its
 * facet counts cannot disagree, and the query is the same for every filter: the database plans it once.
 * A region has some hundreds of talent programmes, not millions.
 */
@Component
class TalentCatalogue {

    private static final String VALUES = Arrays.stream(TalentField.values()).map(TalentField::valuesOfProgramme)
            .collect(Collectors.joining(", ", "[", "]"));

    private final EcosystemGraph graph;

    TalentCatalogue(EcosystemGraph graph) {
        this.graph = graph;
    }

    List<ProgrammeFacts> read(String text) {
        var parameters = new HashMap<String, Object>();
        var match = EntityLists.match(EntityKind.TALENT_PROGRAMME, text, List.of(), parameters);
        var score = EntityLists.hasText(text) ? "score" : "0.0";
        return graph.query("%s RETURN n, %s AS score, %s AS facetValues".formatted(match, score, VALUES), parameters,
                r -> new ProgrammeFacts(EntityNode.of(r.get("n").asNode()), r.get("score").asDouble(),
                        r.get("facetValues").asList(field -> field.asList(v -> new ProgrammeFacts.Fact(
                                v.get("value").asString(), v.get("label").asString(null), v.get("listed").asBoolean())))));
    }
}
