package org.ecosystemmap.importer.validation;

import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.importer.dataset.Location;

/**
 * The relationships of a table seen so far, by key (start, type, end), each with where it was first seen: a
 * duplicate row is reported with the earlier one's place. Held in arrays found through an open-addressing
 * table, so that a million rows add no object each (a map would add a key and an entry per row, for the
 * garbage collector to copy while the table is checked).
 */
final class RelationshipKeys {

    private final String[] from;
    private final RelationType[] type;
    private final String[] to;
    private final Location[] at;
    /** Row + 1 at the slot of its key, 0 for an empty slot. */
    private final int[] slots;
    private int size;

    /** Room for {@code capacity} keys: a table's rows. */
    RelationshipKeys(int capacity) {
        from = new String[capacity];
        type = new RelationType[capacity];
        to = new String[capacity];
        at = new Location[capacity];
        slots = new int[Integer.highestOneBit(Math.max(2, capacity) * 2) * 2];
    }

    /** Adds the key, seen at {@code location}; returns where it was seen first when it was seen before (and is not added again). */
    Location add(String start, RelationType relationType, String end, Location location) {
        int mask = slots.length - 1;
        int slot = slot(start, relationType, end) & mask;
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            int row = slots[slot] - 1;
            if (type[row] == relationType && from[row].equals(start) && to[row].equals(end)) {
                return at[row];
            }
        }
        if (size == from.length) {
            throw new IllegalStateException("more keys than the " + from.length + " rows of the table");
        }
        from[size] = start;
        type[size] = relationType;
        to[size] = end;
        at[size] = location;
        slots[slot] = ++size;
        return null;
    }

    private static int slot(String start, RelationType relationType, String end) {
        long h = start.hashCode() * 0x9E3779B97F4A7C15L + end.hashCode();
        h = h * 0xC2B2AE3D27D4EB4FL + relationType.ordinal();
        return (int) (h ^ (h >>> 29));
    }
}
