package org.ecosystemmap.graphql.relation;

import graphql.schema.idl.RuntimeWiring;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** {@code Relation.sources}: the citations of a relationship, parsed from the references it stores. */
@Component
class RelationWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Relation", type -> type.dataFetcher("sources", env -> {
            Relation relation = env.getSource();
            return SourceCitation.of(relation.storedSources(), relation.quote(), relation.inferred());
        }));
    }
}
