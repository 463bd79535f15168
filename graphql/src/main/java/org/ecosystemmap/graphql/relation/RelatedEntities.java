package org.ecosystemmap.graphql.relation;

import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.Compilation;
import org.ecosystemmap.graphql.entity.EntityField;
import org.ecosystemmap.graphql.entity.EntityProjection;

/**
 * A typed list field ({@code Partner.initiatives}), as a {@code COLLECT} subquery over the relationships its
 * {@link RelatedField} names: the entities at their other end, each once, by name.
 */
record RelatedEntities(RelatedField field) implements EntityField {

    @Override
    public Projection project(String node, Selected selected, Compilation compilation) {
        var other = compilation.variable("ent");
        var kind = field.labels().size() == 1 ? EntityKind.ofLabel(field.labels().getFirst()).orElseThrow() : null;
        var labels = field.labels().isEmpty() ? EntityKind.ENTITY_LABEL : String.join("|", field.labels());
        var pattern = field.direction().pattern(node, ":" + String.join("|", field.relationTypes()), other + ":" + labels);
        var entity = EntityProjection.of(selected.children(), kind, other, compilation);
        return new Projection("COLLECT { MATCH %1$s WITH DISTINCT %2$s ORDER BY %2$s.name, %2$s.id RETURN %3$s }"
                .formatted(pattern, other, entity.cypher()), entity::readAll);
    }

    @Override
    public boolean cheap() {
        return false;
    }
}
