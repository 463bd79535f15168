package org.ecosystemmap.api.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.api.security.ApiKeys;
import org.ecosystemmap.graph.testing.TestNeo4j;

/**
 * The server configured as an operator would, with one API key per role, on the shared test database and
 * without the bundled dataset (a test loads what it needs).
 */
public final class TestKeys {

    public static final String READER = "reader-key";
    public static final String CURATOR = "curator-key";
    public static final String ADMIN = "admin-key";

    private TestKeys() {
    }

    public static Map<String, String> serverProperties(boolean readRequiresKey) {
        var properties = new HashMap<String, String>();
        properties.put("ecosystem.neo4j.uri", TestNeo4j.embedded().boltUri().toString());
        properties.put("ecosystem.bundled-dataset.enabled", "false");
        properties.put("ecosystem.security.read-requires-key", Boolean.toString(readRequiresKey));
        var keys = List.of(List.of("reader", READER, "READER"), List.of("curator", CURATOR, "CURATOR"), List.of("admin", ADMIN, "ADMIN"));
        for (int i = 0; i < keys.size(); i++) {
            properties.put("ecosystem.security.api-keys[" + i + "].name", keys.get(i).get(0));
            // The curator's key is configured by its hash, as in production; the others in plain text.
            if (i == 1) {
                properties.put("ecosystem.security.api-keys[" + i + "].key-sha256", ApiKeys.sha256(keys.get(i).get(1)));
            } else {
                properties.put("ecosystem.security.api-keys[" + i + "].key", keys.get(i).get(1));
            }
            properties.put("ecosystem.security.api-keys[" + i + "].roles", keys.get(i).get(2));
        }
        return properties;
    }
}
