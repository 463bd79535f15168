package org.ecosystemmap.graphql.talent;

import static org.ecosystemmap.graph.vocabulary.EntityKind.PLACE;
import static org.ecosystemmap.graph.vocabulary.EntityKind.TALENT_PROGRAMME;
import static org.ecosystemmap.graph.vocabulary.RelationType.LOCATED_IN;
import static org.ecosystemmap.graph.vocabulary.RelationType.PART_OF;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Ranks the talent programmes for a profile: one query reads every programme with how its places reach
 * the profile's place (in it, within it, or in a region around it), and {@link MatchScoring} does the rest.
 */
@Component
class TalentMatching {

    private static final String CANDIDATES = """
            MATCH (n:%1$s)
            RETURN n, COLLECT {
              MATCH (n)-[:%2$s]->(located:%3$s), (wanted:%3$s {id: $place})
              WITH located, CASE
                WHEN located = wanted THEN 'IN'
                WHEN EXISTS { (located)-[:%4$s*1..]->(wanted) } THEN 'WITHIN'
                WHEN EXISTS { (wanted)-[:%4$s*1..]->(located) } THEN 'AROUND' END AS reach
              WHERE reach IS NOT NULL
              RETURN {reach: reach, place: located.name}
            } AS reaches
            """.formatted(TALENT_PROGRAMME.label(), LOCATED_IN, PLACE.label(), PART_OF);

    private final EcosystemGraph graph;
    private final TalentValues values;

    TalentMatching(EcosystemGraph graph, TalentValues values) {
        this.graph = graph;
        this.values = values;
    }

    List<TalentMatch> match(TalentProfile profile, Integer first) {
        int limit = PageRequest.of(first, null, 10).first();
        var wanted = profile.values();
        if (wanted.isEmpty()) {
            throw new BadRequestException("a profile needs at least one target group, sector, activity type or place");
        }
        var names = values.check(wanted);
        var scoring = new MatchScoring(wanted, profile.place() == null ? null : names.get(profile.place()));
        var parameters = new HashMap<String, Object>();
        parameters.put("place", profile.place());
        return graph.query(CANDIDATES, parameters, r -> new MatchScoring.Candidate(EntityNode.of(r.get("n").asNode()),
                        r.get("reaches").asList(v -> new MatchScoring.PlaceReach(
                                MatchScoring.Reach.valueOf(v.get("reach").asString()), v.get("place").asString()))))
                .stream()
                .map(scoring::score)
                .flatMap(Optional::stream)
                .sorted(MatchScoring.RANKING)
                .limit(limit)
                .toList();
    }
}
