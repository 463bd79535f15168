package org.ecosystemmap.graphql.entity;

import graphql.language.ObjectTypeDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.SchemaFiles;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Tells GraphQL which type an entity is (its kind's label), and answers every field of every entity type: from
 * what the root field's statement read for a {@link ProjectedEntity}, or as {@link EntityFields} says for a
 * node read whole.
 */
@Component
public class EntityWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Entity", type -> type.typeResolver(env -> {
            EntityResult entity = env.getObject();
            return env.getSchema().getObjectType(entity.kind().label());
        }));
        var types = SchemaFiles.typeDefinitions();
        for (var kind : EntityKind.values()) {
            var fetcher = new Fetcher(kind);
            var fields = types.getType(kind.label(), ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions();
            builder.type(kind.label(), type -> {
                // Every field by name, so that Spring for GraphQL's schema inspection sees each one mapped.
                fields.forEach(field -> type.dataFetcher(field.getName(), fetcher));
                return type;
            });
        }
    }

    private record Fetcher(EntityKind kind) implements DataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment env) {
            var field = EntityFields.of(kind, env.getField().getName());
            Object source = env.getSource();
            if (field == EntityFields.KIND) {
                return ((EntityResult) source).kind();
            }
            var value = source instanceof ProjectedEntity projected ? projected.value(env) : field.resolve((EntityNode) source, env);
            return value == null && isNonNullList(env) ? List.of() : value;
        }

        /** A list the schema promises is never null ({@code aliases: [String!]!}) is empty where the node has no such property. */
        private static boolean isNonNullList(DataFetchingEnvironment env) {
            return env.getFieldType() instanceof GraphQLNonNull nonNull && nonNull.getWrappedType() instanceof GraphQLList;
        }
    }
}
