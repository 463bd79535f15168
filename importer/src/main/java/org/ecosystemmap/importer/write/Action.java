package org.ecosystemmap.importer.write;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;

/**
 * The six statements every import is made of, each an {@code UNWIND $rows} over the unique ids. Undoing
 * one is again one of them: a created node is deleted, an updated one written back, a deleted one written
 * again. Labels and relationship types come from the vocabulary, never from a dataset.
 */
enum Action {

    /** Rows {@code {from, to}}; the target is the relationship type. */
    DELETE_RELATIONSHIPS,
    /** Rows {@code {id}}; no target. Deletes the nodes with every relationship they have. */
    DELETE_NODES,
    /** Rows {@code {id, properties, relabel}}; the target is the kind's label. Creates or replaces the node's properties. */
    WRITE_NODES,
    /** Rows {@code {from, to, properties}}; the target is the relationship type. Creates or replaces its properties. */
    WRITE_RELATIONSHIPS,
    /**
     * Rows {@code {id, properties}}; the target is the kind's label. Creates nodes the diff found absent: without
     * the look-up a MERGE makes first, since imports hold the import lock and no one else writes entities.
     */
    CREATE_NODES,
    /** Rows {@code {from, to, properties}}; the target is the relationship type. Creates relationships the diff found absent. */
    CREATE_RELATIONSHIPS;

    private static final String ALL_KIND_LABELS = Arrays.stream(EntityKind.values())
            .map(EntityKind::label).collect(Collectors.joining(":"));

    String cypher(String target) {
        return switch (this) {
            case DELETE_RELATIONSHIPS -> """
                    UNWIND $rows AS row
                    MATCH (:Entity {id: row.from})-[r:%s]->(:Entity {id: row.to})
                    DELETE r
                    """.formatted(relationshipType(target));
            case DELETE_NODES -> """
                    UNWIND $rows AS row
                    MATCH (n:Entity {id: row.id})
                    DETACH DELETE n
                    """;
            case WRITE_NODES -> """
                    UNWIND $rows AS row
                    MERGE (n:Entity {id: row.id})
                    FOREACH (relabel IN CASE WHEN row.relabel THEN [true] ELSE [] END | REMOVE n:%s)
                    SET n = row.properties, n:%s
                    """.formatted(ALL_KIND_LABELS, kindLabel(target));
            case WRITE_RELATIONSHIPS, CREATE_RELATIONSHIPS -> """
                    UNWIND $rows AS row
                    MATCH (a:Entity {id: row.from})
                    MATCH (b:Entity {id: row.to})
                    %s (a)-[r:%s]->(b)
                    SET r = row.properties
                    """.formatted(this == CREATE_RELATIONSHIPS ? "CREATE" : "MERGE", relationshipType(target));
            case CREATE_NODES -> """
                    UNWIND $rows AS row
                    CREATE (n:Entity:%s)
                    SET n = row.properties
                    """.formatted(kindLabel(target));
        };
    }

    private static String kindLabel(String label) {
        return EntityKind.ofLabel(label).orElseThrow(() -> new IllegalArgumentException("not a kind: " + label)).label();
    }

    private static String relationshipType(String type) {
        return RelationType.of(type).orElseThrow(() -> new IllegalArgumentException("not a relationship type: " + type)).name();
    }
}
