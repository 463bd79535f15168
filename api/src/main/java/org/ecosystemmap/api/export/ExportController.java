package org.ecosystemmap.api.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.connection.SubgraphQuery;
import org.ecosystemmap.graphql.connection.SubgraphRequest;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export}: the whole graph, or with {@code id} the neighbourhood the GraphQL query
 * {@code neighbourhood} returns (same arguments), as GraphML for Gephi, a zip of CSV files for Kumu, or JSON.
 * A download: the response names a file. {@code lang} ({@code en} or {@code nl}) puts the vocabulary's labels
 * in Kumu's Type and Tags columns instead of the codes.
 */
@RestController
class ExportController {

    private final SubgraphQuery subgraphs;

    ExportController(SubgraphQuery subgraphs) {
        this.subgraphs = subgraphs;
    }

    /** GET, or POST as a form when the list of ids is too long for an address. */
    @RequestMapping(path = "/export", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format, @RequestParam(required = false) String id,
            @RequestParam(required = false) Integer depth, @RequestParam(required = false) List<String> types,
            @RequestParam(required = false) List<EntityKind> kinds, @RequestParam(required = false) List<String> excludeIds,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer asOf,
            @RequestParam(required = false) List<String> ids, @RequestParam(required = false) String lang) throws IOException {
        var exportFormat = ExportFormat.named(format);
        var language = lang == null ? null : Language.ofTag(lang)
                .orElseThrow(() -> new BadRequestException("lang must be en or nl, not \"" + lang + "\""));
        var subgraph = subgraphs.of(new SubgraphRequest(id, depth, types, kinds, excludeIds, limit, asOf, ids));
        var body = new ByteArrayOutputStream();
        exportFormat.writer(language).write(subgraph, body);
        var fileName = "ecosystem-map" + (id == null ? "" : "-" + id) + "." + exportFormat.extension();
        return ResponseEntity.ok()
                .contentType(exportFormat.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body.toByteArray());
    }
}
