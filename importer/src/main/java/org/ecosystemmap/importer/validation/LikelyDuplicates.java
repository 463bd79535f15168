package org.ecosystemmap.importer.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.importer.dataset.EntityRecord;
import org.ecosystemmap.importer.dataset.Problem;

/**
 * Warns about entities that are probably one and the same: two ids of the same kind whose names or aliases
 * read the same once case, accents and punctuation are set aside. Aliases are how a name resolves to one
 * entity, so an alias shared by two entities of a kind is ambiguous too. Across kinds a shared name is
 * normal (the organisation Marineterrein and the site Marineterrein) and not warned about.
 */
final class LikelyDuplicates {

    private record KindAndName(EntityKind kind, String nameKey) {
    }

    private LikelyDuplicates() {
    }

    static List<Problem> find(List<EntityRecord> entities) {
        var byName = new LinkedHashMap<KindAndName, List<EntityRecord>>();
        for (var entity : entities) {
            @SuppressWarnings("unchecked")
            var keys = (List<String>) entity.properties().get(NameKeys.PROPERTY);
            for (var key : keys) {
                byName.computeIfAbsent(new KindAndName(entity.kind(), key), k -> new ArrayList<>()).add(entity);
            }
        }
        var warnings = new ArrayList<Problem>();
        var reported = new HashSet<List<String>>();
        byName.forEach((name, same) -> {
            var first = same.getFirst();
            for (var other : same.subList(1, same.size())) {
                if (!other.id().equals(first.id()) && reported.add(List.of(first.id(), other.id()))) {
                    warnings.add(Problem.at(other.location(), "name", "\"" + other.id() + "\" and \"" + first.id() + "\" ("
                            + first.location() + ") are both called \"" + name.nameKey()
                            + "\" by name or alias: the same entity twice, or an ambiguous alias?"));
                }
            }
        });
        return warnings;
    }
}
