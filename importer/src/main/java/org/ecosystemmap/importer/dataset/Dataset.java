package org.ecosystemmap.importer.dataset;

import java.util.List;
import org.ecosystemmap.graph.sources.SourceSections.Section;

/**
 * A fully validated dataset, ready to write. Warnings are findings that do not stop an import, such as
 * likely duplicates. Sections are the source documents' sections the dataset names, which the graph keeps
 * so that a curator's references are placed in them as the dataset's are.
 */
public record Dataset(String name, List<EntityRecord> entities, List<RelationshipRecord> relationships, List<Problem> warnings,
        List<Section> sections) {

    public Dataset {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
        warnings = List.copyOf(warnings);
        sections = List.copyOf(sections);
    }

    /** A dataset that names no sections. */
    public Dataset(String name, List<EntityRecord> entities, List<RelationshipRecord> relationships, List<Problem> warnings) {
        this(name, entities, relationships, warnings, List.of());
    }
}
