package org.ecosystemmap.graphql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import java.util.Arrays;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.SampleGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@Import(SchemaMappingTest.Inspection.class)
@DisplayName("The schema")
class SchemaMappingTest {

    /** Spring for GraphQL's schema-mapping inspection of the application's schema, as it starts. */
    @TestConfiguration
    static class Inspection {
        static SchemaReport report;

        @Bean
        GraphQlSourceBuilderCustomizer inspectEveryEntityType() {
            // Every entity type is an EntityNode: told so, the inspection checks their fields instead of skipping them.
            return builder -> builder.inspectSchemaMappings(initializer -> Arrays.stream(EntityKind.values())
                    .forEach(kind -> initializer.classMapping(kind.label(), EntityNode.class)), report -> Inspection.report = report);
        }
    }

    @Autowired
    GraphQlSource source;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @Test
    @DisplayName("maps every field to a data fetcher or a property, and every argument to a parameter")
    void everyFieldAndArgumentIsMapped() {
        assertThat(Inspection.report.unmappedFields()).isEmpty();
        assertThat(Inspection.report.unmappedArguments()).isEmpty();
        assertThat(Inspection.report.unmappedRegistrations()).isEmpty();
    }

    @Test
    @DisplayName("names the relationship types of the vocabulary as the enum RelationType, which Relation.type and Edge.type return")
    void relationTypesAreAnEnum() {
        var schema = source.schema();
        var values = ((GraphQLEnumType) schema.getType("RelationType")).getValues().stream().map(GraphQLEnumValueDefinition::getName);
        assertThat(values).containsExactlyElementsOf(Arrays.stream(RelationType.values()).map(Enum::name).toList());
        assertThat(schema.getObjectType("Relation").getFieldDefinition("type").getType().toString()).isEqualTo("RelationType!");
        assertThat(schema.getObjectType("Edge").getFieldDefinition("type").getType().toString()).isEqualTo("RelationType!");
    }
}
