package org.ecosystemmap.graphql.relation;

import java.util.Arrays;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.error.BadRequestException;

/** Relationship type names as clients pass them ({@code types: ["PARTNER_IN"]}), checked against the vocabulary. */
public final class RelationTypes {

    private RelationTypes() {
    }

    /**
     * The names, unchanged, when every one is a relationship type; null stays null (meaning all types).
     *
     * @throws BadRequestException naming the unknown type and the known ones
     */
    public static List<String> checked(List<String> types) {
        if (types == null) {
            return null;
        }
        for (var type : types) {
            if (RelationType.of(type).isEmpty()) {
                throw new BadRequestException("unknown relationship type \"" + type + "\"; the types are "
                        + String.join(", ", Arrays.stream(RelationType.values()).map(Enum::name).toList()));
            }
        }
        return List.copyOf(types);
    }
}
