package org.ecosystemmap.importer.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.importer.dataset.DatasetFormat;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.LineTrackingReader;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawDataset;
import org.ecosystemmap.importer.dataset.RawRow;
import org.ecosystemmap.importer.dataset.RawTable;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a dataset written as one JSON document: an object whose keys are the tables ({@code partners},
 * {@code relationships}, ...), each an array of objects whose keys are the table's columns, and an
 * optional {@code dataset} key naming the dataset. Values carry their JSON type (see {@link JsonColumnType});
 * the document is read as it streams, and every problem names the line and character of the value in the
 * text. Syntax errors stop the reading: what follows one cannot be trusted.
 */
public final class JsonDatasetReader {

    /** The key of the document that names the dataset. */
    public static final String DATASET_KEY = "dataset";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * Reads a document.
     *
     * @param fileName the document's file name, named in problems
     * @param name the dataset's name, or null to take the document's {@code dataset} key or else the file name
     */
    public RawDataset read(String fileName, String name, InputStream in) {
        var run = new Run(fileName);
        try (var text = new LineTrackingReader(in); JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
            run.document(parser);
        } catch (StreamReadException e) {
            return run.stopped(Problem.at(run.location(e.getLocation()), null, "invalid JSON: " + e.getOriginalMessage()));
        } catch (JacksonException | IOException e) {
            return run.stopped(unreadable(fileName, e));
        }
        var datasetName = name != null ? name : run.documentName != null ? run.documentName : DatasetFormat.baseName(fileName);
        return new RawDataset(datasetName, run.tables, run.problems);
    }

    private static Problem unreadable(String fileName, Exception error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LineTrackingReader.NotUtf8Exception notUtf8) {
                return Problem.at(Location.line(fileName, notUtf8.line()), null,
                        "the file is not UTF-8: this line holds a byte that is not UTF-8 text; save the file as UTF-8");
            }
        }
        return Problem.inFile(fileName, "the file cannot be read: " + error.getMessage());
    }

    /** The state of reading one document. */
    private static final class Run {
        private final String fileName;
        private final List<RawTable> tables = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private String documentName;

        Run(String fileName) {
            this.fileName = fileName;
        }

        RawDataset stopped(Problem problem) {
            problems.add(problem);
            return new RawDataset(documentName == null ? DatasetFormat.baseName(fileName) : documentName, List.of(), problems);
        }

        void document(JsonParser parser) {
            var token = parser.nextToken();
            if (token == null) {
                problems.add(Problem.inFile(fileName, "the file is empty: a dataset document is one JSON object, {\"partners\": [...], ...}"));
                return;
            }
            if (token != JsonToken.START_OBJECT) {
                problems.add(Problem.at(here(parser), null, "a dataset document is one JSON object, {\"partners\": [...], ...}; found "
                        + JsonColumnType.describe(token)));
                return;
            }
            var seen = new HashSet<String>();
            var known = DatasetTables.names();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var key = parser.currentName();
                var keyLocation = here(parser);
                var value = parser.nextToken();
                if (!seen.add(key)) {
                    problems.add(Problem.at(keyLocation, null, "the key \"" + key + "\" appears twice in the document"));
                    parser.skipChildren();
                } else if (key.equals(DATASET_KEY)) {
                    datasetName(parser, value);
                } else if (!known.contains(key)) {
                    var candidates = new ArrayList<>(known);
                    candidates.add(DATASET_KEY);
                    problems.add(Problem.at(keyLocation, null, "unknown table \"" + key + "\"; a dataset document holds "
                            + DATASET_KEY + " and " + String.join(", ", known))
                            .suggesting(Suggestions.closest(key, candidates).map(s -> "\"" + s + "\"").orElse(null)));
                    parser.skipChildren();
                } else if (value == JsonToken.START_ARRAY) {
                    tables.add(table(parser, key));
                } else if (value != JsonToken.VALUE_NULL) {
                    // null is a table not given, as an absent key is.
                    problems.add(Problem.at(here(parser), null, "the table \"" + key + "\" must be an array of objects, [{...}, ...]; found "
                            + JsonColumnType.describe(value)));
                    parser.skipChildren();
                }
            }
            var trailing = parser.nextToken();
            if (trailing != null) {
                problems.add(Problem.at(here(parser), null, "the document goes on after its closing }; found " + JsonColumnType.describe(trailing)));
            }
        }

        private void datasetName(JsonParser parser, JsonToken value) {
            if (value == JsonToken.VALUE_STRING && !parser.getString().isBlank()) {
                documentName = parser.getString().strip();
            } else {
                problems.add(Problem.at(here(parser), DATASET_KEY, "the dataset's name must be a non-empty string; found "
                        + JsonColumnType.describe(value)));
                parser.skipChildren();
            }
        }

        private RawTable table(JsonParser parser, String table) {
            var start = here(parser);
            var columns = new LinkedHashMap<String, Location>();
            var rows = new ArrayList<RawRow>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    problems.add(Problem.at(here(parser), null, "each row of \"" + table + "\" must be an object, {\"column\": value, ...}; found "
                            + JsonColumnType.describe(token)));
                    parser.skipChildren();
                    continue;
                }
                rows.add(row(parser, table, columns));
            }
            return new RawTable(table, start, List.copyOf(columns.keySet()), List.copyOf(columns.values()), rows);
        }

        private RawRow row(JsonParser parser, String table, Map<String, Location> columns) {
            var rowLocation = here(parser);
            var cells = new LinkedHashMap<String, String>();
            var positions = new long[8];
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var column = parser.currentName();
                var keyLocation = here(parser);
                parser.nextToken();
                var valueLocation = here(parser);
                if (cells.containsKey(column)) {
                    problems.add(Problem.at(keyLocation, column, "the key appears twice in this row"));
                    parser.skipChildren();
                    continue;
                }
                columns.putIfAbsent(column, keyLocation);
                var cell = JsonColumnType.of(table, column).read(parser);
                if (cell.problem() != null) {
                    problems.add(Problem.at(cell.at() == null ? valueLocation : location(cell.at()), column, cell.problem()));
                }
                if (cell.text() != null) {
                    if (cells.size() == positions.length) {
                        positions = Arrays.copyOf(positions, positions.length * 2);
                    }
                    positions[cells.size()] = RawRow.pack(valueLocation.line(), valueLocation.position());
                    cells.put(column, cell.text());
                }
            }
            return new RawRow(rowLocation, cells, Arrays.copyOf(positions, cells.size()));
        }

        private Location here(JsonParser parser) {
            return location(parser.currentTokenLocation());
        }

        Location location(TokenStreamLocation at) {
            return at == null ? Location.of(fileName) : new Location(fileName, null, at.getLineNr(), at.getColumnNr());
        }
    }
}
