package org.ecosystemmap.graphql.entity;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Tells GraphQL which type an {@link EntityNode} is (its kind's label), and reads the fields of a kind
 * that no controller maps ({@code Partner.type}, {@code Goal.status} ...) straight from its properties.
 */
@Component
public class EntityWiring implements RuntimeWiringConfigurer {

    private static final DataFetcher<Object> PROPERTY = env -> {
        if (env.getSource() instanceof EntityNode entity) {
            var name = env.getField().getName();
            return switch (name) {
                case "id" -> entity.id();
                case "name" -> entity.name();
                case "kind" -> entity.kind();
                case "aliases" -> entity.aliases();
                case "description" -> entity.description();
                case "dataset" -> entity.dataset();
                default -> entity.properties().get(name);
            };
        }
        return null;
    };

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Entity", type -> type.typeResolver(env -> {
            EntityNode entity = env.getObject();
            return env.getSchema().getObjectType(entity.kind().label());
        }));
        for (var kind : EntityKind.values()) {
            // Each property field by name, not only as the type's default: schema-mapping inspection sees these.
            builder.type(kind.label(), type -> {
                kind.ownProperties().forEach(property -> type.dataFetcher(property.name(), PROPERTY));
                return type.defaultDataFetcher(PROPERTY);
            });
        }
    }
}
