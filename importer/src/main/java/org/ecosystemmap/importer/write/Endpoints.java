package org.ecosystemmap.importer.write;

import java.util.HashMap;
import java.util.Map;

/**
 * The element ids of the entities one write transaction addresses relationships by: those that existed
 * before (read by the diff, or created by transactions already committed) and those this attempt of the
 * transaction created. Made anew for every attempt, so that a retried transaction function starts from
 * what is committed, and handed on only once the transaction has committed.
 */
final class Endpoints {

    private final String dataset;
    private final Map<String, String> committed;
    private final Map<String, String> created = new HashMap<>();

    Endpoints(String dataset, Map<String, String> committed) {
        this.dataset = dataset;
        this.committed = committed;
    }

    /** For undo steps, which address entities by id and create none. */
    static Endpoints none() {
        return new Endpoints(null, Map.of());
    }

    String dataset() {
        return dataset;
    }

    void created(String id, String element) {
        created.put(id, element);
    }

    String element(String id) {
        var element = created.get(id);
        if (element == null) {
            element = committed.get(id);
        }
        if (element == null) {
            throw new IllegalStateException("the entity " + id + " should exist by now, but the import has no element id for it");
        }
        return element;
    }

    /** The element ids this attempt created, by id. */
    Map<String, String> created() {
        return created;
    }
}
