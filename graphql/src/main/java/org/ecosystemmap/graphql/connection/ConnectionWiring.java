package org.ecosystemmap.graphql.connection;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.function.Supplier;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** {@code Edge.sources}: the citations of a relationship, parsed from the references it stores (trivial work). */
@Component
class ConnectionWiring implements RuntimeWiringConfigurer {

    private static final LightDataFetcher<Object> SOURCES = new LightDataFetcher<>() {
        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env) {
            var edge = (GraphEdge) source;
            return SourceCitation.of(edge.storedSources(), edge.quote(), edge.inferred());
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    };

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Edge", type -> type.dataFetcher("sources", SOURCES));
    }
}
