package org.ecosystemmap.graphql.timeline;

import static org.ecosystemmap.graphql.compile.Field.below;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.ChangeKind;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Compilation;
import org.ecosystemmap.graphql.compile.Field;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.connection.GraphEdge;
import org.ecosystemmap.graphql.entity.EntityProjection;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.neo4j.driver.Value;

/**
 * What changed in a period, read in one statement from the years the graph records: a relationship's
 * {@code since} (JOINED; HANDED_OVER when it is RUNS, or its role says it was handed over or lodged with
 * another) and {@code until} (LEFT; ENDED when it is RUNS), and an entity's {@code startYear} (STARTED) and
 * {@code endYear} (ENDED; HANDED_OVER when its status is HANDED_OVER). The statement reads what the client selected on
 * the entities and relationships, and the ids and names the changes are told apart and ordered by.
 */
final class ChangesQuery {

    /** Words of a role (in lower case) that say the relationship records a handover: "handed over to", "ondergebracht bij". */
    static final List<String> HANDOVER_WORDS = List.of("handed over", "ondergebracht", "lodged with");

    /** What the statement reads of the changed entity, the other end, and the relationship; and whether the sources. */
    private record Plan(EntityProjection.Compiled entity, EntityProjection.Compiled other, String relation, boolean cited) {
    }

    private ChangesQuery() {
    }

    static CompiledQuery<List<Change>> between(CalendarDate from, CalendarDate to, List<EntityKind> kinds, Selection selection) {
        if (from.firstDay().isAfter(to.lastDay())) {
            throw new BadRequestException("from (" + from + ") must not be after to (" + to + ")");
        }
        var plan = selection.plan("changes", ChangesQuery::plan);
        var compilation = plan.compilation();
        compilation.put("first", from.year());
        compilation.put("last", to.year());
        compilation.put("labels", kinds == null || kinds.isEmpty() ? null : kinds.stream().map(EntityKind::label).toList());
        compilation.put("handover", HANDOVER_WORDS);
        var read = plan.value();
        return new CompiledQuery<>(compilation.statement("""
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
                  RETURN change.year AS year, change.what AS what, change.entity AS entity, change.other AS other, r AS relation
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
                RETURN year, what, entity.id AS entityId, coalesce(entity.name, entity.id) AS entityName,
                       other.id AS otherId, coalesce(other.name, other.id) AS otherName, %s AS entity,
                       CASE WHEN other IS NULL THEN null ELSE %s END AS other,
                       CASE WHEN relation IS NULL THEN null ELSE %s END AS relation,
                       %s AS cited""".formatted(read.entity().cypher(), read.other().cypher(), read.relation(),
                read.cited() ? "{sources: entity.sources, quote: entity.quote, inferred: entity.inferred}" : "null")),
                records -> ordered(records.stream().map(record -> {
                    var relation = record.get("relation").isNull() ? null : GraphEdge.of(record.get("relation").asObject());
                    var sources = !read.cited() ? List.<SourceCitation>of() : relation == null ? SourceCitation.of(record.get("cited").asMap())
                            : SourceCitation.of(relation.storedSources(), relation.quote(), relation.inferred());
                    var change = new Change(CalendarDate.ofYear(record.get("year").asInt()), read.entity().read(record.get("entity").asObject()),
                            relation, read.other().read(record.get("other").asObject()), ChangeKind.valueOf(record.get("what").asString()), sources);
                    return new Found(change, record.get("entityId").asString(), record.get("entityName").asString(),
                            text(record.get("otherId")), text(record.get("otherName")));
                }).toList()));
    }

    private static Plan plan(List<Field> fields, Compilation compilation) {
        var cited = fields.stream().filter(f -> f.name().equals("sources")).toList();
        var relation = new ArrayList<>(below(fields, "relation"));
        // A change told by a relationship cites the relationship's sources.
        relation.addAll(cited);
        return new Plan(EntityProjection.of(below(fields, "entity"), null, "entity", compilation),
                EntityProjection.of(below(fields, "other"), null, "other", compilation), GraphEdge.cypher("relation", relation), !cited.isEmpty());
    }

    /** A change read, with the ids and names of its entities, which the answer is told apart and ordered by. */
    private record Found(Change change, String entityId, String entityName, String otherId, String otherName) {
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    /**
     * The changes in order, each once: an end year and the end of whoever ran it are one ending, told by the
     * relationship, which also names who ran it.
     */
    private static List<Change> ordered(List<Found> found) {
        var once = new LinkedHashMap<String, Found>();
        for (var f : found) {
            var change = f.change();
            var key = change.date() + " " + change.what() + " " + f.entityId() + " "
                    + (change.what() == ChangeKind.ENDED || change.relation() == null ? "" : change.relation().type() + " " + f.otherId());
            once.merge(key, f, (kept, next) -> kept.change().relation() != null ? kept : next);
        }
        var sorted = new ArrayList<>(once.values());
        sorted.sort(Comparator.comparingInt((Found f) -> f.change().date().year())
                .thenComparing(f -> f.change().what())
                .thenComparing(f -> f.otherName() == null ? "" : f.otherName())
                .thenComparing(Found::entityName)
                .thenComparing(Found::entityId));
        return sorted.stream().map(Found::change).toList();
    }

    /** The years with a change, in order. */
    static CompiledQuery<List<Integer>> years() {
        return new CompiledQuery<>(new Compilation().statement("""
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
                RETURN year ORDER BY year"""), records -> records.stream().map(record -> record.get("year").asInt()).toList());
    }
}
