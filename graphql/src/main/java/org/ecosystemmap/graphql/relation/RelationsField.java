package org.ecosystemmap.graphql.relation;

import static org.ecosystemmap.graphql.compile.Field.below;
import static org.ecosystemmap.graphql.compile.Field.selects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.Compilation;
import org.ecosystemmap.graphql.compile.Field;
import org.ecosystemmap.graphql.entity.EntityField;
import org.ecosystemmap.graphql.entity.EntityProjection;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;

/**
 * {@code Entity.relations}: a page of an entity's relationships, ordered by type and then by the other entity's
 * name. The page is a {@code COLLECT} subquery that skips and limits in the database; the total is a
 * {@code COUNT} subquery, counted only when {@code totalCount} is selected (one relationship more than the page
 * tells whether another page follows).
 */
final class RelationsField implements EntityField {

    @Override
    public Projection project(String node, Selected selected, Compilation compilation) {
        var request = request(selected.arguments());
        var relationship = compilation.variable("rel");
        var other = compilation.variable("ent");
        var match = request.direction().pattern(node, relationship, other + ":" + EntityKind.ENTITY_LABEL)
                + (request.types() == null ? "" : " WHERE type(%s) IN %s".formatted(relationship, compilation.parameter(request.types())));
        var children = selected.children();
        var page = request.page();
        boolean counted = selects(children, "totalCount");
        boolean listed = selects(children, "edges") || selects(children, "pageInfo");
        var entries = new ArrayList<String>();
        if (counted) {
            entries.add("total: COUNT { MATCH %s }".formatted(match));
        }
        Function<Object, Relation> item = raw -> null;
        if (listed) {
            var relation = item(below(children, "edges", "node"), node, relationship, other, compilation);
            item = relation.reader();
            entries.add("items: COLLECT { MATCH %1$s WITH %2$s, %3$s ORDER BY type(%2$s), %3$s.name, %3$s.id SKIP %4$s LIMIT %5$s RETURN %6$s }"
                    .formatted(match, relationship, other, compilation.parameter(page.offset()),
                            compilation.parameter(page.first() + (counted ? 0 : 1)), relation.cypher()));
        }
        var read = item;
        return new Projection("{" + String.join(", ", entries) + "}", raw -> {
            var values = (Map<?, ?>) raw;
            var items = values.get("items") instanceof List<?> list ? list.stream().map(read).toList() : List.<Relation>of();
            return counted ? Connection.of(items, page, ((Number) values.get("total")).intValue()) : Connection.peek(items, page);
        });
    }

    @Override
    public boolean cheap() {
        return false;
    }

    /** The arguments of one {@code relations(...)} field. */
    private record Request(List<String> types, Direction direction, PageRequest page) {
    }

    private static Request request(Map<String, Object> arguments) {
        @SuppressWarnings("unchecked")
        var types = RelationTypes.checked((List<String>) arguments.get("types"));
        var direction = arguments.get("direction") == null ? Direction.BOTH : Direction.valueOf(arguments.get("direction").toString());
        return new Request(types, direction, PageRequest.of((Integer) arguments.get("first"), (String) arguments.get("after"), 50));
    }

    /** What a {@code Relation} is read as: the fields selected on it, from the relationship and the entity at its other end. */
    private record Item(String cypher, Function<Object, Relation> reader) {
    }

    private static Item item(List<Field> selected, String node, String relationship, String other, Compilation compilation) {
        var entries = new ArrayList<String>();
        entries.add("type: type(%s)".formatted(relationship));
        entries.add("out: startNode(%s) = %s".formatted(relationship, node));
        for (var property : List.of("role", "since", "until", "dataset")) {
            if (selects(selected, property)) {
                entries.add("`%1$s`: %2$s.`%1$s`".formatted(property, relationship));
            }
        }
        if (selects(selected, "sources")) {
            entries.add("sources: %1$s.sources, quote: %1$s.quote, inferred: %1$s.inferred".formatted(relationship));
        }
        var entity = selects(selected, "other")
                ? EntityProjection.of(below(selected, "other"), null, other, compilation)
                : null;
        if (entity != null) {
            entries.add("other: " + entity.cypher());
        }
        return new Item("{" + String.join(", ", entries) + "}", raw -> {
            @SuppressWarnings("unchecked")
            var values = (Map<String, Object>) raw;
            var facts = RelationshipFacts.of(values);
            EntityResult read = entity == null ? null : entity.read(values.get("other"));
            return new Relation((String) values.get("type"), Boolean.TRUE.equals(values.get("out")) ? Direction.OUT : Direction.IN,
                    read, facts.role(), facts.since(), facts.until(), facts.storedSources(), facts.quote(), facts.inferred(), facts.dataset());
        });
    }
}
