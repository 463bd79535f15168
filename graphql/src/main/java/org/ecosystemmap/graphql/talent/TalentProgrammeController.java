package org.ecosystemmap.graphql.talent;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.Language;
import java.util.Optional;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Finding talent programmes: the faceted list and the match by profile, each in one statement. */
@Controller
public class TalentProgrammeController {

    /** A {@code TalentProgrammeConnection}: a page of programmes, and the search it is a page of, for the facets. */
    public record TalentProgrammeConnection(List<Connection.Edge<EntityResult>> edges, Connection.PageInfo pageInfo, int totalCount,
            TalentSearch search) {
    }

    private final TalentValues values;

    public TalentProgrammeController(TalentValues values) {
        this.values = values;
    }

    @QueryMapping
    public TalentProgrammeConnection talentProgrammes(@Argument TalentFilter filter, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        var page = PageRequest.of(first, after, 20);
        var chosen = (filter == null ? TalentFilter.NONE : filter);
        var wanted = chosen.values();
        TalentValues.checkVocabulary(wanted);
        var read = RequestReads.of(env).run(TalentCatalogue.read(chosen.text(), TalentValues.ids(wanted), Selection.of(env)));
        var selection = new TalentSelection(chosen.text(), wanted, values.names(wanted, read.named()));
        var search = new TalentSearch(selection, read.programmes());
        var found = search.page(page);
        return new TalentProgrammeConnection(found.edges(), found.pageInfo(), found.totalCount(), search);
    }

    @SchemaMapping(typeName = "TalentProgrammeConnection")
    public List<Facet> facets(TalentProgrammeConnection connection) {
        return connection.search().facets();
    }

    @QueryMapping
    public List<TalentMatch> matchTalentProgrammes(@Argument TalentProfile profile, @Argument Integer first, DataFetchingEnvironment env) {
        int limit = PageRequest.of(first, null, 10).first();
        var wanted = profile.values();
        if (wanted.isEmpty()) {
            throw new BadRequestException("a profile needs at least one target group, sector, activity type or place");
        }
        TalentValues.checkVocabulary(wanted);
        var read = RequestReads.of(env).run(TalentMatching.read(profile.place(), TalentValues.ids(wanted), Selection.of(env)));
        var names = values.names(wanted, read.named());
        var scoring = new MatchScoring(wanted, profile.place() == null ? null : names.get(profile.place()));
        return read.candidates().stream()
                .map(scoring::score)
                .flatMap(Optional::stream)
                .sorted(MatchScoring.RANKING)
                .limit(limit)
                .map(MatchScoring.Scored::match)
                .toList();
    }

    @SchemaMapping(typeName = "FacetValue", field = "label")
    public String facetValueLabel(FacetValue value, @Argument Language lang) {
        return value.label().in(lang);
    }

    @SchemaMapping(typeName = "ProgrammeFacetValue", field = "label")
    public String programmeFacetValueLabel(ProgrammeFacet.Value value, @Argument Language lang) {
        return value.label().in(lang);
    }

    @SchemaMapping(typeName = "TalentMatch")
    public List<String> reasons(TalentMatch match, @Argument Language lang) {
        return match.reasons().stream().map(reason -> reason.in(lang)).toList();
    }
}
