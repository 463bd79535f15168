package org.ecosystemmap.graphql.entity;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.function.Supplier;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code sources} of a relationship, as a {@code Relation} and as an {@code Edge}: its citations, parsed from
 * the references it stores. Trivial work, said so, so that nothing wraps it for every relationship of a page.
 */
@Component
class SourcesWiring implements RuntimeWiringConfigurer {

    private static final LightDataFetcher<Object> SOURCES = new LightDataFetcher<>() {
        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env) {
            var fact = (Cited) source;
            return SourceCitation.of(fact.storedSources(), fact.quote(), fact.inferred());
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    };

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Relation", type -> type.dataFetcher("sources", SOURCES));
        builder.type("Edge", type -> type.dataFetcher("sources", SOURCES));
    }
}
