package org.ecosystemmap.graphql.ask;

import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * An entity a name in a question may mean, as the search found it: {@code tier} 2 when the name is the entity's
 * name or an alias, 1 when it is the start of one, 0 for any other match (a typo, a word of the description).
 *
 * @param entity the entity as the client selected it under {@code entities}
 */
record Candidate(String id, String name, String nameNl, String nameEn, double score, int tier, EntityResult entity) {

    /** The name as a reader of the language writes it. */
    String name(Language language) {
        var own = language == Language.NL ? nameNl : nameEn;
        return own == null || own.isBlank() ? name : own;
    }

    /** How sure a match of this tier is, before other candidates share it. */
    double certainty() {
        return switch (tier) {
            case 2 -> 1.0;
            case 1 -> 0.85;
            default -> 0.7;
        };
    }
}
