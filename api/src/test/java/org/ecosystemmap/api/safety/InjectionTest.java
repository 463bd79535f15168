package org.ecosystemmap.api.safety;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Puts strings that would break a query built from text into every text argument of every query and
 * mutation the schema has (read from the schema, so a new field is covered by itself), as a curator, and
 * checks that each is answered as data or a clear client error, never an internal error, and that the
 * graph is exactly as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Injection strings in every argument")
class InjectionTest {

    static final List<String> INJECTIONS = List.of(
            "x' OR 1=1 //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "x`) DETACH DELETE n //",
            "*:* OR name:* AND (",
            "$id {id: 'tomas'}",
            "tomas\u0000\n\t;--",
            "é".repeat(1500));

    private RunningServer server;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        new Importer(TestNeo4j.graph()).importDataset(new ClasspathSource("datasets/sample"), ImportOptions.DEFAULT);
        server = RunningServer.shared(TestKeys.serverProperties(false));
    }

    @AfterAll
    void stop() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("are answered as data or a client error, and change nothing")
    void everyArgument() {
        var schema = server.context().getBean(GraphQlSource.class).schema();
        var before = GraphDump.of(TestNeo4j.graph());
        var fields = Stream.concat(
                schema.getQueryType().getFieldDefinitions().stream().map(f -> Map.entry("query", f)),
                schema.getMutationType().getFieldDefinitions().stream().map(f -> Map.entry("mutation", f))).toList();
        int requests = 0;
        for (var field : fields) {
            if (field.getValue().getArguments().isEmpty()) {
                continue;
            }
            for (var injection : INJECTIONS) {
                var variables = new LinkedHashMap<String, Object>();
                var declarations = new ArrayList<String>();
                var arguments = new ArrayList<String>();
                for (GraphQLArgument argument : field.getValue().getArguments()) {
                    variables.put(argument.getName(), value(argument.getType(), injection));
                    declarations.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
                    arguments.add(argument.getName() + ": $" + argument.getName());
                }
                var document = field.getKey() + "(" + String.join(", ", declarations) + ") { " + field.getValue().getName()
                        + "(" + String.join(", ", arguments) + ")" + selection(field.getValue()) + " }";
                var response = server.graphQlAs(TestKeys.CURATOR, document, variables);
                requests++;
                var what = "%s with %s: %s".formatted(field.getValue().getName(), injection.length() > 40 ? "a long string" : injection, response);
                if (response.path("errors").isEmpty()) {
                    assertThat(response.path("data").has(field.getValue().getName())).as("answered as data: %s", what).isTrue();
                } else {
                    // A client error: classified as one, and saying what is wrong.
                    response.path("errors").valueStream().forEach(error -> {
                        assertThat(error.at("/extensions/classification").asString()).as(what).isNotBlank().isNotEqualTo("INTERNAL_ERROR");
                        assertThat(error.path("message").asString()).as(what).isNotBlank();
                    });
                }
            }
        }
        assertThat(requests).isGreaterThan(100);
        assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
        assertThat(server.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    /** A value of the type with the injection in every text, and the smallest valid value elsewhere. */
    private static Object value(GraphQLInputType type, String injection) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value((GraphQLInputType) nonNull.getWrappedType(), injection);
        }
        if (type instanceof GraphQLList list) {
            return List.of(value((GraphQLInputType) list.getWrappedType(), injection));
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getFirst().getName();
        }
        if (type instanceof GraphQLInputObjectType object) {
            var fields = new LinkedHashMap<String, Object>();
            object.getFieldDefinitions().forEach(f -> fields.put(f.getName(), value(f.getType(), injection)));
            return fields;
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> false;
            default -> injection;
        };
    }

    private static String selection(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType
                || GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLInterfaceType ? " { __typename }" : "";
    }
}
