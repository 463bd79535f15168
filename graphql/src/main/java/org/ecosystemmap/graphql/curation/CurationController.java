package org.ecosystemmap.graphql.curation;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.audit.AuditTrail;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.merge.MergedIds;
import org.ecosystemmap.graph.rules.FactRules;
import org.ecosystemmap.graph.search.SearchTexts;
import org.ecosystemmap.graph.sources.StoredSections;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.relation.Relation;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The curators' mutations. Each change and its audit entry are written in one transaction; a change that
 * breaks a rule of the rule book ({@link FactRules}, the importer's rules) is refused whole with every
 * problem named. Labels and relationship types in the Cypher come
 * from the vocabulary, never from the input.
 */
@Controller
@PreAuthorize("hasRole('CURATOR')")
public class CurationController {

    /** The dataset of what curators create; what they edit keeps the dataset it came from. */
    static final String CURATION = "curation";

    private final EcosystemGraph graph;

    public CurationController(EcosystemGraph graph) {
        this.graph = graph;
    }

    @MutationMapping
    public EntityNode upsertEntity(@Argument EntityInput input, Principal curator) {
        var kind = input.kind();
        return graph.write(tx -> {
            var properties = CuratedFacts.of(input, StoredSections.of(tx, CuratedFacts.documents(input.sources())));
            var existing = tx.run("MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n.dataset AS dataset", Map.of("id", input.id()))
                    .stream().findFirst();
            var existingKind = existing.map(r -> kindOf(r.get("labels"))).orElse(null);
            if (existingKind != null && existingKind != kind) {
                throw new BadRequestException("\"" + input.id() + "\" is " + FactRules.withArticle(existingKind)
                        + "; an entity cannot change kind (delete it and create it anew)");
            }
            properties.put("dataset", existing.map(r -> r.get("dataset").asString(CURATION)).orElse(CURATION));
            var node = tx.run("""
                    MERGE (n:Entity {id: $id})
                    SET n += $properties, n:%s
                    REMOVE n.%s
                    RETURN n""".formatted(kind.label(), GraphSchema.IMPORT_HASH), Map.of("id", input.id(), "properties", properties)).single().get("n").asNode();
            // Derived from the whole node, which may hold what the input does not (a programme's facets).
            node = tx.run("MATCH (n:Entity {id: $id}) SET n += $derived RETURN n",
                    Map.of("id", input.id(), "derived", SearchTexts.derive(node.asMap()))).single().get("n").asNode();
            AuditTrail.record(tx, curator.getName(), "upsertEntity", input.id(),
                    (existing.isPresent() ? "updated " : "created ") + FactRules.withArticle(kind));
            return EntityNode.of(node);
        });
    }

    @MutationMapping
    public boolean deleteEntity(@Argument String id, Principal curator) {
        return graph.write(tx -> {
            long deleted = tx.run("""
                    MATCH (n:Entity {id: $id})
                    DETACH DELETE n
                    RETURN count(*) AS deleted""", Map.of("id", id)).single().get("deleted").asLong();
            if (deleted > 0) {
                MergedIds.forget(tx, id);
                AuditTrail.record(tx, curator.getName(), "deleteEntity", id, "deleted with its relationships");
            }
            return deleted > 0;
        });
    }

    /**
     * Merges entities into the one kept, all or nothing, in one transaction with its one audit entry; see
     * {@link EntityMerge}. Refused whole when an id is unknown, kinds differ or an entity would merge into itself.
     */
    @MutationMapping
    public EntityNode mergeEntities(@Argument String keep, @Argument List<String> merge, Principal curator) {
        return graph.write(tx -> {
            var outcome = EntityMerge.run(tx, keep, merge);
            AuditTrail.record(tx, curator.getName(), "mergeEntities", String.join(", ", outcome.merged().keySet()) + " -> " + keep,
                    outcome.describe());
            return EntityNode.of(outcome.kept());
        });
    }

    @MutationMapping
    public Relation link(@Argument RelationInput input, Principal curator) {
        var type = CuratedFacts.relationType(input.type());
        return graph.write(tx -> {
            var ends = tx.run("""
                    OPTIONAL MATCH (a:Entity {id: $from})
                    OPTIONAL MATCH (b:Entity {id: $to})
                    OPTIONAL MATCH (a)-[r:%s]->(b)
                    RETURN labels(a) AS from, labels(b) AS to, r.dataset AS dataset""".formatted(type.name()),
                    Map.of("from", input.from(), "to", input.to())).single();
            if (ends.get("from").isNull() || ends.get("to").isNull()) {
                throw new BadRequestException("no entity has the id \"" + (ends.get("from").isNull() ? input.from() : input.to()) + "\"");
            }
            FactRules.endpoints(type, input.from(), kindOf(ends.get("from")), input.to(), kindOf(ends.get("to")))
                    .ifPresent(problem -> CuratedFacts.reject(List.of(problem)));
            var properties = CuratedFacts.of(input, type, StoredSections.of(tx, CuratedFacts.documents(input.sources())));
            if (type == RelationType.PART_OF) {
                refusePartOfCycle(tx, input.from(), input.to());
            }
            properties.put("dataset", ends.get("dataset").asString(CURATION));
            var created = ends.get("dataset").isNull();
            var record = tx.run("""
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    MERGE (a)-[r:%s]->(b)
                    SET r = $properties
                    RETURN r, b""".formatted(type.name()), Map.of("from", input.from(), "to", input.to(), "properties", properties)).single();
            AuditTrail.record(tx, curator.getName(), "link", input.from() + " -" + type + "-> " + input.to(), created ? "created" : "updated");
            return Relation.of(record.get("r").asRelationship(), true, EntityNode.of(record.get("b").asNode()));
        });
    }

    @MutationMapping
    public boolean unlink(@Argument String from, @Argument String type, @Argument String to, Principal curator) {
        var relationType = CuratedFacts.relationType(type);
        return graph.write(tx -> {
            long deleted = tx.run("""
                    MATCH (:Entity {id: $from})-[r:%s]->(:Entity {id: $to})
                    DELETE r
                    RETURN count(*) AS deleted""".formatted(relationType.name()), Map.of("from", from, "to", to))
                    .single().get("deleted").asLong();
            if (deleted > 0) {
                AuditTrail.record(tx, curator.getName(), "unlink", from + " -" + relationType + "-> " + to, "deleted");
            }
            return deleted > 0;
        });
    }

    /** Refuses {@code from PART_OF to} when {@code to} is already part of {@code from}, however indirectly. */
    private static void refusePartOfCycle(TransactionContext tx, String from, String to) {
        tx.run("""
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                MATCH path = shortestPath((b)-[:PART_OF*]->(a))
                RETURN [n IN nodes(path) | n.id] AS ids""", Map.of("from", from, "to", to)).stream().findFirst().ifPresent(path -> {
            var cycle = new ArrayList<String>();
            cycle.add(from);
            cycle.addAll(path.get("ids").asList(Value::asString));
            CuratedFacts.reject(List.of(FactRules.partOfCycle(cycle)));
        });
    }

    private static EntityKind kindOf(Value labels) {
        return EntityKind.fromLabels(labels.asList(Value::asString));
    }
}
