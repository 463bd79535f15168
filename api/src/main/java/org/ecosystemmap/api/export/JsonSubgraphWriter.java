package org.ecosystemmap.api.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecosystemmap.graphql.connection.GraphEdge;
import org.ecosystemmap.graphql.connection.Subgraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON: {@code nodes} with every property their kind defines, {@code edges} with every property a
 * relationship carries, and {@code truncated}.
 */
final class JsonSubgraphWriter implements SubgraphWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void write(Subgraph subgraph, OutputStream out) {
        var document = new LinkedHashMap<String, Object>();
        document.put("nodes", subgraph.nodes().stream().map(JsonSubgraphWriter::node).toList());
        document.put("edges", subgraph.edges().stream().map(JsonSubgraphWriter::edge).toList());
        document.put("truncated", subgraph.truncated());
        JSON.writeValue(out, document);
    }

    private static Map<String, Object> node(EntityNode node) {
        var json = new LinkedHashMap<String, Object>();
        json.put("kind", node.kind().name());
        for (var property : node.kind().properties()) {
            var value = node.properties().get(property.name());
            if (value != null) {
                json.put(property.name(), value);
            }
        }
        return json;
    }

    private static Map<String, Object> edge(GraphEdge edge) {
        var json = new LinkedHashMap<String, Object>();
        json.put("from", edge.from());
        json.put("to", edge.to());
        json.put("type", edge.type());
        json.put("role", edge.role());
        json.put("since", edge.since());
        json.put("until", edge.until());
        json.put("sources", edge.storedSources());
        json.put("quote", edge.quote());
        json.put("inferred", edge.inferred());
        return json;
    }
}
