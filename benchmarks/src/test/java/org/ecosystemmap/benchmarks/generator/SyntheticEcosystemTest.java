package org.ecosystemmap.benchmarks.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ecosystemmap.importer.csv.CsvDatasetReader;
import org.ecosystemmap.importer.dataset.FolderSource;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The synthetic ecosystem generator")
class SyntheticEcosystemTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("writes a valid dataset of the asked size, the same for the same seed")
    void validAndDeterministic() throws IOException {
        var size = new EcosystemSize(1_000, 200, 10_000, 7);
        int written = new SyntheticEcosystem(size).writeTo(temp.resolve("a"));
        new SyntheticEcosystem(size).writeTo(temp.resolve("b"));

        assertThat(written).isEqualTo(10_000);
        assertThat(Files.readString(temp.resolve("a/relationships.csv"))).isEqualTo(Files.readString(temp.resolve("b/relationships.csv")));
        var dataset = new DatasetValidator().validate(new CsvDatasetReader().read(new FolderSource(temp.resolve("a"))));
        assertThat(dataset.relationships()).hasSize(10_000);
        assertThat(dataset.entities().stream().filter(e -> e.kind().name().equals("PARTNER"))).hasSize(1_000);
    }

    @Test
    @DisplayName("gives a few partners many relationships and most partners few, with the board as the hub")
    void powerLawDegrees() {
        new SyntheticEcosystem(new EcosystemSize(2_000, 300, 20_000, 1)).writeTo(temp.resolve("c"));
        var dataset = new DatasetValidator().validate(new CsvDatasetReader().read(new FolderSource(temp.resolve("c"))));
        Map<String, Integer> degree = new HashMap<>();
        dataset.relationships().forEach(r -> {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        });
        var partnerDegrees = degree.entrySet().stream().filter(e -> e.getKey().startsWith("partner-"))
                .map(Map.Entry::getValue).sorted().toList();
        int median = partnerDegrees.get(partnerDegrees.size() / 2);
        int top = partnerDegrees.getLast();
        assertThat(top).isGreaterThan(20 * median);
        assertThat(degree.get("partner-000000")).isGreaterThanOrEqualTo(60);
    }
}
