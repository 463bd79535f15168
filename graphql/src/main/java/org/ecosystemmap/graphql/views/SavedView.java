package org.ecosystemmap.graphql.views;

import java.util.List;

/** A saved view as the schema's {@code SavedView} answers it. */
public record SavedView(String id, String name, String description, String url, MapState map, List<String> missingEntities,
        String savedAt, String savedBy) {
}
