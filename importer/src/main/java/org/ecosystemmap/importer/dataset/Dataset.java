package org.ecosystemmap.importer.dataset;

import java.util.List;
import org.ecosystemmap.graph.ask.PhraseRow;
import org.ecosystemmap.graph.sources.SourceSections.Section;

/**
 * A fully validated dataset, ready to write. Warnings are findings that do not stop an import, such as
 * likely duplicates. Sections are the source documents' sections the dataset names, which the graph keeps
 * so that a curator's references are placed in them as the dataset's are; phrases are the questions in words
 * it teaches {@code ask}.
 */
public record Dataset(String name, List<EntityRecord> entities, List<RelationshipRecord> relationships, List<Problem> warnings,
        List<Section> sections, List<PhraseRow> phrases) {

    public Dataset {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
        warnings = List.copyOf(warnings);
        sections = List.copyOf(sections);
        phrases = List.copyOf(phrases);
    }

    /** A dataset that brings no question phrases. */
    public Dataset(String name, List<EntityRecord> entities, List<RelationshipRecord> relationships, List<Problem> warnings,
            List<Section> sections) {
        this(name, entities, relationships, warnings, sections, List.of());
    }

    /** A dataset that names no sections. */
    public Dataset(String name, List<EntityRecord> entities, List<RelationshipRecord> relationships, List<Problem> warnings) {
        this(name, entities, relationships, warnings, List.of());
    }
}
