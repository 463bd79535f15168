package org.ecosystemmap.importer.write;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.importer.dataset.RelationshipRecord;
import org.neo4j.driver.TransactionContext;

/**
 * The relationships one dataset wrote before, each as its key (start id, type, end id) and digest, read in one
 * streaming scan and held in arrays: a million take some tens of megabytes, with no object per relationship
 * beyond what the scan itself returns. A relationship is found by its key through an open-addressing table.
 */
final class OwnedRelationships {

    private static final Map<String, String> TYPES = new HashMap<>();

    static {
        for (var type : RelationType.values()) {
            TYPES.put(type.name(), type.name());
        }
    }

    private String[] from = new String[1024];
    private String[] type = new String[1024];
    private String[] to = new String[1024];
    private long[] hash = new long[1024];
    private boolean[] hashed = new boolean[1024];
    private int size;
    /** Row + 1 at the slot of its key, 0 for an empty slot. */
    private int[] slots;

    /** Empty: {@link #add} each relationship, then {@link #index} them. */
    OwnedRelationships() {
    }

    /**
     * Scans every relationship {@code dataset} wrote, in the transaction {@code tx}. The ids of its entities
     * ({@code nodes}) are kept as the strings those hold, so that the rows share them.
     */
    static OwnedRelationships scan(TransactionContext tx, String dataset, Map<String, Snapshot.Node> nodes) {
        var owned = new OwnedRelationships();
        tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE r.dataset = $dataset
                RETURN a.id AS from, type(r) AS type, b.id AS to, r.%s AS hash
                """.formatted(ContentHash.PROPERTY), Map.of("dataset", dataset)).forEachRemaining(r -> {
            var from = r.get("from").asString();
            var to = r.get("to").asString();
            var type = r.get("type").asString();
            var hash = r.get("hash");
            owned.add(shared(from, nodes), type, shared(to, nodes), !hash.isNull(), hash.isNull() ? 0 : hash.asLong());
        });
        owned.index();
        return owned;
    }

    static String shared(String id, Map<String, Snapshot.Node> nodes) {
        var node = nodes.get(id);
        return node == null ? id : node.id();
    }

    /** Adds a relationship; its type is kept as the one string of that name, which every row of the type shares. */
    void add(String from, String type, String to, boolean hashed, long hash) {
        if (size == this.from.length) {
            int capacity = size * 2;
            this.from = Arrays.copyOf(this.from, capacity);
            this.type = Arrays.copyOf(this.type, capacity);
            this.to = Arrays.copyOf(this.to, capacity);
            this.hash = Arrays.copyOf(this.hash, capacity);
            this.hashed = Arrays.copyOf(this.hashed, capacity);
        }
        this.from[size] = from;
        this.type[size] = TYPES.getOrDefault(type, type);
        this.to[size] = to;
        this.hash[size] = hash;
        this.hashed[size] = hashed;
        size++;
    }

    /** Makes the relationships added so far findable by {@link #find}. */
    void index() {
        slots = new int[Integer.highestOneBit(Math.max(2, size) * 2) * 2];
        int mask = slots.length - 1;
        for (int row = 0; row < size; row++) {
            int slot = slot(from[row], type[row], to[row]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = row + 1;
        }
    }

    /** How many relationships the dataset wrote. */
    int size() {
        return size;
    }

    /** The row of the relationship with this key, or -1 when the dataset did not write one. */
    int find(String from, String type, String to) {
        int mask = slots.length - 1;
        for (int slot = slot(from, type, to) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int row = slots[slot] - 1;
            if (this.from[row].equals(from) && this.to[row].equals(to) && this.type[row].equals(type)) {
                return row;
            }
        }
        return -1;
    }

    /** Whether the relationship in {@code row} carries this digest. */
    boolean carries(int row, long digest) {
        return hashed[row] && hash[row] == digest;
    }

    RelationshipRecord.Key key(int row) {
        return new RelationshipRecord.Key(from[row], type[row], to[row]);
    }

    private static int slot(String from, String type, String to) {
        long h = from.hashCode() * 0x9E3779B97F4A7C15L + to.hashCode();
        h = h * 0xC2B2AE3D27D4EB4FL + type.hashCode();
        return (int) (h ^ (h >>> 29));
    }
}
