package org.ecosystemmap.importer.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.importer.dataset.Causes;
import org.ecosystemmap.importer.dataset.DatasetFormat;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.LineTrackingReader;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawDataset;
import org.ecosystemmap.importer.dataset.RawRow;
import org.ecosystemmap.importer.dataset.RawTable;
import org.ecosystemmap.importer.dataset.ReadBudget;
import org.ecosystemmap.importer.dataset.ReadLimitException;
import org.ecosystemmap.importer.dataset.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a dataset written as one JSON document: an object whose keys are the tables ({@code partners},
 * {@code relationships}, ...), each an array of objects whose keys are the table's columns, and an
 * optional {@code dataset} key naming the dataset. Values carry their JSON type (see {@link JsonColumnType});
 * the document is read as it streams, and every problem names the line and character of the value in the
 * text. Syntax errors stop the reading: what follows one cannot be trusted. So does going beyond a
 * {@link ReadLimits limit}: a string longer than a cell may hold, a row larger than a row may, nesting
 * deeper than a dataset document needs, more bytes or rows than a dataset may hold. Jackson's
 * {@link StreamReadConstraints} enforce the first ones as it reads, so nothing beyond them is ever held.
 */
public final class JsonDatasetReader {

    /** The key of the document that names the dataset. */
    public static final String DATASET_KEY = "dataset";

    /** A dataset document nests four levels: {"table": [{"column": ["value"]}]}; deeper is refused soon after. */
    static final int MAX_NESTING = 16;

    private final ReadLimits limits;
    private final JsonFactory json;

    public JsonDatasetReader() {
        this(ReadLimits.DEFAULT);
    }

