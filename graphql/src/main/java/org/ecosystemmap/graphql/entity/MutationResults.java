package org.ecosystemmap.graphql.entity;

import static org.ecosystemmap.graphql.compile.Field.below;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.ecosystemmap.graphql.compile.Field;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.relation.Relation;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The entities a mutation returns, answered as every query's are: once the mutation's write has committed, one
 * statement compiled from what the client selected reads the entity again (and waits for that write, as every
 * read of the application does). So a mutation's result has every field of a query's, and no field is ever
 * read per entity.
 */
@Configuration(proxyBeanMethods = false)
public class MutationResults {

    @Bean
    GraphQlSourceBuilderCustomizer compiledMutationResults() {
        return builder -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
                var returned = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
                if (context.getParentNode() instanceof GraphQLObjectType parent && parent.getName().equals("Mutation")
                        && (returned.equals("Entity") || returned.equals("Relation"))) {
                    var registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                    var coordinates = FieldCoordinates.coordinates(parent, field);
                    DataFetcher<?> write = registry.getDataFetcher(coordinates, field);
                    registry.dataFetcher(coordinates, (DataFetcher<?>) env -> readAgain(write.get(env), env));
                }
                return TraversalControl.CONTINUE;
            }
        }));
    }

    private static Object readAgain(Object written, DataFetchingEnvironment env) {
        return switch (written) {
            case CompletionStage<?> later -> later.thenApply(value -> readAgain(value, env));
            case DataFetcherResult<?> result -> DataFetcherResult.newResult().data(readAgain(result.getData(), env))
                    .errors(result.getErrors()).localContext(result.getLocalContext()).extensions(result.getExtensions()).build();
            case EntityNode entity -> RequestReads.of(env).run(EntityQueries.lookup(entity.id(), Selection.of(env)));
            case Relation relation when relation.other() instanceof EntityNode other -> new Relation(relation.type(), relation.direction(),
                    RequestReads.of(env).run(EntityQueries.lookup(other.id(), Selection.of(below(Field.below(env), "other")))), relation.role(),
                    relation.since(), relation.until(), relation.storedSources(), relation.quote(), relation.inferred(), relation.dataset());
            case null, default -> written;
        };
    }
}
