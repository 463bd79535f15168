package org.ecosystemmap.graphql.connection;

import graphql.schema.idl.RuntimeWiring;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** {@code Edge.sources}: the citations of a relationship, parsed from the references it stores. */
@Component
class ConnectionWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Edge", type -> type.dataFetcher("sources", env -> {
            GraphEdge edge = env.getSource();
            return SourceCitation.of(edge.storedSources(), edge.quote(), edge.inferred());
        }));
    }
}
