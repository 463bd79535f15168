package org.ecosystemmap.graphql.entity;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reads every field of every entity type from the schema itself, for every entity of the bundled dataset:
 * a field added to the schema is covered here without anyone remembering to. Every non-null field must be
 * there, and every list field must be filled for at least one entity, so a relationship read the wrong
 * way round shows up.
 */
@SpringBootTest
@AutoConfigureGraphQlTester
@DisplayName("Every field of every entity type, on the bundled dataset")
class EveryFieldTest {

    /** List fields the 2021 report leaves empty for every entity of their type. */
    private static final Set<String> EMPTY_IN_THE_REPORT = Set.of(
            "Coalition.people", "Coalition.goals", "Initiative.people", "TalentProgramme.goals", "TalentProgramme.themes",
            "Person.aliases", "Goal.aliases", "Funding.aliases");

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    GraphQlSource source;

    @Autowired
    EcosystemGraph graph;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeAll
    static void load() {
        SampleGraph.ensureLoaded("jaarverslag-2021");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EntityKind.class)
    void everyFieldResolves(EntityKind kind) {
        var type = source.schema().getObjectType(kind.label());
        assertThat(type.getInterfaces()).extracting(i -> ((GraphQLInterfaceType) i).getName()).contains("Entity");
        var ids = graph.query("MATCH (n:" + kind.label() + ") RETURN n.id AS id ORDER BY id", Map.of(), r -> r.get("id").asString());
        assertThat(ids).as("entities of kind %s in the bundled dataset", kind).isNotEmpty();

        var query = "query($ids: [ID!]!) { entities(ids: $ids) { ... on " + type.getName() + " { "
                + type.getFieldDefinitions().stream().map(EveryFieldTest::selection).collect(Collectors.joining(" ")) + " } } }";
        var entities = graphQl.document(query).variable("ids", ids).execute().errors().verify()
                .path("entities").entityList(Map.class).get();

        assertThat(entities).hasSize(ids.size());
        for (var field : type.getFieldDefinitions()) {
            if (GraphQLTypeUtil.isNonNull(field.getType())) {
                assertThat(entities).as("%s.%s is never null", type.getName(), field.getName())
                        .allSatisfy(e -> assertThat(e.get(field.getName())).isNotNull());
            }
            if (isList(field.getType()) && !EMPTY_IN_THE_REPORT.contains(type.getName() + "." + field.getName())) {
                assertThat(entities).as("%s.%s is filled for some entity", type.getName(), field.getName())
                        .anySatisfy(e -> assertThat((List<?>) e.get(field.getName())).isNotEmpty());
            }
        }
    }

    private static String selection(GraphQLFieldDefinition field) {
        var type = GraphQLTypeUtil.unwrapAll(field.getType());
        return switch (field.getName()) {
            case "relations" -> "relations(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
                    + "edges { cursor node { type direction role since until dataset other { id kind } "
                    + "sources { document lines lineFrom lineTo section url quote inferred } } } }";
            case "sources" -> "sources { document lines lineFrom lineTo section url quote inferred }";
            default -> type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType
                    ? field.getName() + " { " + nested(type) + " }"
                    : field.getName();
        };
    }

    private static String nested(GraphQLType type) {
        var names = new ArrayList<String>();
        if (type instanceof GraphQLInterfaceType || ((GraphQLObjectType) type).getFieldDefinition("id") != null) {
            names.add("id");
        }
        if (type instanceof GraphQLObjectType object && object.getFieldDefinition("id") == null) {
            object.getFieldDefinitions().stream().filter(f -> GraphQLTypeUtil.isScalar(GraphQLTypeUtil.unwrapAll(f.getType())))
                    .forEach(f -> names.add(f.getName()));
        }
        return String.join(" ", names);
    }

    private static boolean isList(GraphQLType type) {
        return (type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type) instanceof GraphQLList;
    }
}
