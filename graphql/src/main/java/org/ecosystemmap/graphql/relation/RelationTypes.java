package org.ecosystemmap.graphql.relation;

import java.util.ArrayList;
import java.util.List;
import org.ecosystemmap.graph.rules.FactRules;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * Relationship type names as clients pass them ({@code types: ["PARTNER_IN"]}), checked by the rule book's
 * one check of a type's name, as a dataset's and a curator's are.
 */
public final class RelationTypes {

    private RelationTypes() {
    }

    /**
     * The names, as the vocabulary writes them, when every one is a relationship type; null stays null (meaning all types).
     *
     * @throws BadRequestException naming the unknown type and the known ones
     */
    public static List<String> checked(List<String> types) {
        if (types == null) {
            return null;
        }
        var names = new ArrayList<String>();
        for (var type : types) {
            var checked = FactRules.relationType(type);
            if (!checked.ok()) {
                throw new BadRequestException(checked.problems().getFirst().describe());
            }
            names.add(checked.value().name());
        }
        return List.copyOf(names);
    }
}
