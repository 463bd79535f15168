package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.merge.MergedIds;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RelationshipRecord;

/**
 * A dataset's rows that still name an entity a curator merged into another ({@code mergeEntities}), mapped
 * onto the entity kept, so that importing the dataset again does not bring the merged entity back as a second
 * one. The merged entity's own row is left out (the kept entity keeps its facts: the curator chose them); its
 * relationships are imported as the kept entity's. A relationship that the mapping makes a second copy of
 * another row, or that would join the kept entity to itself, is left out too. Each such row is reported as
 * a warning, at its line.
 */
final class MergedRows {

    private MergedRows() {
    }

    static Dataset map(EcosystemGraph graph, Dataset dataset) {
        if (!GraphImport.read(graph, MergedIds::any)) {
            return dataset;
        }
        var ids = new HashSet<String>();
        dataset.entities().forEach(entity -> ids.add(entity.id()));
        dataset.relationships().forEach(relationship -> {
            ids.add(relationship.from());
            ids.add(relationship.to());
        });
        Map<String, String> kept = GraphImport.read(graph, tx -> MergedIds.keptFor(tx, ids));
        if (kept.isEmpty()) {
            return dataset;
        }
        var warnings = new ArrayList<>(dataset.warnings());
        var entities = dataset.entities().stream().filter(entity -> {
            var into = kept.get(entity.id());
            if (into != null) {
                warnings.add(Problem.at(entity.location(), "id", "\"" + entity.id() + "\" was merged into \"" + into
                        + "\": this row is not imported again, and the rows that name \"" + entity.id() + "\" are imported onto \"" + into + "\""));
            }
            return into == null;
        }).toList();
        var relationships = new ArrayList<RelationshipRecord>();
        var keys = new LinkedHashSet<RelationshipRecord.Key>();
        for (var relationship : dataset.relationships()) {
            var from = kept.getOrDefault(relationship.from(), relationship.from());
            var to = kept.getOrDefault(relationship.to(), relationship.to());
            if (from.equals(relationship.from()) && to.equals(relationship.to())) {
                if (keys.add(relationship.key())) {
                    relationships.add(relationship);
                }
                continue;
            }
            var mapped = new RelationshipRecord(from, relationship.type(), to, relationship.properties(), relationship.location());
            String outcome;
            if (from.equals(to)) {
                outcome = "left out: it would join \"" + from + "\" to itself";
            } else if (!keys.add(mapped.key())) {
                outcome = "left out: another row already gives " + mapped.key();
            } else {
                relationships.add(mapped);
                outcome = "imported as " + mapped.key();
            }
            warnings.add(Problem.at(relationship.location(), null, relationship.key() + " names an entity merged into another ("
                    + (from.equals(relationship.from()) ? relationship.to() + " into " + to : relationship.from() + " into " + from) + "); " + outcome));
        }
        return new Dataset(dataset.name(), entities, relationships, warnings, dataset.sections(), dataset.phrases());
    }
}
