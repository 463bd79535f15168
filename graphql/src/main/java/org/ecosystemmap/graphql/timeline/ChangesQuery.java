package org.ecosystemmap.graphql.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.ChangeKind;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.connection.GraphEdge;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * What changed in a period, read in one statement from the years the graph records: a relationship's
 * {@code since} (JOINED; HANDED_OVER when it is RUNS, or its role says it was handed over or lodged with
 * another) and {@code until} (LEFT; ENDED when it is RUNS), and an entity's {@code startYear} (STARTED) and
 * {@code endYear} (ENDED; HANDED_OVER when its status is HANDED_OVER).
 */
@Component
class ChangesQuery {

    /** Words of a role (in lower case) that say the relationship records a handover: "handed over to", "ondergebracht bij". */
    static final List<String> HANDOVER_WORDS = List.of("handed over", "ondergebracht", "lodged with");

    private final EcosystemGraph graph;

    ChangesQuery(EcosystemGraph graph) {
        this.graph = graph;
    }

    List<Change> between(CalendarDate from, CalendarDate to, List<EntityKind> kinds) {
        if (from.firstDay().isAfter(to.lastDay())) {
            throw new BadRequestException("from (" + from + ") must not be after to (" + to + ")");
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("first", from.year());
        parameters.put("last", to.year());
        parameters.put("labels", kinds == null || kinds.isEmpty() ? null : kinds.stream().map(EntityKind::label).toList());
        parameters.put("handover", HANDOVER_WORDS);
        var found = graph.read(tx -> tx.run("""
                CALL () {
                  MATCH (a:Entity)-[r]->(b:Entity)
                  WHERE (r.since >= $first AND r.since <= $last) OR (r.until >= $first AND r.until <= $last)
                  WITH a, r, b, type(r) = 'RUNS' AS runs,
                       any(word IN $handover WHERE toLower(coalesce(r.role, '')) CONTAINS word) AS handedOver
                  UNWIND [
                    CASE WHEN r.since >= $first AND r.since <= $last THEN
                      CASE WHEN runs THEN {year: r.since, what: 'HANDED_OVER', entity: b, other: a}
                           WHEN handedOver THEN {year: r.since, what: 'HANDED_OVER', entity: a, other: b}
                           ELSE {year: r.since, what: 'JOINED', entity: a, other: b} END END,
                    CASE WHEN r.until >= $first AND r.until <= $last THEN
                      CASE WHEN runs THEN {year: r.until, what: 'ENDED', entity: b, other: a}
                           ELSE {year: r.until, what: 'LEFT', entity: a, other: b} END END] AS change
                  WITH change, r WHERE change IS NOT NULL
                  RETURN change.year AS year, change.what AS what, change.entity AS entity, change.other AS other,
                         {r: r, from: startNode(r).id, to: endNode(r).id} AS relation
                  UNION ALL
                  MATCH (n:Entity)
                  WHERE (n.startYear >= $first AND n.startYear <= $last) OR (n.endYear >= $first AND n.endYear <= $last)
                  UNWIND [
                    CASE WHEN n.startYear >= $first AND n.startYear <= $last THEN {year: n.startYear, what: 'STARTED'} END,
                    CASE WHEN n.endYear >= $first AND n.endYear <= $last THEN
                      {year: n.endYear, what: CASE WHEN n.status = 'HANDED_OVER' THEN 'HANDED_OVER' ELSE 'ENDED' END} END] AS change
                  WITH change, n WHERE change IS NOT NULL
                  RETURN change.year AS year, change.what AS what, n AS entity, null AS other, null AS relation
                }
                WITH year, what, entity, other, relation
                WHERE $labels IS NULL OR any(label IN labels(entity) WHERE label IN $labels)
                RETURN year, what, entity, other, relation
                """, parameters).list(record -> {
                    var entity = EntityNode.of(record.get("entity").asNode());
                    var relation = record.get("relation").isNull() ? null : GraphEdge.of(record.get("relation"));
                    var other = record.get("other").isNull() ? null : EntityNode.of(record.get("other").asNode());
                    var sources = relation == null ? SourceCitation.of(entity.storedSources(), entity.quote(), entity.inferred())
                            : SourceCitation.of(relation.storedSources(), relation.quote(), relation.inferred());
                    return new Change(CalendarDate.ofYear(record.get("year").asInt()), entity, relation, other,
                            ChangeKind.valueOf(record.get("what").asString()), sources);
                }));
        return ordered(found);
    }

    /**
     * The changes in order, each once: an end year and the end of whoever ran it are one ending, told by the
     * relationship, which also names who ran it.
     */
    private static List<Change> ordered(List<Change> found) {
        var once = new LinkedHashMap<String, Change>();
        for (var change : found) {
            var key = change.date() + " " + change.what() + " " + change.entity().id() + " "
                    + (change.what() == ChangeKind.ENDED || change.relation() == null ? "" : change.relation().type() + " " + change.other().id());
            once.merge(key, change, (kept, next) -> kept.relation() != null ? kept : next);
        }
        var sorted = new ArrayList<>(once.values());
        sorted.sort(Comparator.comparingInt((Change c) -> c.date().year())
                .thenComparing(Change::what)
                .thenComparing(c -> c.other() == null ? "" : c.other().name())
                .thenComparing(c -> c.entity().name())
                .thenComparing(c -> c.entity().id()));
        return sorted;
    }

    /** The years with a change, in order. */
    List<Integer> years() {
        return graph.read(tx -> tx.run("""
                CALL () {
                  MATCH ()-[r]->() WHERE r.since IS NOT NULL OR r.until IS NOT NULL
                  UNWIND [r.since, r.until] AS year
                  RETURN year
                  UNION
                  MATCH (n:Entity) WHERE n.startYear IS NOT NULL OR n.endYear IS NOT NULL
                  UNWIND [n.startYear, n.endYear] AS year
                  RETURN year
                }
                WITH year WHERE year IS NOT NULL
                RETURN year ORDER BY year
                """).list(record -> record.get("year").asInt()));
    }
}
