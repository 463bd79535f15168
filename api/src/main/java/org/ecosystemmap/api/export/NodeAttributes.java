package org.ecosystemmap.api.export;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityNode;

/**
 * The attributes every export gives an entity, whatever its kind: the kind's own {@code type} (PARTNER type,
 * initiative type ...), and the years it ran as since and until ({@code startYear} or {@code year}, and
 * {@code endYear}).
 */
record NodeAttributes(String id, String name, String kind, String type, String description, Integer since, Integer until,
        List<String> sources) {

    static NodeAttributes of(EntityNode node) {
        var p = node.properties();
        var since = year(p.get("startYear")) != null ? year(p.get("startYear")) : year(p.get("year"));
        return new NodeAttributes(node.id(), node.name(), node.kind().label(), p.get("type") instanceof String type ? type : null,
                node.description(), since, year(p.get("endYear")), node.storedSources());
    }

    private static Integer year(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }
}
