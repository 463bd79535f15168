package org.ecosystemmap.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.Vocabulary;
import org.ecosystemmap.graphql.connection.Subgraph;

/**
 * A zip of two CSV files in Kumu's import layout: {@code elements.csv} with ID first (so that connections
 * name their ends by id), Label, Type (the kind), Description and Tags (the kind's own type and status,
 * {@code |}-separated as Kumu reads several values); and {@code connections.csv} with From and To first, then
 * Type (the relationship type) and Label (the role). Since, Until and Sources become custom fields. Kumu
 * imports one file at a time: elements first, then connections. With a language, the types and tags are the
 * vocabulary's labels in it (Kumu's legend shows them), as the explorer shows them; without, their codes.
 * <p>
 * Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula, and a
 * name such as {@code =cmd|' /C calc'!A0} would run on the machine of whoever opens the file. Such text cells
 * get a leading {@code '}, as OWASP recommends against CSV injection; numbers stay numbers. GraphML and JSON
 * are not read as formulas and stay exact.
 */
final class KumuCsvWriter implements SubgraphWriter {

    private final Language language;

    /** {@code language} null for the codes (PARTNER_IN, HEALTHCARE). */
    KumuCsvWriter(Language language) {
        this.language = language;
    }

    @Override
    public void write(Subgraph subgraph, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("elements.csv"));
        var elements = printer(zip, "ID", "Label", "Type", "Description", "Tags", "Since", "Until", "Sources");
        for (var node : subgraph.nodes()) {
            var a = NodeAttributes.of(node);
            var tags = Stream.of("type", "status").filter(p -> node.properties().get(p) != null)
                    .map(p -> label(node.kind(), p, node.properties().get(p).toString())).toList();
            elements.printRecord(cells(a.id(), a.name(), language == null ? a.kind() : Vocabulary.label(node.kind(), language), a.description(),
                    String.join("|", tags), a.since(), a.until(), String.join("|", a.sources())));
        }
        elements.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("connections.csv"));
        var connections = printer(zip, "From", "To", "Type", "Label", "Since", "Until", "Sources");
        for (var edge : subgraph.edges()) {
            var type = language == null ? edge.type() : Vocabulary.RELATION_TYPE.label(edge.type(), language);
            connections.printRecord(cells(edge.from(), edge.to(), type, edge.role(), edge.since(), edge.until(),
                    String.join("|", edge.storedSources())));
        }
        connections.flush();
        zip.closeEntry();
        zip.finish();
    }

    private String label(EntityKind kind, String property, String value) {
        return language == null ? value
                : kind.property(property).flatMap(Vocabulary::of).map(v -> v.label(value, language)).orElse(value);
    }

    /** The values of one row, with text that a spreadsheet would run as a formula made plain text. */
    private static Object[] cells(Object... values) {
        return Stream.of(values).map(value -> value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                ? "'" + text : value).toArray();
    }

    private static CSVPrinter printer(OutputStream out, String... header) throws IOException {
        // Not closed here: closing would close the zip stream under it.
        return new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader(header).get());
    }
}
