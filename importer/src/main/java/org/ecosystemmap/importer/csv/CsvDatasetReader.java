package org.ecosystemmap.importer.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.ecosystemmap.graph.ask.PhraseRow;
import org.ecosystemmap.graph.ask.PhraseTableText;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.importer.dataset.Causes;
import org.ecosystemmap.importer.dataset.DatasetSource;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.HeaderCells;
import org.ecosystemmap.importer.dataset.LineTrackingReader;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawDataset;
import org.ecosystemmap.importer.dataset.RawRow;
import org.ecosystemmap.importer.dataset.RawTable;
import org.ecosystemmap.importer.dataset.ReadBudget;
import org.ecosystemmap.importer.dataset.ReadLimitException;
import org.ecosystemmap.importer.dataset.ReadLimits;

/**
 * Reads a dataset folder of CSV files (RFC 4180, UTF-8, LF or CRLF, an optional byte-order mark). A file
 * that cannot be read is reported with the line where reading failed; the other files are still read, so
 * that one run lists every problem. Files other than {@code .csv} (a README, say) are left alone. The
 * {@link ReadLimits} are checked as the text streams in ({@link CsvShape}), so that no cell, line, row or
 * file beyond them is ever held.
 */
public final class CsvDatasetReader {

    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line ([\\d,]+)\\)|at line: ([\\d,]+)");
    private static final Pattern DUPLICATE_COLUMN = Pattern.compile("duplicate name: \"(.*?)\"");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(true)
            .get();

    private final ReadLimits limits;

    public CsvDatasetReader() {
        this(ReadLimits.DEFAULT);
    }

    public CsvDatasetReader(ReadLimits limits) {
        this.limits = limits;
    }

    public RawDataset read(DatasetSource source) {
        var budget = new ReadBudget(limits);
        var tables = new ArrayList<RawTable>();
        var problems = new ArrayList<Problem>();
        List<String> files;
        try {
            files = source.fileNames();
        } catch (IOException e) {
            return new RawDataset(source.name(), List.of(), List.of(Problem.inFile(source.name(), "cannot list the dataset's files: " + e.getMessage())));
        }
        var known = DatasetTables.names();
        var phrases = new ArrayList<PhraseRow>();
        for (var file : files) {
            if (!file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                continue;
            }
            var phraseLanguage = Arrays.stream(Language.values()).filter(l -> PhraseTableText.fileName(l).equals(file)).findFirst();
            if (phraseLanguage.isPresent()) {
                readPhrases(source, budget, file, phraseLanguage.get(), phrases, problems);
                continue;
            }
            var table = file.substring(0, file.length() - 4);
            if (!known.contains(table)) {
                var problem = Problem.inFile(file, "unknown file: a dataset holds " + String.join(", ", known.stream().map(t -> t + ".csv").toList())
                        + " and the question phrase tables " + String.join(", ", Arrays.stream(Language.values()).map(PhraseTableText::fileName).toList()));
                problems.add(Suggestions.closest(table, known).map(s -> problem.suggesting(s + ".csv")).orElse(problem));
                continue;
            }
            readTable(source, budget, file, table, tables, problems);
        }
        return new RawDataset(source.name(), tables, problems, phrases);
    }

    /**
     * A question phrase table ({@code phrases-nl.csv}): not RFC 4180 but the {@code view;pattern;settings} rows of
     * the server's own tables, read and checked as the server reads them, each broken row a problem at its line.
     */
    private static void readPhrases(DatasetSource source, ReadBudget budget, String file, Language language, List<PhraseRow> phrases,
            List<Problem> problems) {
        LineTrackingReader lines = null;
        try (var in = source.open(file)) {
            lines = new LineTrackingReader(budget.file(in, source.compressedSize(file)));
            var text = new StringWriter();
            lines.transferTo(text);
            var read = PhraseTableText.read(language, file, text.toString());
            read.problems().forEach(problem -> problems.add(Problem.at(Location.line(file, problem.line()), null, problem.reason())));
            read.phrases().forEach(phrase -> phrases.add(phrase.row()));
        } catch (IOException | UncheckedIOException e) {
            problems.add(problem(file, e, lines, null, List.of()));
        }
    }

    private void readTable(DatasetSource source, ReadBudget budget, String file, String table, List<RawTable> tables, List<Problem> problems) {
        LineTrackingReader lines = null;
        CsvShape shape = null;
        List<String> header = List.of();
        try (var in = source.open(file)) {
            lines = new LineTrackingReader(budget.file(in, source.compressedSize(file)));
            shape = new CsvShape(lines, limits);
            try (CSVParser parser = FORMAT.parse(shape)) {
                header = parser.getHeaderNames().stream().map(String::strip).toList();
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
                // Names shared by every row; two blank names (reported above) make the rows maps of their own, as before.
                var columns = new HashSet<>(header).size() == header.size() ? header.toArray(String[]::new) : null;
                var rows = new ArrayList<RawRow>();
                for (CSVRecord record : parser) {
                    int line = lines.lineOf(record.getCharacterPosition());
                    budget.row(line);
                    var location = Location.line(file, line);
                    if (record.size() != header.size()) {
                        problems.add(Problem.at(location, null, "the row has " + record.size() + " field" + (record.size() == 1 ? "" : "s")
                                + " but the header has " + header.size() + " (a missing or extra comma, or an unquoted comma inside a value?)"));
                        continue;
                    }
                    rows.add(new RawRow(location, cells(columns, header, record)));
                }
                tables.add(new RawTable(table, headerLocation, header, Collections.nCopies(header.size(), headerLocation), rows));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(problem(file, e, lines, shape, header));
        } catch (IllegalArgumentException | IllegalStateException e) {
            var duplicate = DUPLICATE_COLUMN.matcher(String.valueOf(e.getMessage()));
            problems.add(duplicate.find()
                    ? Problem.at(Location.line(file, 1), duplicate.group(1), "the header names this column twice")
                    : Problem.at(Location.line(file, 1), null, "the header cannot be read: " + e.getMessage()));
        }
    }

    private static Map<String, String> cells(String[] columns, List<String> header, CSVRecord record) {
        if (columns != null) {
            return new HeaderCells(columns, record.values());
        }
        var cells = new LinkedHashMap<String, String>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        return cells;
    }

    /** Where and why reading stopped: the encoding, a limit, or broken quoting, located where it went wrong. */
    private static Problem problem(String file, Exception error, LineTrackingReader lines, CsvShape shape, List<String> header) {
        var notUtf8 = Causes.find(error, LineTrackingReader.NotUtf8Exception.class);
        if (notUtf8 != null) {
            return Problem.at(Location.line(file, notUtf8.line()), null, notUtf8.getMessage());
        }
        var limit = Causes.find(error, ReadLimitException.class);
        if (limit != null) {
            // The shape runs ahead of the parser, so it may know the header when the parser does not yet.
            var names = header.isEmpty() && shape != null ? shape.header() : header;
            var column = limit.field() >= 0 && limit.field() < names.size() && limit.line() > 1 ? names.get(limit.field()) : null;
            int line = limit.line() > 0 ? limit.line() : lines == null ? 0 : lines.currentLine();
            return Problem.at(line > 0 ? Location.line(file, line) : Location.of(file), column, limit.getMessage());
        }
        var cause = error instanceof UncheckedIOException unchecked && unchecked.getCause() != null ? unchecked.getCause() : error;
        var message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        var lineMatch = PARSER_LINE.matcher(message);
        int line = lineMatch.find() ? Integer.parseInt(lineMatch.group(lineMatch.group(1) != null ? 1 : 2).replace(",", ""))
                : lines == null ? 0 : lines.currentLine();
        if (message.contains("EOF reached before encapsulated token finished")) {
            int opened = shape == null ? 0 : shape.unclosedQuoteLine();
            return Problem.at(Location.line(file, opened > 0 ? opened : line), null,
                    "a quoted value is never closed: a double quote opens here and the file ends before it closes");
        }
        if (message.toLowerCase(Locale.ROOT).contains("invalid char")) {
            int opened = shape == null ? 0 : shape.openingLineOfQuoteClosedOn(line);
            if (opened > 0) {
                return Problem.at(Location.line(file, opened), null, "a quoted value opens here and runs on to line " + line
                        + ", where text follows its closing quote: close the quote on this line, or write a quote inside a value as two quotes (\"\")");
            }
            return Problem.at(Location.line(file, line), null,
                    "broken quoting: a quoted value must be followed by a comma or the end of the line; write a quote inside a value as two quotes (\"\")");
        }
        return Problem.at(Location.line(file, line), null, "the file cannot be read as CSV: " + message.replaceAll("^.*IOException: ", ""));
    }
}
