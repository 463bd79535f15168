package org.ecosystemmap.graphql.connection;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.analytics.ProjectionCache;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.relation.RelationTypes;
import org.ecosystemmap.graphql.request.ComputesInMemory;
import org.ecosystemmap.graphql.request.RequestReads;
import org.ecosystemmap.graphql.timeline.CalendarDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The connection questions answered from the analytics projection, by what relationships mean: ranked paths and
 * networks folded by shared neighbours. They compute in memory (Yen's k shortest paths, the folding), then one
 * statement reads what the client selected on the entities and relationships found.
 */
@Controller
@ComputesInMemory
public class WeightedConnectionController {

    private final ProjectionCache projections;

    WeightedConnectionController(ProjectionCache projections) {
        this.projections = projections;
    }

    @QueryMapping
    public List<RankedPath> paths(@Argument String from, @Argument String to, @Argument Integer first, @Argument Integer maxHops,
            @Argument List<String> types, @Argument List<String> excludeIds, @Argument Boolean excludeHubs, @Argument CalendarDate asOf,
            DataFetchingEnvironment env) {
        var reads = RequestReads.of(env);
        return reads.run(RankedPathQuery.between(projections.current(reads), from, to,
                ArgumentBounds.between("first", first, 5, 1, Limits.MAX_RANKED_PATHS), ArgumentBounds.between("maxHops", maxHops, 6, 1, Limits.MAX_HOPS),
                RelationTypes.checked(types), excludeIds, Boolean.TRUE.equals(excludeHubs), CalendarDate.yearOf(asOf), Selection.of(env)));
    }

    @QueryMapping
    public List<CoLink> coParticipation(@Argument List<EntityKind> kinds, @Argument List<EntityKind> via, @Argument Integer minShared,
            @Argument Boolean throughParts, @Argument CalendarDate asOf, DataFetchingEnvironment env) {
        var reads = RequestReads.of(env);
        return reads.run(CoParticipationQuery.of(projections.current(reads), kinds, via, minShared, !Boolean.FALSE.equals(throughParts),
                CalendarDate.yearOf(asOf), Selection.of(env)));
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
}
