package org.ecosystemmap.graph.audit;

import java.time.OffsetDateTime;

/**
 * One change to the map: who made it, when, what they did and to what.
 *
 * @param actor the name of the API key, or {@code system} / the user of the command line
 * @param action {@code upsertEntity}, {@code deleteEntity}, {@code link}, {@code unlink}, {@code import}
 * @param target what was changed: an entity id, a relationship, a dataset
 * @param detail a summary a person can read, e.g. the counts of an import
 */
public record AuditEntry(OffsetDateTime at, String actor, String action, String target, String detail) {
}
