package org.ecosystemmap.graphql.entity;

import org.ecosystemmap.graph.search.SearchMatch;
import org.ecosystemmap.graph.vocabulary.Language;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The fields of {@code SearchMatch} that are worded: computed from the match a search found, no database involved. */
@Controller
public class SearchMatchController {

    @SchemaMapping(typeName = "SearchMatch")
    public String field(SearchMatch match) {
        return match.field().property();
    }

    @SchemaMapping(typeName = "SearchMatch")
    public String label(SearchMatch match, @Argument Language lang) {
        return match.field().label().in(lang);
    }
}
