package org.ecosystemmap.importer.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.importer.dataset.DatasetFormat;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawDataset;
import org.ecosystemmap.importer.dataset.RawTable;
import org.ecosystemmap.importer.dataset.ReadBudget;
import org.ecosystemmap.importer.dataset.ReadLimits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a dataset workbook (.xlsx): a sheet per table, named as the CSV files are without {@code .csv},
 * the first non-empty row naming the columns. Sheets whose name starts with {@code _} are notes for people
 * and are not read. Sheets are streamed, so a large workbook does not have to fit in memory as cells.
 * <p>
 * What a spreadsheet can hold beyond plain values is dealt with deliberately, never guessed at: a formula
 * is a problem (its last computed value may be stale, and a dataset holds values), so is an error value
 * ({@code #N/A}) and so are merged cells. A number is read as written ({@code 2021}, {@code 326000}); a
 * number shown as a date is read as the date it shows, {@code YYYY-MM-DD}; a boolean as {@code true} or
 * {@code false}. A cell beyond {@link ReadLimits#maxCellChars} is a problem; so are more rows than a
 * dataset may hold, which stop the reading.
 */
public final class XlsxDatasetReader {

    private final ReadLimits limits;

    public XlsxDatasetReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a workbook on disk.
     *
     * @param fileName the workbook's name as its owner knows it, named in problems
     * @param name the dataset's name; null takes the file name without extension
     */
    public RawDataset read(Path path, String fileName, String name) {
        var datasetName = name != null ? name : DatasetFormat.baseName(fileName);
        var workbook = fileName;
        var tables = new ArrayList<RawTable>();
        var problems = new ArrayList<Problem>();
        var budget = new ReadBudget(limits);
        // The package is read entry by entry, each checked by POI's zip-bomb settings (ZipSecureFile), left as they are.
        try (var pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var cells = new CellValues(new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(), usesDate1904(reader));
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            var known = DatasetTables.names();
            while (sheets.hasNext()) {
                try (var in = sheets.next()) {
                    var sheet = sheets.getSheetName();
                    if (sheet.startsWith("_")) {
                        continue;
                    }
                    if (!known.contains(sheet)) {
                        problems.add(Problem.at(Location.sheet(workbook, sheet), null, "unknown sheet; a dataset workbook holds the sheets "
                                + String.join(", ", known) + " (and notes in sheets whose name starts with _)")
                                .suggesting(Suggestions.closest(sheet, known).map(s -> "\"" + s + "\"").orElse(null)));
                        continue;
                    }
                    var sheetReader = new SheetReader(sheet, Location.sheet(workbook, sheet), cells, problems, budget);
                    try {
                        parse(in, sheetReader);
                    } catch (SheetReader.Stopped stopped) {
                        // The sheet went beyond a limit, said in its problem; the rest of the workbook is not read.
                        break;
                    }
                    sheetReader.table().ifPresent(tables::add);
                }
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            problems.add(Problem.inFile(workbook, "this is an old .xls workbook or a password-protected one; save it as an .xlsx workbook without a password"));
        } catch (EmptyFileException e) {
            problems.add(Problem.inFile(workbook, "the file is empty"));
        } catch (OpenXML4JException | IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI tells a damaged package by many kinds of runtime exception; an upload must never escape as one.
            problems.add(Problem.inFile(workbook, "the file cannot be read as an .xlsx workbook: " + e.getMessage()));
        }
        return new RawDataset(datasetName, tables, problems);
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        var parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    /** Workbooks made on old Macs count dates from 1904 instead of 1900. */
    private static boolean usesDate1904(XSSFReader reader) throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
        var found = new boolean[1];
        try (var workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        var value = attributes.getValue("date1904");
                        found[0] = value != null && (value.equals("1") || value.toLowerCase(Locale.ROOT).equals("true"));
                    }
                }
            });
        }
        return found[0];
    }
}
