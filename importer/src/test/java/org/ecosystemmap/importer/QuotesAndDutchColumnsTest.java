package org.ecosystemmap.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.EntityRecord;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RelationshipRecord;
import org.ecosystemmap.importer.testing.DatasetContent;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.ecosystemmap.importer.testing.DatasetFormats;
import org.ecosystemmap.importer.testing.DatasetFormats.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Quotes per source reference and the Dutch columns")
class QuotesAndDutchColumnsTest {

    private static final String CONSORTIUM = "gemeente-amsterdam -MEMBER_OF-> tomas-consortium";

    private final Importer importer = new Importer(TestNeo4j.graph());

    @TempDir
    Path temp;

    @Test
    @DisplayName("leave a dataset without them valid, meaning what it meant: one quote for the fact, no Dutch texts")
    void olderDatasetStaysValid() {
        var dataset = importer.read(DatasetFixtures.original("sample"), null);

        var tomas = entity(dataset, "tomas");
        assertThat(tomas.properties()).doesNotContainKeys("nameNl", "nameEn", "descriptionNl");
        assertThat(entity(dataset, "tomas-2021-target-1").properties()).doesNotContainKey("statusQuote");
        var consortium = relationship(dataset, CONSORTIUM);
        assertThat(consortium.properties()).containsEntry("quote", "Samenwerkingsconsortium gevormd met gemeente Amsterdam")
                .containsEntry("sources", List.of("jaarverslag-2021.txt#L629-L631 §TOMAS › Resultaten 2021"));
    }

    @Test
    @DisplayName("read alike from a CSV folder, a workbook and a JSON document, each reference keeping its own quote")
    void readAlikeInEveryFormat() {
        var tables = withQuotesAndDutch(DatasetFormats.tables(DatasetFixtures.original("sample")));
        var folder = csvFolder(tables);
        var workbook = file("sample.xlsx", DatasetFormats.bytes(DatasetFormats.workbook(tables)));
        var json = file("sample.json", DatasetFormats.json("sample", tables).getBytes(StandardCharsets.UTF_8));

        var fromCsv = importer.read(folder, "sample");

        assertThat(DatasetContent.of(importer.read(workbook, "sample"))).isEqualTo(DatasetContent.of(fromCsv));
        assertThat(DatasetContent.of(importer.read(json, "sample"))).isEqualTo(DatasetContent.of(fromCsv));
        assertThat(entity(fromCsv, "tomas").properties())
                .containsEntry("nameEn", "Talent matching platform TOMAS")
                .containsEntry("descriptionNl", "TOMAS staat voor Talent Ontwikkeling, Match & Select");
        assertThat(entity(fromCsv, "tomas-2021-target-1").properties()).containsEntry("statusQuote",
                "jaarverslag-2021.txt#L629-L631 \"Samenwerkingsconsortium gevormd\" §TOMAS › Resultaten 2021");
        assertThat(relationship(fromCsv, CONSORTIUM).properties()).doesNotContainKey("quote").containsEntry("sources", List.of(
                "jaarverslag-2021.txt#L629-L631 \"met gemeente Amsterdam, Digital Society\" §TOMAS › Resultaten 2021",
                "jaarverslag-2021.txt#L62-L66 \"samen met de \\\"gemeente Amsterdam\\\", de Digital Society School\" §Voorwoord"));
    }

    @Test
    @DisplayName("refuse a status quote that is not one reference, naming its cell")
    void refusesABrokenStatusQuote() {
        var tables = DatasetFormats.tables(DatasetFixtures.original("sample"));
        addColumn(DatasetFormats.table(tables, "goals"), "statusQuote");
        DatasetFormats.table(tables, "goals").set("tomas-2021-target-1", "statusQuote", "lines 629-631 \"Samenwerkingsconsortium gevormd\"");
        var folder = csvFolder(tables);

        assertThatThrownBy(() -> importer.read(folder, "sample"))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .singleElement().asString().startsWith("goals.csv:2: column statusQuote: \"lines 629-631"));
    }

    /** The sample with Dutch names and wording for TOMAS, a status quote, and a fact whose two references quote each their own words. */
    private static List<Table> withQuotesAndDutch(List<Table> tables) {
        var initiatives = DatasetFormats.table(tables, "initiatives");
        addColumn(initiatives, "nameEn");
        addColumn(initiatives, "descriptionNl");
        initiatives.set("tomas", "nameEn", "Talent matching platform TOMAS");
        initiatives.set("tomas", "descriptionNl", "TOMAS staat voor Talent Ontwikkeling, Match & Select");
        var goals = DatasetFormats.table(tables, "goals");
        addColumn(goals, "statusQuote");
        goals.set("tomas-2021-target-1", "statusQuote", "jaarverslag-2021.txt#L629-L631 \"Samenwerkingsconsortium gevormd\"");
        var relationships = DatasetFormats.table(tables, "relationships");
        var consortium = relationships.rows().stream()
                .filter(r -> r.get(0).equals("gemeente-amsterdam") && r.get(2).equals("tomas-consortium")).findFirst().orElseThrow();
        consortium.set(relationships.column("quote"), "");
        consortium.set(relationships.column("sources"), "jaarverslag-2021.txt#L629-L631 \"met gemeente Amsterdam, Digital Society\""
                + "|jaarverslag-2021.txt#L62-L66 \"samen met de \"gemeente Amsterdam\", de Digital Society School\"");
        return tables;
    }

    private static void addColumn(Table table, String column) {
        table.header().add(column);
        table.rows().forEach(row -> row.add(""));
    }

    private Path csvFolder(List<Table> tables) {
        var folder = temp.resolve("sample");
        try {
            Files.createDirectories(folder);
            for (var table : tables) {
                Files.writeString(folder.resolve(table.name() + ".csv"), DatasetFormats.csv(table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private Path file(String name, byte[] content) {
        try {
            return Files.write(temp.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EntityRecord entity(Dataset dataset, String id) {
        return dataset.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static RelationshipRecord relationship(Dataset dataset, String key) {
        return dataset.relationships().stream().filter(r -> r.key().toString().equals(key)).findFirst().orElseThrow();
    }
}
