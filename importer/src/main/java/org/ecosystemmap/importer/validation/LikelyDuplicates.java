package org.ecosystemmap.importer.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.importer.dataset.EntityRecord;
import org.ecosystemmap.importer.dataset.Problem;

/**
 * Warns about entities that are probably one and the same: two ids whose names or aliases read the same
 * once case, accents and punctuation are set aside. Aliases are how a name resolves to one entity, so an
 * alias shared by two entities is ambiguous too.
 */
final class LikelyDuplicates {

    private LikelyDuplicates() {
    }

    static List<Problem> find(List<EntityRecord> entities) {
        var byName = new LinkedHashMap<String, List<EntityRecord>>();
        for (var entity : entities) {
            @SuppressWarnings("unchecked")
            var keys = (List<String>) entity.properties().get(NameKeys.PROPERTY);
            for (var name : keys) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(entity);
            }
        }
        var warnings = new ArrayList<Problem>();
        var reported = new HashSet<String>();
        for (Map.Entry<String, List<EntityRecord>> entry : byName.entrySet()) {
            var same = entry.getValue();
            if (same.size() < 2) {
                continue;
            }
            var first = same.getFirst();
            for (var other : same.subList(1, same.size())) {
                if (other.id().equals(first.id()) || !reported.add(first.id() + "\u0000" + other.id())) {
                    continue;
                }
                warnings.add(Problem.at(other.origin(), other.line(), "name", "\"" + other.id() + "\" and \"" + first.id() + "\" ("
                        + first.origin() + ":" + first.line() + ") are both called \"" + entry.getKey()
                        + "\" by name or alias: the same entity twice, or an ambiguous alias?"));
            }
        }
        return warnings;
    }
}
