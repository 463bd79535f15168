package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * The ids a client names that belong to no entity, found by the statement that answers the question: the
 * column {@code missing} of {@link #MISSING}, for the ids in {@code $known}.
 */
final class KnownEntities {

    /** A statement's first clause: the ids of {@code $known} that no entity has, in order, as {@code missing}. */
    static final String MISSING = """
            CALL () {
              UNWIND $known AS known
              OPTIONAL MATCH (entity:Entity {id: known})
              WITH known WHERE entity IS NULL
              RETURN collect(known) AS missing
            }""";

    private KnownEntities() {
    }

    /** @throws BadRequestException naming every id no entity has */
    static void require(List<String> missing) {
        if (!missing.isEmpty()) {
            throw new BadRequestException("no entity has the id " + String.join(", ", missing.stream().map(id -> "\"" + id + "\"").toList()));
        }
    }
}
