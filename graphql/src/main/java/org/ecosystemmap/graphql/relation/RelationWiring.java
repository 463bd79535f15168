package org.ecosystemmap.graphql.relation;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.function.Supplier;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** {@code Relation.sources}: the citations of a relationship, parsed from the references it stores (trivial work). */
@Component
class RelationWiring implements RuntimeWiringConfigurer {

    private static final LightDataFetcher<Object> SOURCES = new LightDataFetcher<>() {
        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env) {
            var relation = (Relation) source;
            return SourceCitation.of(relation.storedSources(), relation.quote(), relation.inferred());
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    };

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Relation", type -> type.dataFetcher("sources", SOURCES));
    }
}
