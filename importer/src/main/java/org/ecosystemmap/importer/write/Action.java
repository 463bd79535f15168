package org.ecosystemmap.importer.write;

import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.PropertySpec;

/**
 * The statements every import is made of, each an {@code UNWIND $rows}. Labels and relationship types come
 * from the vocabulary, never from a dataset.
 * <p>
 * An import writes with the statements that address what exists by element id, which the diff read: no index
 * look-up per row, and relationships created without the look-up a {@code MERGE} makes first (imports hold the
 * import lock and no one else writes entities meanwhile). Undoing a statement is again one of them, addressed
 * by the ids and keys of the dataset, which stay valid whatever a later transaction does: a created node is
 * deleted, an updated one written back, a deleted one written again.
 */
enum Action {

    /** Rows {@code {from, to}}; the target is the relationship type. Undo only. */
    DELETE_RELATIONSHIPS,
    /** Rows {@code {id}}; no target. Deletes the nodes with every relationship they have. Undo only. */
    DELETE_NODES,
    /** Rows {@code {id, properties, relabel}}; the target is the kind's label. Creates or replaces the node's properties. Undo only. */
    WRITE_NODES,
    /** Rows {@code {from, to, properties}}; the target is the relationship type. Creates or replaces its properties. Undo only. */
    WRITE_RELATIONSHIPS,

    /**
     * Rows {@code {id, label, properties}}, of any kind (the label is the kind's); no target. Creates nodes the diff found
     * absent; returns their element ids. Its statement names the batch's property keys ({@link #createNodes}).
     */
    CREATE_NODES,
    /** Rows {@code {element, properties, relabel}}; the target is the kind's label. */
    UPDATE_NODES,
    /** Rows {@code {element, dataset}}; no target. Hands a node over to another dataset: its digest no longer holds. */
    DETACH_NODES,
    /** Rows {@code {element}}; no target. Deletes the nodes with every relationship they have. */
    REMOVE_NODES,
    /**
     * Rows {@code {from, to, properties, hash}}; the target is the relationship type. Creates relationships the diff found
     * absent, between the element ids of their ends. The type is a parameter ({@code $type}), so that one statement,
     * planned once, creates every type.
     */
    CREATE_RELATIONSHIPS,
    /** Rows {@code {element, properties}}; the target is the relationship type. */
    UPDATE_RELATIONSHIPS,
    /** Rows {@code {element}}; the target is the relationship type. */
    REMOVE_RELATIONSHIPS;

    private static final Pattern PROPERTY_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final String ALL_KIND_LABELS = Arrays.stream(EntityKind.values())
            .map(EntityKind::label).collect(Collectors.joining(":"));

    /**
     * The properties a relationship is created with, spelled out from the vocabulary: a map literal in
     * {@code CREATE} (absent values are simply not stored) spares the planner the eager step a {@code SET}
     * from a map would need.
     */
    private static final String RELATIONSHIP_PROPERTIES = RelationType.PROPERTIES.stream().map(PropertySpec::name)
            .map(name -> name + ": row.properties." + name)
            .collect(Collectors.joining(", ", "{", ", dataset: $dataset, " + ContentHash.PROPERTY + ": row.hash}"));

    /**
     * The statement. Its plan seeks by id, element id or key whatever the statistics say, so it is never
     * planned again as an import makes the graph grow ({@code replan=skip}): a fresh plan is made only when none
     * is cached.
     */
    String cypher(String target) {
        return "CYPHER replan=skip " + statement(target);
    }

    private String statement(String target) {
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
            case WRITE_RELATIONSHIPS -> """
                    UNWIND $rows AS row
                    MATCH (a:Entity {id: row.from})
                    MATCH (b:Entity {id: row.to})
                    MERGE (a)-[r:%s]->(b)
                    SET r = row.properties
                    """.formatted(relationshipType(target));
            case CREATE_NODES -> throw new IllegalArgumentException("CREATE_NODES is spelled out for its batch's properties: see createNodes");
            case UPDATE_NODES -> """
                    UNWIND $rows AS row
                    MATCH (n) WHERE elementId(n) = row.element
                    FOREACH (relabel IN CASE WHEN row.relabel THEN [true] ELSE [] END | REMOVE n:%s)
                    SET n = row.properties, n:%s
                    """.formatted(ALL_KIND_LABELS, kindLabel(target));
            case DETACH_NODES -> """
                    UNWIND $rows AS row
                    MATCH (n) WHERE elementId(n) = row.element
                    SET n.dataset = row.dataset
                    REMOVE n.%s
                    """.formatted(ContentHash.PROPERTY);
            case REMOVE_NODES -> """
                    UNWIND $rows AS row
                    MATCH (n) WHERE elementId(n) = row.element
                    DETACH DELETE n
                    """;
            case CREATE_RELATIONSHIPS -> """
                    UNWIND $rows AS row
                    MATCH (a) WHERE elementId(a) = row.a
                    MATCH (b) WHERE elementId(b) = row.b
                    CREATE (a)-[:$($type) %s]->(b)
                    """.formatted(RELATIONSHIP_PROPERTIES);
            case UPDATE_RELATIONSHIPS -> """
                    UNWIND $rows AS row
                    MATCH ()-[r:%s]->() WHERE elementId(r) = row.element
                    SET r = row.properties
                    """.formatted(relationshipType(target));
            case REMOVE_RELATIONSHIPS -> """
                    UNWIND $rows AS row
                    MATCH ()-[r:%s]->() WHERE elementId(r) = row.element
                    DELETE r
                    """.formatted(relationshipType(target));
        };
    }

    /**
     * The statement that creates a batch of nodes with these property keys, spelled out in a map
     * literal in {@code CREATE} (a value a row lacks is simply not stored), so that each node is created with its
     * properties instead of being given them afterwards by a {@code SET} from the row's map. The keys are the
     * vocabulary's and the digest's, never a dataset's words. The kind's label is each row's, checked against the
     * vocabulary when the row was made, so that the batches of all kinds share a statement and its plan.
     */
    static String createNodes(Collection<String> keys) {
        var properties = keys.stream().map(key -> {
            if (!PROPERTY_KEY.matcher(key).matches()) {
                throw new IllegalStateException("not a property name an import writes: " + key);
            }
            return key + ": row.properties." + key;
        }).collect(Collectors.joining(", ", "{", "}"));
        return "CYPHER replan=skip " + """
                UNWIND $rows AS row
                CREATE (n:Entity:$(row.label) %s)
                RETURN row.id AS id, elementId(n) AS element
                """.formatted(properties);
    }

    private static String kindLabel(String label) {
        return EntityKind.ofLabel(label).orElseThrow(() -> new IllegalArgumentException("not a kind: " + label)).label();
    }

    /** The vocabulary's name of a relationship type, which a statement may name; anything else is refused. */
    static String relationshipType(String type) {
        return RelationType.of(type).orElseThrow(() -> new IllegalArgumentException("not a relationship type: " + type)).name();
    }
}
