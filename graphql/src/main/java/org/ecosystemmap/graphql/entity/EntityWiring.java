package org.ecosystemmap.graphql.entity;

import graphql.language.ObjectTypeDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.function.Supplier;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.SchemaFiles;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Tells GraphQL which type an entity is (its kind's label), and answers every field of every entity type from
 * what the root field's statement read ({@link ProjectedEntity}). Reading a value from a map is trivial work:
 * the fetchers say so, so that neither graphql-java nor Spring for GraphQL wrap each one of them, and they
 * look at the field's environment only where an alias makes them.
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
            var fields = types.getType(kind.label(), ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions();
            builder.type(kind.label(), type -> {
                // Every field by name, so that Spring for GraphQL's schema inspection sees each one mapped.
                fields.forEach(field -> type.dataFetcher(field.getName(), FETCHER));
                return type;
            });
        }
    }

    private static final LightDataFetcher<Object> FETCHER = new LightDataFetcher<>() {
        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env) {
            var entity = (ProjectedEntity) source;
            var name = definition.getName();
            if (name.equals("kind")) {
                return entity.kind();
            }
            var value = entity.value(name, env);
            return value == null && isNonNullList(definition) ? List.of() : value;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    };

    /** A list the schema promises is never null ({@code aliases: [String!]!}) is empty where the node has no such property. */
    private static boolean isNonNullList(GraphQLFieldDefinition definition) {
        return definition.getType() instanceof GraphQLNonNull nonNull && nonNull.getWrappedType() instanceof GraphQLList;
    }
}
