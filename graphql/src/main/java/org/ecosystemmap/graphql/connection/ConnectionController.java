package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.analytics.ProjectionCache;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.relation.RelationTypes;
import org.ecosystemmap.graphql.timeline.CalendarDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The connection queries: what links entities, and what surrounds one. */
@Controller
public class ConnectionController {

    private final SubgraphQuery subgraphs;
    private final ShortestPathQuery shortestPaths;
    private final SharedPartnersQuery sharedPartners;
    private final CommonGroundQuery commonGround;
    private final RankedPathQuery rankedPaths;
    private final CoParticipationQuery coParticipation;
    private final ProjectionCache projections;

    ConnectionController(SubgraphQuery subgraphs, ShortestPathQuery shortestPaths, SharedPartnersQuery sharedPartners,
            CommonGroundQuery commonGround, RankedPathQuery rankedPaths, CoParticipationQuery coParticipation,
            ProjectionCache projections) {
        this.subgraphs = subgraphs;
        this.shortestPaths = shortestPaths;
        this.sharedPartners = sharedPartners;
        this.commonGround = commonGround;
        this.rankedPaths = rankedPaths;
        this.coParticipation = coParticipation;
        this.projections = projections;
    }

    @QueryMapping
    public Subgraph neighbourhood(@Argument String id, @Argument Integer depth, @Argument List<String> types,
            @Argument List<EntityKind> kinds, @Argument List<String> excludeIds, @Argument Integer limit, @Argument Integer asOf) {
        return subgraphs.of(new SubgraphRequest(id, depth, types, kinds, excludeIds, limit, asOf));
    }

    @QueryMapping
    public List<GraphPath> shortestPaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
            @Argument List<String> types, @Argument List<String> excludeIds, @Argument Boolean excludeHubs, @Argument Boolean all,
            @Argument Integer asOf) {
        if (from.equals(to)) {
            throw new BadRequestException("from and to must be different entities");
        }
        var traversal = Traversal.of(types, null, excludeIds, asOf);
        if (Boolean.TRUE.equals(excludeHubs)) {
            traversal = traversal.avoiding(List.copyOf(projections.current().hubs()));
        }
        return shortestPaths.between(from, to, ArgumentBounds.between("maxHops", maxHops, 6, 1, Limits.MAX_HOPS), traversal,
                Boolean.TRUE.equals(all));
    }

    @QueryMapping
    public List<RankedPath> paths(@Argument String from, @Argument String to, @Argument Integer first, @Argument Integer maxHops,
            @Argument List<String> types, @Argument List<String> excludeIds, @Argument Boolean excludeHubs, @Argument CalendarDate asOf) {
        return rankedPaths.between(projections.current(), from, to, ArgumentBounds.between("first", first, 5, 1, Limits.MAX_RANKED_PATHS),
                ArgumentBounds.between("maxHops", maxHops, 6, 1, Limits.MAX_HOPS), RelationTypes.checked(types), excludeIds,
                Boolean.TRUE.equals(excludeHubs), CalendarDate.yearOf(asOf));
    }

    @QueryMapping
    public List<CoLink> coParticipation(@Argument List<EntityKind> kinds, @Argument List<EntityKind> via, @Argument Integer minShared,
            @Argument Boolean throughParts, @Argument CalendarDate asOf) {
        return coParticipation.of(projections.current(), kinds, via, minShared, !Boolean.FALSE.equals(throughParts), CalendarDate.yearOf(asOf));
    }

    @SchemaMapping(typeName = "RankedPath")
    public List<String> because(RankedPath path, @Argument Language lang) {
        return path.because(lang == null ? Language.EN : lang);
    }

    @SchemaMapping(typeName = "CoLink")
    public List<SourceCitation> sources(CoLink link) {
        return link.edges().stream().flatMap(edge -> SourceCitation.of(edge.storedSources(), edge.quote(), edge.inferred()).stream())
                .distinct().toList();
    }

    @QueryMapping
    public List<SharedPartner> sharedPartners(@Argument List<String> ids, @Argument List<String> types, @Argument Integer asOf,
            @Argument Boolean throughParts) {
        var distinct = ids.stream().distinct().toList();
        if (distinct.size() < 2 || distinct.size() > Limits.MAX_SHARED_IDS) {
            throw new BadRequestException("ids must name between 2 and " + Limits.MAX_SHARED_IDS + " different entities, not " + distinct.size());
        }
        var checked = RelationTypes.checked(types);
        var followed = checked == null ? null : checked.stream().map(t -> RelationType.of(t).orElseThrow()).toList();
        return sharedPartners.of(projections.current(), distinct, followed, asOf, !Boolean.FALSE.equals(throughParts));
    }

    @QueryMapping
    public List<CommonGround> commonGround(@Argument String a, @Argument String b, @Argument List<String> types,
            @Argument List<EntityKind> kinds, @Argument Integer asOf) {
        if (a.equals(b)) {
            throw new BadRequestException("a and b must be different entities");
        }
        return commonGround.of(a, b, Traversal.of(types, kinds, null, asOf));
    }

    @SchemaMapping(typeName = "Edge")
    public List<SourceCitation> sources(GraphEdge edge) {
        return SourceCitation.of(edge.storedSources(), edge.quote(), edge.inferred());
    }
}
