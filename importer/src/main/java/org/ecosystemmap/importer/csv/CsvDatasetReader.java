package org.ecosystemmap.importer.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.importer.dataset.DatasetSource;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.LineTrackingReader;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawDataset;
import org.ecosystemmap.importer.dataset.RawRow;
import org.ecosystemmap.importer.dataset.RawTable;

/**
 * Reads a dataset folder of CSV files (RFC 4180, UTF-8, LF or CRLF, an optional byte-order mark). A file
 * that cannot be read is reported with the line where reading failed; the other files are still read, so
 * that one run lists every problem. Files other than {@code .csv} (a README, say) are left alone.
 */
public final class CsvDatasetReader {

    /** Longer cells are refused: nothing in a dataset needs them, and a runaway quote produces them. */
    public static final int MAX_CELL_LENGTH = 100_000;

    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)|at line: (\\d+)");
    private static final Pattern DUPLICATE_COLUMN = Pattern.compile("duplicate name: \"(.*?)\"");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(true)
            .get();

    public RawDataset read(DatasetSource source) {
        var tables = new ArrayList<RawTable>();
        var problems = new ArrayList<Problem>();
        List<String> files;
        try {
            files = source.fileNames();
        } catch (IOException e) {
            return new RawDataset(source.name(), List.of(), List.of(Problem.inFile(source.name(), "cannot list the dataset's files: " + e.getMessage())));
        }
        var known = DatasetTables.names();
        for (var file : files) {
            if (!file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                continue;
            }
            var table = file.substring(0, file.length() - 4);
            if (!known.contains(table)) {
                var problem = Problem.inFile(file, "unknown file: a dataset holds " + String.join(", ", known.stream().map(t -> t + ".csv").toList()));
                problems.add(Suggestions.closest(table, known).map(s -> problem.suggesting(s + ".csv")).orElse(problem));
                continue;
            }
            readTable(source, file, table, tables, problems);
        }
        return new RawDataset(source.name(), tables, problems);
    }

    private void readTable(DatasetSource source, String file, String table, List<RawTable> tables, List<Problem> problems) {
        LineTrackingReader reader = null;
        try (var in = source.open(file)) {
            reader = new LineTrackingReader(in);
            try (CSVParser parser = FORMAT.parse(reader)) {
                var header = parser.getHeaderNames().stream().map(String::strip).toList();
                if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
                    problems.add(Problem.inFile(file, "the file is empty: the first line must be a header naming the columns"));
                    return;
                }
                var headerLocation = Location.line(file, 1);
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).isEmpty()) {
                        problems.add(Problem.at(headerLocation, null, "column " + (i + 1) + " of the header has no name"));
                    }
                }
                var rows = new ArrayList<RawRow>();
                for (CSVRecord record : parser) {
                    var location = Location.line(file, reader.lineOf(record.getCharacterPosition()));
                    if (record.size() != header.size()) {
                        problems.add(Problem.at(location, null, "the row has " + record.size() + " field" + (record.size() == 1 ? "" : "s")
                                + " but the header has " + header.size() + " (a missing or extra comma, or an unquoted comma inside a value?)"));
                        continue;
                    }
                    var cells = new LinkedHashMap<String, String>();
                    boolean tooLong = false;
                    for (int i = 0; i < header.size(); i++) {
                        var value = record.get(i);
                        if (value.length() > MAX_CELL_LENGTH) {
                            problems.add(Problem.at(location, header.get(i), "the value is " + value.length()
                                    + " characters long; at most " + MAX_CELL_LENGTH + " are allowed (an unclosed quote?)"));
                            tooLong = true;
                        }
                        cells.put(header.get(i), value);
                    }
                    if (!tooLong) {
                        rows.add(new RawRow(location, cells));
                    }
                }
                tables.add(new RawTable(table, headerLocation, header, Collections.nCopies(header.size(), headerLocation), rows));
            }
        } catch (LineTrackingReader.NotUtf8Exception e) {
            problems.add(Problem.at(Location.line(file, e.line()), null, "the file is not UTF-8: this line holds a byte that is not UTF-8 text; save the file as UTF-8"));
        } catch (UncheckedIOException e) {
            problems.add(parseProblem(file, e.getCause(), reader));
        } catch (IOException e) {
            problems.add(parseProblem(file, e, reader));
        } catch (IllegalArgumentException | IllegalStateException e) {
            var duplicate = DUPLICATE_COLUMN.matcher(String.valueOf(e.getMessage()));
            problems.add(duplicate.find()
                    ? Problem.at(Location.line(file, 1), duplicate.group(1), "the header names this column twice")
                    : Problem.at(Location.line(file, 1), null, "the header cannot be read: " + e.getMessage()));
        }
    }

    private static Problem parseProblem(String file, Throwable error, LineTrackingReader reader) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LineTrackingReader.NotUtf8Exception notUtf8) {
                return Problem.at(Location.line(file, notUtf8.line()), null, "the file is not UTF-8: this line holds a byte that is not UTF-8 text; save the file as UTF-8");
            }
        }
        var message = error.getMessage() == null ? error.toString() : error.getMessage();
        var lineMatch = PARSER_LINE.matcher(message);
        int line = lineMatch.find() ? Integer.parseInt(lineMatch.group(lineMatch.group(1) != null ? 1 : 2))
                : reader == null ? 0 : reader.currentLine();
        var reason = message.contains("EOF reached before encapsulated token finished")
                ? "a quoted value is never closed: a double quote opens here and the file ends before it closes"
                : message.toLowerCase(Locale.ROOT).contains("invalid char")
                        ? "broken quoting: a quoted value must be followed by a comma or the end of the line; write a quote inside a value as two quotes (\"\")"
                        : "the file cannot be read as CSV: " + message.replaceAll("^.*IOException: ", "");
        return Problem.at(Location.line(file, line), null, reason);
    }
}
