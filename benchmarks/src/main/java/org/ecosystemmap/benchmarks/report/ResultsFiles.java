package org.ecosystemmap.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's results: the JSON, the chart, and the results section of the Markdown page. The page's
 * own text (what was changed, what limits a missed target) is kept: only what lies between its results
 * markers is replaced; a page without them gets them appended.
 */
public final class ResultsFiles {

    public static final String START = "<!-- results:start (written by ./ecomap bench; edit outside these markers) -->";
    public static final String END = "<!-- results:end -->";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultsFiles() {
    }

    /** Writes {@code name}.json, {@code name}.png and the results section of {@code name}.md into {@code folder}. */
    public static void write(BenchmarkResults results, Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + ".json"), JSON.writeValueAsString(results) + "\n", StandardCharsets.UTF_8);
            Chart.write(results, folder.resolve(name + ".png"));
            replaceSection(folder.resolve(name + ".md"), new ResultsTables(results, name + ".png").markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes any JSON document, indented. */
    public static void writeJson(Object document, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces what lies between the results markers of a Markdown page (creating the page, or the markers, when missing). */
    public static void replaceSection(Path page, String section) throws IOException {
        var text = Files.exists(page) ? Files.readString(page) : "";
        var block = START + "\n" + section + END;
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        var updated = start >= 0 && end > start
                ? text.substring(0, start) + block + text.substring(end + END.length())
                : text + (text.isEmpty() || text.endsWith("\n\n") ? "" : "\n") + block + "\n";
        Files.writeString(page, updated, StandardCharsets.UTF_8);
    }
}
