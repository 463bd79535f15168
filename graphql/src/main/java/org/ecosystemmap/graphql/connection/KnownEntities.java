package org.ecosystemmap.graphql.connection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Checks, inside a query's transaction, that the ids a client names belong to entities. */
final class KnownEntities {

    private KnownEntities() {
    }

    /** @throws BadRequestException naming every id no entity has */
    static void require(TransactionContext tx, Collection<String> ids) {
        var missing = tx.run("""
                UNWIND $ids AS id
                OPTIONAL MATCH (n:Entity {id: id})
                WITH id, n WHERE n IS NULL
                RETURN collect(id) AS missing
                """, Map.of("ids", List.copyOf(ids))).single().get("missing").asList(Value::asString);
        if (!missing.isEmpty()) {
            throw new BadRequestException("no entity has the id " + String.join(", ", missing.stream().map(id -> "\"" + id + "\"").toList()));
        }
    }
}