    public JsonDatasetReader(ReadLimits limits) {
        this.limits = limits;
        this.json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(limits.maxCellChars())
                .maxNameLength(Math.min(limits.maxCellChars(), 1_000))
                .maxNestingDepth(MAX_NESTING)
                .maxDocumentLength(limits.maxFileBytes())
                .build()).build();
    }

    /**
     * Reads a document.
     *
     * @param fileName the document's file name, named in problems
     * @param name the dataset's name, or null to take the document's {@code dataset} key or else the file name
     */
    public RawDataset read(String fileName, String name, InputStream in) {
        var budget = new ReadBudget(limits);
        var run = new Run(fileName, budget, limits);
        try (var text = new LineTrackingReader(budget.file(in, 0)); JsonParser parser = json.createParser(ObjectReadContext.empty(), text)) {
            try {
                run.document(parser);
            } catch (JacksonException e) {
                return run.stopped(run.problem(e, parser));
            }
        } catch (Run.Stopped stopped) {
            return run.stopped(null);
        } catch (JacksonException | IOException e) {
            return run.stopped(run.problem(e, null));
        }
        var datasetName = name != null ? name : run.documentName != null ? run.documentName : DatasetFormat.baseName(fileName);
        return new RawDataset(datasetName, run.tables, run.problems);
    }

    /** The state of reading one document. */
    private static final class Run {

        /** Stops reading at a limit whose problem is already reported. */
        static final class Stopped extends RuntimeException {
            Stopped() {
                super(null, null, false, false);
            }
        }

        private final String fileName;
        private final ReadBudget budget;
        private final ReadLimits limits;
        private final List<RawTable> tables = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private String documentName;
        /** The column whose value is being read, and where the value starts, to locate it when it goes beyond a limit. */
        private String column;
        private Location valueAt;

        Run(String fileName, ReadBudget budget, ReadLimits limits) {
            this.fileName = fileName;
            this.budget = budget;
            this.limits = limits;
        }

        RawDataset stopped(Problem problem) {
            if (problem != null) {
                problems.add(problem);
            }
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
            long rowStart = parser.currentTokenLocation().getCharOffset();
            try {
                budget.row(rowLocation.line());
            } catch (ReadLimitException e) {
                stop(Problem.at(rowLocation, null, e.getMessage()));
            }
            var cells = new LinkedHashMap<String, String>();
            var positions = new long[8];
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                if (parser.currentTokenLocation().getCharOffset() - rowStart > limits.maxRowChars()) {
                    stop(Problem.at(rowLocation, null, "the row is longer than %,d characters, the most a row may hold"
                            .formatted(limits.maxRowChars())));
                }
                var column = parser.currentName();
                this.column = column;
                var keyLocation = here(parser);
                parser.nextToken();
                var valueLocation = here(parser);
                valueAt = valueLocation;
                if (cells.containsKey(column)) {
                    problems.add(Problem.at(keyLocation, column, "the key appears twice in this row"));
                    parser.skipChildren();
                    continue;
                }
                columns.putIfAbsent(column, keyLocation);
                var cell = JsonColumnType.of(table, column).read(parser);
                if (cell.problem() != null) {
                    problems.add(Problem.at(cell.at() == null ? valueLocation : location(cell.at()), column, cell.problem()));
                } else if (cell.text() != null && cell.text().length() > limits.maxCellChars()) {
                    problems.add(Problem.at(valueLocation, column, "the values are longer than %,d characters together, the most a cell may hold"
                            .formatted(limits.maxCellChars())));
                    continue;
                }
                if (cell.text() != null) {
                    if (cells.size() == positions.length) {
                        positions = Arrays.copyOf(positions, positions.length * 2);
                    }
                    positions[cells.size()] = RawRow.pack(valueLocation.line(), valueLocation.position());
                    cells.put(column, cell.text());
                }
            }
            column = null;
            valueAt = null;
            return new RawRow(rowLocation, cells, Arrays.copyOf(positions, cells.size()));
        }

        private void stop(Problem problem) {
            problems.add(problem);
            throw new Stopped();
        }

        /** Why the reading stopped, located where the parser stood: invalid JSON, a limit, or bytes that are not UTF-8. */
        Problem problem(Exception error, JsonParser parser) {
            var notUtf8 = Causes.find(error, LineTrackingReader.NotUtf8Exception.class);
            if (notUtf8 != null) {
                return Problem.at(Location.line(fileName, notUtf8.line()), null, notUtf8.getMessage());
            }
            var at = error instanceof JacksonException jackson && jackson.getLocation() != null ? location(jackson.getLocation())
                    : parser != null ? location(parser.currentLocation()) : Location.of(fileName);
            var limit = Causes.find(error, ReadLimitException.class);
            if (limit != null) {
                return Problem.at(at, null, limit.getMessage());
            }
            if (error instanceof StreamConstraintsException constraint) {
                var message = constraint.getOriginalMessage();
                // A string too long is found at its end; the value starts where its column's value does.
                return Problem.at(message.startsWith("String value length") && valueAt != null ? valueAt : at, column, beyondLimit(message));
            }
            if (error instanceof StreamReadException syntax) {
                return Problem.at(at, null, "invalid JSON: " + syntax.getOriginalMessage());
            }
            return Problem.at(at, null, "the file cannot be read: " + error.getMessage());
        }

        /** Jackson's words for a constraint, in the words of the other limits. */
        private String beyondLimit(String message) {
            if (message.startsWith("String value length")) {
                return "the value is longer than %,d characters, the most a cell may hold".formatted(limits.maxCellChars());
            }
            if (message.startsWith("Document nesting depth")) {
                return "the document nests more than " + MAX_NESTING + " levels deep; a dataset document nests four: "
                        + "{\"table\": [{\"column\": [\"value\"]}]}";
            }
            if (message.startsWith("Document length")) {
                return "the file holds more than %,d characters, the most a dataset file may hold".formatted(limits.maxFileBytes());
            }
            return "the document goes beyond a limit: " + message;
        }

        private Location here(JsonParser parser) {
            return location(parser.currentTokenLocation());
        }

        Location location(TokenStreamLocation at) {
            return at == null ? Location.of(fileName) : new Location(fileName, null, at.getLineNr(), at.getColumnNr());
        }
    }
}
