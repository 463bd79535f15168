package org.ecosystemmap.graphql.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.merge.MergedIds;
import org.ecosystemmap.graph.views.SavedViews;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Statement;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Cypher of saved views, one statement per root field. A view's map is stored as one JSON document
 * ({@code state}) next to the list of its entity ids ({@code entityIds}), from which each statement works out
 * which of them no entity has any more: an id merged into another entity still leads to one, so it is not missing.
 */
final class SavedViewQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The view {@code v} as a map, with the ids of its entities that are gone. */
    private static final String VIEW = """
            v {.id, .name, .description, .url, .state, .savedBy, savedAt: toString(v.savedAt),
               missing: [id IN v.entityIds WHERE NOT EXISTS { MATCH (:Entity {id: id}) } AND NOT EXISTS { MATCH (:%s {id: id}) }]}"""
            .formatted(MergedIds.LABEL);

    private SavedViewQueries() {
    }

    static CompiledQuery<SavedView> one(String id) {
        return new CompiledQuery<>(new Statement("""
                MATCH (v:%s {id: $id})
                RETURN %s AS view""".formatted(SavedViews.LABEL, VIEW), Map.of("id", id)),
                records -> records.stream().findFirst().map(SavedViewQueries::view).orElse(null));
    }

    static CompiledQuery<Connection<SavedView>> page(PageRequest page) {
        return new CompiledQuery<>(new Statement("""
                MATCH (v:%s)
                WITH v ORDER BY v.savedAt DESC, v.id
                WITH collect(v) AS views
                RETURN size(views) AS total, [v IN views[$offset..$offset + $first] | %s] AS page"""
                .formatted(SavedViews.LABEL, VIEW), Map.of("offset", page.offset(), "first", page.first())),
                records -> {
                    var record = records.getFirst();
                    var views = record.get("page").asList(SavedViewQueries::view);
                    return Connection.of(views, page, record.get("total").asInt());
                });
    }

    /** Creates the view under a new id and answers it as {@link #one} would. */
    static Statement save(SavedViewInput input, String savedBy) {
        var properties = new HashMap<String, Object>();
        properties.put("name", input.name());
        properties.put("description", input.description());
        properties.put("url", input.url());
        properties.put("state", JSON.writeValueAsString(input.map()));
        properties.put("entityIds", input.map().entityIds());
        properties.put("savedBy", savedBy);
        return new Statement("""
                CREATE (v:%s {id: randomUUID(), savedAt: datetime()})
                SET v += $properties
                RETURN %s AS view""".formatted(SavedViews.LABEL, VIEW), Map.of("properties", properties));
    }

    static Statement delete(String id) {
        return new Statement("""
                MATCH (v:%s {id: $id})
                DELETE v
                RETURN count(*) AS deleted""".formatted(SavedViews.LABEL), Map.of("id", id));
    }

    static SavedView view(Record record) {
        return view(record.get("view"));
    }

    private static SavedView view(Value v) {
        return new SavedView(v.get("id").asString(), v.get("name").asString(), v.get("description").asString(null), v.get("url").asString(),
                JSON.readValue(v.get("state").asString(), MapState.class), List.copyOf(v.get("missing").asList(Value::asString)),
                v.get("savedAt").asString(), v.get("savedBy").asString(null));
    }
}
