package org.ecosystemmap.graphql.views;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/**
 * The map of a saved view as it was drawn: the schema's {@code MapState} and {@code MapStateInput}. Stored on the
 * view's node as one JSON document ({@link SavedViewQueries}), since a node's properties hold no nested values.
 */
public record MapState(String focus, Integer year, Boolean hideHubs, List<EntityKind> hiddenKinds, List<PlacedEntity> entities,
        List<MapRelation> relations) {

    public MapState {
        hideHubs = hideHubs != null && hideHubs;
        hiddenKinds = hiddenKinds == null ? List.of() : List.copyOf(hiddenKinds);
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** An entity on the map and where it was drawn. */
    public record PlacedEntity(String id, double x, double y) {
    }

    /** A relationship drawn on the map. */
    public record MapRelation(String from, String type, String to) {
    }

    List<String> entityIds() {
        return entities.stream().map(PlacedEntity::id).distinct().toList();
    }
}
