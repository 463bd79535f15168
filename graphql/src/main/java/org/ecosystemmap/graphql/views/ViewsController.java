package org.ecosystemmap.graphql.views;

import graphql.schema.DataFetchingEnvironment;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * Saved views of the map: read by anyone who may read the map; saved and deleted by a curator when API keys are
 * configured, by anyone when none are (a team's own map on its own machine). {@code @apiKeys} is the api module's
 * {@code ApiKeys}; it is asked first, so that without keys no authentication is needed at all.
 */
@Controller
public class ViewsController {

    private static final String SAVERS = "@apiKeys.none() or hasRole('CURATOR')";

    private final EcosystemGraph graph;

    public ViewsController(EcosystemGraph graph) {
        this.graph = graph;
    }

    @QueryMapping
    public SavedView view(@Argument String id, DataFetchingEnvironment env) {
        return RequestReads.of(env).run(SavedViewQueries.one(id));
    }

    @QueryMapping
    public Connection<SavedView> views(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return RequestReads.of(env).run(SavedViewQueries.page(PageRequest.of(first, after, 20)));
    }

    @MutationMapping
    @PreAuthorize(SAVERS)
    public SavedView saveView(@Argument SavedViewInput input) {
        var statement = SavedViewQueries.save(input.checked(), keyName());
        return graph.write(tx -> SavedViewQueries.view(tx.run(statement.cypher(), statement.parameters()).single()));
    }

    @MutationMapping
    @PreAuthorize(SAVERS)
    public boolean deleteView(@Argument String id) {
        var statement = SavedViewQueries.delete(id);
        return graph.write(tx -> tx.run(statement.cypher(), statement.parameters()).single().get("deleted").asLong() > 0);
    }

    /** The name of the key the request was made with; null without one. */
    private static String keyName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
    }
}
