package org.ecosystemmap.graphql.curation;

import org.ecosystemmap.graph.audit.AuditEntry;
import org.ecosystemmap.graph.audit.AuditTrail;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The audit trail, for administrators: who changed what, when. */
@Controller
public class AuditController {

    private final AuditTrail trail;

    public AuditController(EcosystemGraph graph) {
        this.trail = new AuditTrail(graph);
    }

    @QueryMapping
    @PreAuthorize("hasRole('ADMIN')")
    public Connection<AuditEntry> auditTrail(@Argument Integer first, @Argument String after) {
        var page = PageRequest.of(first, after, 20);
        return Connection.of(trail.newest(page.offset(), page.first()), page, (int) trail.count());
    }
}
