package org.ecosystemmap.graph.schema;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.schema.IndexCreator;
import org.neo4j.graphdb.schema.IndexSetting;
import org.neo4j.graphdb.schema.IndexType;
import org.neo4j.graphdb.schema.Schema;

/**
 * One constraint or index of the graph, defined once and created either as a Cypher statement (any Neo4j,
 * through the driver) or through the embedded database's own API (no Cypher to plan: much faster in a cold
 * process). Labels and properties come from the vocabulary, never from input.
 *
 * @param analyzer the Lucene analyzer of a full-text index; null otherwise
 */
public record SchemaElement(String name, Type type, String label, List<String> properties, String analyzer) {

    public enum Type { UNIQUE, INDEX, FULLTEXT }

    public SchemaElement {
        properties = List.copyOf(properties);
    }

    /** A uniqueness constraint (with its index) on one property. */
    static SchemaElement unique(String name, String label, String property) {
        return new SchemaElement(name, Type.UNIQUE, label, List.of(property), null);
    }

    /** A range index on one or more properties (more: a composite index, used from the first property on). */
    static SchemaElement index(String name, String label, String... properties) {
        return new SchemaElement(name, Type.INDEX, label, List.of(properties), null);
    }

    /** A full-text index; a list-valued property is indexed element by element. */
    static SchemaElement fulltext(String name, String label, String analyzer, String... properties) {
        return new SchemaElement(name, Type.FULLTEXT, label, List.of(properties), analyzer);
    }

    /** The Cypher statement that creates it unless it exists. */
    public String cypher() {
        return switch (type) {
            case UNIQUE -> "CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:%s) REQUIRE n.%s IS UNIQUE".formatted(name, label, properties.getFirst());
            case INDEX -> "CREATE INDEX %s IF NOT EXISTS FOR (n:%s) ON (%s)".formatted(name, label, nodeProperties());
            case FULLTEXT -> "CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [%s] OPTIONS {indexConfig: {`fulltext.analyzer`: '%s'}}"
                    .formatted(name, label, nodeProperties(), analyzer);
        };
    }

    /** Creates it through the embedded database's schema API, in that schema's transaction. */
    void create(Schema schema) {
        var label = Label.label(this.label);
        if (type == Type.UNIQUE) {
            schema.constraintFor(label).assertPropertyIsUnique(properties.getFirst()).withName(name).create();
            return;
        }
        IndexCreator index = schema.indexFor(label);
        for (var property : properties) {
            index = index.on(property);
        }
        if (type == Type.FULLTEXT) {
            index = index.withIndexType(IndexType.FULLTEXT).withIndexConfiguration(Map.of(IndexSetting.fulltext_Analyzer(), analyzer));
        }
        index.withName(name).create();
    }

    private String nodeProperties() {
        return properties.stream().map(p -> "n." + p).collect(Collectors.joining(", "));
    }
}
