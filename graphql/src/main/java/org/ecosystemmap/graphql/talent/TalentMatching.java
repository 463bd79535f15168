package org.ecosystemmap.graphql.talent;

import static org.ecosystemmap.graph.vocabulary.EntityKind.PLACE;
import static org.ecosystemmap.graph.vocabulary.EntityKind.TALENT_PROGRAMME;
import static org.ecosystemmap.graph.vocabulary.RelationType.LOCATED_IN;
import static org.ecosystemmap.graph.vocabulary.RelationType.PART_OF;
import static org.ecosystemmap.graphql.compile.Field.below;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityProjection;

/**
 * Reads every talent programme for matching to a profile, in one statement: its facts, how its places reach
 * the profile's place (in it, within it, or in a region around it), what the client selected on it, and the
 * entity the profile's place id names. {@link MatchScoring} does the rest.
 */
final class TalentMatching {

    /** The facts of a programme that scoring and ranking read. */
    private static final String FACTS = "id: n.id, name: n.name, status: n.status, "
            + Arrays.stream(TalentFacet.values()).map(f -> "`%1$s`: n.`%1$s`".formatted(f.field())).collect(Collectors.joining(", "));

    private static final String REACHES = """
            COLLECT {
              MATCH (n)-[:%1$s]->(located:%2$s), (wanted:%2$s {id: $place})
              WITH located, CASE
                WHEN located = wanted THEN 'IN'
                WHEN EXISTS { (located)-[:%3$s*1..]->(wanted) } THEN 'WITHIN'
                WHEN EXISTS { (wanted)-[:%3$s*1..]->(located) } THEN 'AROUND' END AS reach
              WHERE reach IS NOT NULL
              RETURN {reach: reach, place: located.name}
            }""".formatted(LOCATED_IN, PLACE.label(), PART_OF);

    /** What the statement read: every programme, and the entity the profile's place id names. */
    record Read(List<MatchScoring.Candidate> candidates, List<TalentValues.Named> named) {
    }

    private TalentMatching() {
    }

    /** @param selection what is selected on the matches */
    static CompiledQuery<Read> read(String place, List<String> ids, Selection selection) {
        var plan = selection.plan("matchTalentProgrammes",
                (fields, compilation) -> EntityProjection.of(below(fields, "programme"), TALENT_PROGRAMME, "n", compilation));
        var programme = plan.value();
        var compilation = plan.compilation();
        compilation.put("place", place);
        compilation.put("named", ids);
        return new CompiledQuery<>(compilation.statement("""
                %s
                CALL () {
                  MATCH (n:%s)
                  RETURN collect({facts: {%s}, reaches: %s, programme: %s}) AS programmes
                }
                RETURN named, programmes""".formatted(ids.isEmpty() ? "WITH [] AS named" : TalentValues.NAMED, TALENT_PROGRAMME.label(),
                FACTS, REACHES, programme.cypher())), records -> {
                    var record = records.getFirst();
                    var candidates = record.get("programmes").asList(r -> new MatchScoring.Candidate(
                            withoutNulls(r.get("facts").asMap()), programme.read(r.get("programme").asObject()),
                            r.get("reaches").asList(v -> new MatchScoring.PlaceReach(
                                    MatchScoring.Reach.valueOf(v.get("reach").asString()), v.get("place").asString()))));
                    return new Read(candidates, TalentValues.named(record.get("named")));
                });
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> facts) {
        return facts.entrySet().stream().filter(e -> e.getValue() != null).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
