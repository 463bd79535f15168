package org.ecosystemmap.graphql.talent;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Finding talent programmes: the faceted list, the match by profile, and each programme's facet values. */
@Controller
public class TalentProgrammeController {

    /** A {@code TalentProgrammeConnection}: a page of programmes, and the search it is a page of, for the facets. */
    public record TalentProgrammeConnection(List<Connection.Edge<EntityNode>> edges, Connection.PageInfo pageInfo, int totalCount,
            TalentSearch search) {
    }

    private final TalentValues values;
    private final TalentCatalogue catalogue;
    private final TalentMatching matching;

    public TalentProgrammeController(TalentValues values, TalentCatalogue catalogue, TalentMatching matching) {
        this.values = values;
        this.catalogue = catalogue;
        this.matching = matching;
    }

    @QueryMapping
    public TalentProgrammeConnection talentProgrammes(@Argument TalentFilter filter, @Argument Integer first, @Argument String after) {
        var page = PageRequest.of(first, after, 20);
        var selection = values.select(filter == null ? TalentFilter.NONE : filter);
        var search = new TalentSearch(selection, catalogue.read(selection.text()));
        var found = search.page(page);
        return new TalentProgrammeConnection(found.edges(), found.pageInfo(), found.totalCount(), search);
    }

    @SchemaMapping(typeName = "TalentProgrammeConnection")
    public List<Facet> facets(TalentProgrammeConnection connection) {
        return connection.search().facets();
    }

    @QueryMapping
    public List<TalentMatch> matchTalentProgrammes(@Argument TalentProfile profile, @Argument Integer first) {
        return matching.match(profile, first);
    }

    @SchemaMapping(typeName = "TalentProgramme")
    public List<ProgrammeFacet> facets(EntityNode programme) {
        return ProgrammeFacet.of(programme);
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
