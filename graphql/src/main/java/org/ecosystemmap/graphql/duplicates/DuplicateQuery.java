package org.ecosystemmap.graphql.duplicates;

import static org.ecosystemmap.graphql.compile.Field.at;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Field;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityProjection;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.neo4j.driver.Value;

/**
 * Reads, in one statement, what {@link DuplicateScoring} compares of every entity (kind, name keys, the ids of
 * its neighbours) and what the client selected on the two entities of a pair, which the scoring passes through.
 */
final class DuplicateQuery {

    private DuplicateQuery() {
    }

    static CompiledQuery<List<DuplicateScoring.Candidate<EntityResult>>> read(Selection selection) {
        var plan = selection.plan("likelyDuplicates", (fields, compilation) -> EntityProjection.of(
                Field.childrenOf(Stream.concat(at(fields, "a").stream(), at(fields, "b").stream()).toList()), null, "n",
                compilation));
        var entity = plan.value();
        var compilation = plan.compilation();
        return new CompiledQuery<>(compilation.statement("""
                MATCH (n:Entity)
                WHERE size(coalesce(n.%s, [])) > 0
                RETURN n.id AS id, labels(n) AS labels, n.%1$s AS keys, [(n)--(m:Entity) | m.id] AS neighbours, %s AS n"""
                .formatted(NameKeys.PROPERTY, entity.cypher())), records -> records.stream()
                .map(r -> new DuplicateScoring.Candidate<>(r.get("id").asString(), EntityKind.fromLabels(r.get("labels").asList(Value::asString)),
                        r.get("keys").asList(Value::asString), new HashSet<>(r.get("neighbours").asList(Value::asString)),
                        (EntityResult) entity.read(r.get("n").asObject())))
                .toList());
    }
}
