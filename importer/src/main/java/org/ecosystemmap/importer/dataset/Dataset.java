package org.ecosystemmap.importer.dataset;

import java.util.List;

/**
 * A fully validated dataset, ready to write. Warnings are findings that do not stop an import, such as
 * likely duplicates.
 */
public record Dataset(String name, List<EntityRecord> entities, List<RelationshipRecord> relationships, List<Problem> warnings) {

    public Dataset {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
        warnings = List.copyOf(warnings);
    }
}
