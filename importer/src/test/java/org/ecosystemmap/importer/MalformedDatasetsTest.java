package org.ecosystemmap.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.append;
import static org.ecosystemmap.importer.testing.DatasetFixtures.replace;
import static org.ecosystemmap.importer.testing.DatasetFixtures.write;
import static org.ecosystemmap.importer.testing.DatasetFormats.table;
import static org.ecosystemmap.importer.testing.MalformedDataset.JSON;
import static org.ecosystemmap.importer.testing.MalformedDataset.XLSX;
import static org.ecosystemmap.importer.testing.MalformedDataset.csv;
import static org.ecosystemmap.importer.testing.MalformedDataset.file;
import static org.ecosystemmap.importer.testing.MalformedDataset.json;
import static org.ecosystemmap.importer.testing.MalformedDataset.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.ecosystemmap.importer.testing.DatasetFormats;
import org.ecosystemmap.importer.testing.MalformedDataset;
import org.ecosystemmap.importer.testing.ZipBomb;
import org.ecosystemmap.importer.testing.Zips;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken datasets in all three formats, each made from the sample by breaking it the way people
 * do. Every one must be rejected with the exact place of the problem, and the graph (already holding the
 * sample) must be exactly as it was.
 */
@DisplayName("A malformed dataset")
class MalformedDatasetsTest {

    private static final Importer importer = new Importer(TestNeo4j.graph());
    private static List<String> before;

    @BeforeAll
    static void importSample() {
        importer.importDataset(DatasetFixtures.original("sample"), "sample", ImportOptions.DEFAULT);
        before = GraphDump.of(TestNeo4j.graph());
    }

    @AfterAll
    static void clear() {
        TestNeo4j.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("is rejected, naming the place of the problem, and leaves the graph as it was")
    void isRejectedWithItsPlace(MalformedDataset malformed, @TempDir Path temp) {
        var dataset = malformed.make(temp);

        assertThatThrownBy(() -> importer.importDataset(dataset, "sample", ImportOptions.DEFAULT))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.problems())
                        .as("the problems found")
                        .anySatisfy(problem -> {
                            assertThat(problem.location()).isEqualTo(malformed.location());
                            assertThat(problem.column()).isEqualTo(malformed.column());
                            assertThat(problem.toString()).contains(malformed.message());
                        }));
        assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
    }

    @Test
    @DisplayName("holds at least thirty broken datasets, in each of the three formats")
    void corpusIsLargeEnough() {
        var names = corpus().map(MalformedDataset::name).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(names).filteredOn(n -> n.startsWith("CSV")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(names).filteredOn(n -> n.startsWith("XLSX")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(names).filteredOn(n -> n.startsWith("JSON")).hasSizeGreaterThanOrEqualTo(10);
    }

    static Stream<MalformedDataset> corpus() {
        return Stream.of(csvCorpus(), xlsxCorpus(), jsonCorpus()).flatMap(List::stream);
    }

    private static Location csvLine(String file, int line) {
        return Location.line(file, line);
    }

    private static List<MalformedDataset> csvCorpus() {
        var partners = "partners.csv";
        var relationships = "relationships.csv";
        return List.of(
                csv("a quote that is never closed", f -> append(f.resolve(partners), "\"unclosed,Unclosed,,COMPANY,,\n"),
                        csvLine(partners, 11), null, "a quoted value is never closed"),
                csv("text after a closing quote", f -> append(f.resolve(partners), "bad-quoting,\"Bad\" quoting,,COMPANY,,\n"),
                        csvLine(partners, 11), null, "broken quoting"),
                csv("a row with a field too few", f -> append(f.resolve(partners), "short-row,Short,COMPANY,,\n"),
                        csvLine(partners, 11), null, "the row has 5 fields but the header has 6"),
                csv("a required column missing", f -> write(f.resolve("places.csv"), "id,name\nnoord,Noord\n"),
                        csvLine("places.csv", 1), "type", "the required column is missing"),
                csv("an unknown column", f -> replace(f.resolve(partners), "id,name,aliases,type,description,sources",
                        "id,name,aliases,type,descriptoin,sources"), csvLine(partners, 1), "descriptoin", "unknown column"),
                csv("a duplicate id in one file", f -> append(f.resolve(partners), "olvg,OLVG again,,HEALTHCARE,,\n"),
                        csvLine(partners, 11), "id", "duplicate id \"olvg\": already used at partners.csv:9"),
                csv("a duplicate id in another file", f -> append(f.resolve("initiatives.csv"), "olvg,OLVG,,INITIATIVE,,,,,\n"),
                        csvLine("initiatives.csv", 7), "id", "duplicate id \"olvg\""),
                csv("a relationship to an id that does not exist", f -> append(f.resolve(relationships), "philips,MEMBER_OF,gdi-partnershp,,,,,,\n"),
                        csvLine(relationships, 20), "to", "no entity has the id \"gdi-partnershp\""),
                csv("an unknown relationship type", f -> append(f.resolve(relationships), "philips,SPONSORS,amdex,,,,,,\n"),
                        csvLine(relationships, 20), "type", "unknown relationship type \"SPONSORS\""),
                csv("a relationship between kinds its type cannot join", f -> append(f.resolve(relationships), "olvg,WORKS_AT,philips,,,,,,\n"),
                        csvLine(relationships, 20), "type", "WORKS_AT cannot join a Partner (olvg) to a Partner (philips)"),
                csv("the same relationship twice", f -> append(f.resolve(relationships), "amsterdam-economic-board,RUNS,tomas,lead,,,,,\n"),
                        csvLine(relationships, 20), null, "duplicate relationship amsterdam-economic-board -RUNS-> tomas"),
                csv("an unknown kind of file", f -> write(f.resolve("partner.csv"), "id,name,type\nx,X,COMPANY\n"),
                        Location.of("partner.csv"), null, "unknown file"),
                csv("a value outside its vocabulary", f -> append(f.resolve(partners), "hospital-x,Hospital X,,HOSPITAL,,\n"),
                        csvLine(partners, 11), "type", "unknown value \"HOSPITAL\""),
                csv("a year that is not a number", f -> replace(f.resolve("initiatives.csv"), "INITIATIVE,ACTIVE,2021,", "INITIATIVE,ACTIVE,20x1,"),
                        csvLine("initiatives.csv", 2), "startYear", "\"20x1\" is not a year"),
                csv("a year out of any plausible range", f -> replace(f.resolve("goals.csv"), "TARGET,2021,", "TARGET,21,"),
                        csvLine("goals.csv", 2), "year", "21 is not a plausible year"),
                csv("a relationship that ends before it starts", f -> append(f.resolve(relationships), "olvg,PARTNER_IN,amdex,,2021,2019,,,\n"),
                        csvLine(relationships, 20), "until", "until 2019 is before since 2021"),
                csv("an empty file", f -> write(f.resolve(partners), ""), Location.of(partners), null, "the file is empty"),
                csv("bytes that are not UTF-8", f -> rewrite(f.resolve(partners), text -> text.replace("Hospital in Amsterdam.", "Ziekenhuis \u00e9"),
                        StandardCharsets.ISO_8859_1), csvLine(partners, 9), null, "not UTF-8"),
                csv("a field longer than any value needs", f -> append(f.resolve(partners), "long,Long,,COMPANY,\"" + "x".repeat(100_001) + "\",\n"),
                        csvLine(partners, 11), "description", "the value is longer than 100,000 characters"),
                csv("a header naming a column twice", f -> replace(f.resolve(partners), "id,name,aliases,type,description,sources",
                        "id,name,aliases,type,name,sources"), csvLine(partners, 1), "name", "the header names this column twice"),
                csv("an id that is not a slug", f -> append(f.resolve(partners), "New Partner,New Partner,,COMPANY,,\n"),
                        csvLine(partners, 11), "id", "\"New Partner\" is not an id"),
                csv("a source reference that is not one", f -> append(f.resolve(partners), "new-partner,New,,COMPANY,,page 12\n"),
                        csvLine(partners, 11), "sources", "\"page 12\" is not a source reference"),
                csv("a date that does not exist", f -> write(f.resolve("events.csv"), "id,name,date\nlaunch,Launch,2021-13-01\n"),
                        csvLine("events.csv", 2), "date", "\"2021-13-01\" is not a real date"),
                csv("a talent facet of something that is not a talent programme", f -> write(f.resolve("talent-facets.csv"),
                        "programme,field,value,sources,quote\ntomas,targetGroups,unemployed,jaarverslag-2021.txt#L1,x\n"),
                        csvLine("talent-facets.csv", 2), "programme", "\"tomas\" is an Initiative, not a talent programme"),
                csv("a section that ends before it starts", f -> append(f.resolve("sections.csv"), "jaarverslag-2021.txt,50,40,Backwards,\n"),
                        csvLine("sections.csv", 10), "to", "the section ends (40) before it starts (50)"),
                file("CSV: a folder without any table", temp -> Files.createDirectories(temp.resolve("sample")),
                        Location.of("sample"), null, "the dataset holds no tables"),
                file("CSV: a zip with CSV files in two folders", temp -> Files.write(temp.resolve("sample.zip"), Zips.of(Map.of(
                        "a/partners.csv", "id,name,type\nx,X,COMPANY\n".getBytes(StandardCharsets.UTF_8),
                        "b/themes.csv", "id,name\ndata,Data\n".getBytes(StandardCharsets.UTF_8)))),
                        Location.of("sample.zip"), null, "the zip holds CSV files in more than one folder"),
                csv("a section address that runs script", f -> append(f.resolve("sections.csv"),
                        "jaarverslag-2021.txt,700,710,Trap,javascript:alert(document.cookie)\n"),
                        csvLine("sections.csv", 10), "url", "\"javascript:alert(document.cookie)\" is not a web address"),
                csv("a website that breaks out of its link", f -> replace(f.resolve("initiatives.csv"), ",https://techconnect.city/",
                        ",\"https://techconnect.city/\"\"onmouseover=\"\"alert(1)\""), csvLine("initiatives.csv", 5), "website", "is not a web address"),
                csv("a NUL character in a name", f -> append(f.resolve(partners), "nul,Nul\u0000Partner,,COMPANY,,\n"),
                        csvLine(partners, 11), "name", "the text holds the control character U+0000 at character 4"),
                csv("a tab in a name", f -> append(f.resolve(partners), "tab,Tab\tPartner,,COMPANY,,\n"),
                        csvLine(partners, 11), "name", "the text holds a tab at character 4; this field is one line"),
                csv("an initiative part of itself", f -> append(f.resolve(relationships), "tomas,PART_OF,tomas,,,,,,\n"),
                        csvLine(relationships, 20), "to", "tomas -PART_OF-> tomas joins an entity to itself"),
                csv("a partner connected to itself", f -> append(f.resolve(relationships), "olvg,CONNECTED_TO,olvg,,,,,,\n"),
                        csvLine(relationships, 20), "to", "olvg -CONNECTED_TO-> olvg joins an entity to itself"),
                csv("PART_OF in a circle", f -> append(f.resolve(relationships), "tomas,PART_OF,techconnect,,,,,,\n"),
                        csvLine(relationships, 20), "to", "PART_OF runs in a circle: techconnect -PART_OF-> tomas -PART_OF-> techconnect; "
                                + "something cannot be part of what is part of it (the rows relationships.csv:10, relationships.csv:20)"),
                csv("a negative amount", f -> write(f.resolve("fundings.csv"), "id,name,amount,outcome\nloss,Loss,-82000,RAISED\n"),
                        csvLine("fundings.csv", 2), "amount", "-82000.0 is negative; an amount is 0 or more"),
                csv("a negative size", f -> replace(f.resolve("coalitions.csv"), "CONSORTIUM,5,", "CONSORTIUM,-5,"),
                        csvLine("coalitions.csv", 2), "size", "-5 is negative; a count is 0 or more"),
                csv("a file in UTF-16 without a byte-order mark", f -> rewrite(f.resolve(partners), text -> text, StandardCharsets.UTF_16BE),
                        csvLine(partners, 1), null, "the file holds NUL characters on its first line, as UTF-16 text does"),
                csv("a file in UTF-16 with a byte-order mark", f -> rewrite(f.resolve(partners), text -> text, StandardCharsets.UTF_16),
                        csvLine(partners, 1), null, "the file is UTF-16 (it starts with a UTF-16 byte-order mark)"),
                csv("a quote never closed in the middle of a file", f -> replace(f.resolve(partners), "gemeente-amsterdam,Gemeente Amsterdam,",
                        "gemeente-amsterdam,\"Gemeente Amsterdam,"), csvLine(partners, 3), null, "a quoted value opens here and runs on to line 5"),
                csv("a line longer than any line needs", f -> append(f.resolve(partners), "long-line," + "x,".repeat(600_000) + "\n"),
                        csvLine(partners, 11), null, "the line is longer than 1,000,000 characters"),
                file("CSV: a zip holding one file twice", temp -> ZipBomb.stored(temp.resolve("sample.zip"), new String[][] {
                        {"partners.csv", "id,name,type\nacme,Acme,COMPANY\n"}, {"partners.csv", "id,name,type\nevil,Evil,COMPANY\n"}}),
                        Location.of("sample.zip"), null, "the zip holds \"partners.csv\" twice"),
                file("CSV: one CSV file instead of a dataset", temp -> DatasetFixtures.copy("sample", temp, "sample").resolve(partners),
                        Location.of(partners), null, "one CSV file holds one table: zip the dataset's folder"));
    }

    private static List<MalformedDataset> xlsxCorpus() {
        return List.of(
                xlsx("a formula instead of a value", tables -> { }, book -> book.getSheet("partners").getRow(9).getCell(1).setCellFormula("UPPER(A10)"),
                        cell("partners", 10, 2), "name", "the cell holds a formula =UPPER(A10)"),
                xlsx("an unknown kind of sheet", tables -> { }, book -> book.createSheet("partner").createRow(0).createCell(0).setCellValue("id"),
                        Location.sheet(XLSX, "partner"), null, "unknown sheet"),
                xlsx("merged cells", tables -> { }, book -> book.getSheet("partners").addMergedRegion(CellRangeAddress.valueOf("E3:F3")),
                        cell("partners", 3, 5), null, "the cells E3:F3 are merged"),
                xlsx("an error value", tables -> { }, book -> book.getSheet("initiatives").getRow(1).getCell(5).setCellErrorValue(FormulaError.NA),
                        cell("initiatives", 2, 6), "startYear", "the cell holds the error #N/A"),
                xlsx("a value outside its vocabulary", tables -> table(tables, "partners").set("olvg", "type", "HOSPITAL"), book -> { },
                        cell("partners", 9, 4), "type", "unknown value \"HOSPITAL\""),
                xlsx("a required column missing", tables -> removeColumn(table(tables, "coalitions"), "type"), book -> { },
                        new Location(XLSX, "coalitions", 1, 0), "type", "the required column is missing"),
                xlsx("a column named twice", tables -> table(tables, "partners").header().set(4, "name"), book -> { },
                        cell("partners", 1, 5), null, "the column name \"name\" is used twice"),
                xlsx("a value in a column without a name", tables -> { }, book -> book.getSheet("partners").getRow(4).createCell(9).setCellValue("stray"),
                        cell("partners", 5, 10), null, "its column has no name in the header row 1"),
                xlsx("an empty sheet", tables -> { }, book -> book.createSheet("themes"),
                        Location.sheet(XLSX, "themes"), null, "the sheet is empty"),
                xlsx("a relationship to an id that does not exist", tables -> table(tables, "relationships").rows().getFirst().set(2, "tomass"),
                        book -> { }, cell("relationships", 2, 3), "to", "no entity has the id \"tomass\"; did you mean \"tomas\"?"),
                xlsx("a date where a year belongs", tables -> { }, book -> {
                    var style = book.createCellStyle();
                    style.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
                    book.getSheet("initiatives").getRow(1).getCell(5).setCellStyle(style);
                }, cell("initiatives", 2, 6), "startYear", "\"1905-07-13\" is not a year"),
                xlsx("an id used twice", tables -> table(tables, "coalitions").rows().getLast().set(0, "tomas"), book -> { },
                        cell("coalitions", 3, 1), "id", "duplicate id \"tomas\": already used at sample.xlsx, sheet initiatives, row 2"),
                xlsx("a negative size", tables -> table(tables, "coalitions").set("tomas-consortium", "size", "-5"), book -> { },
                        cell("coalitions", 2, 5), "size", "-5 is negative"),
                file("XLSX: a file that is not a workbook", temp -> Files.writeString(temp.resolve(XLSX), "id,name\n"),
                        Location.of(XLSX), null, "the file cannot be read as an .xlsx workbook"));
    }

    private static Location cell(String sheet, int row, int column) {
        return new Location(XLSX, sheet, row, column);
    }

    private static List<MalformedDataset> jsonCorpus() {
        return List.of(
                json("a missing comma", t -> t.replaceFirst("\"name\" : \"TOMAS\"", "\"name\" : \"TOMAS\" \"then\""),
                        "\"then\"", null, "invalid JSON: Unexpected character ('\"'"),
                json("a key without quotes", t -> t.replaceFirst("\"name\" : \"TOMAS\"", "name : \"TOMAS\""),
                        "name : \"TOMAS\"", null, "invalid JSON"),
                json("a string in single quotes", t -> t.replaceFirst("\"name\" : \"TOMAS\"", "\"name\" : 'TOMAS'"),
                        "'TOMAS'", null, "invalid JSON"),
                json("text as a number", t -> t.replaceFirst("\"name\" : \"OLVG\"", "\"name\" : 987654"),
                        "987654", "name", "expected a string, found the number 987654"),
                json("a year as text", t -> t.replaceFirst("\"startYear\" : 2021", "\"startYear\" : \"2021\""),
                        "\"2021\"", "startYear", "expected a whole number, found the string \"2021\" (write the number without quotes)"),
                json("a list as one string", t -> t.replaceFirst("\"aliases\" : \\[ \"DSS\" \\]", "\"aliases\" : \"DSS\""),
                        "\"DSS\"", "aliases", "expected an array of strings, found the string \"DSS\""),
                json("a number in a list of texts", t -> t.replaceFirst("\"DSS\"", "\"DSS\", 7777"),
                        "7777", "aliases", "expected an array of strings, found a number in it"),
                json("a table that is not an array", t -> t.replaceFirst("\"dataset\" : \"sample\",", "\"dataset\" : \"sample\", \"themes\" : {\"id\": \"x\"},"),
                        "{\"id\": \"x\"}", null, "the table \"themes\" must be an array of objects"),
                json("a row that is not an object", t -> t.replaceFirst("\"dataset\" : \"sample\",", "\"dataset\" : \"sample\", \"themes\" : [\"not-a-row\"],"),
                        "\"not-a-row\"", null, "each row of \"themes\" must be an object"),
                json("an unknown kind of table", t -> t.replaceFirst("\"dataset\" : \"sample\",", "\"dataset\" : \"sample\", \"partner\" : [],"),
                        "\"partner\"", null, "unknown table \"partner\""),
                json("an unknown column", t -> t.replaceFirst("\"name\" : \"OLVG\"", "\"name\" : \"OLVG\", \"websit\" : \"https://www.olvg.nl/\""),
                        "\"websit\"", "websit", "unknown column"),
                json("a key twice in one row", t -> t.replaceFirst("\"name\" : \"OLVG\"", "\"name\" : \"OLVG\", \"name\" : \"OLVG again\""),
                        "\"name\" : \"OLVG again\"", "name", "the key appears twice in this row"),
                json("a relationship to an id that does not exist", t -> t.replaceFirst("\"to\" : \"amdex\"", "\"to\" : \"amdx\""),
                        "\"amdx\"", "to", "no entity has the id \"amdx\"; did you mean \"amdex\"?"),
                json("a value outside its vocabulary", t -> t.replaceFirst("\"type\" : \"HEALTHCARE\"", "\"type\" : \"HEALTHCAR\""),
                        "\"HEALTHCAR\"", "type", "unknown value \"HEALTHCAR\""),
                json("a value longer than a cell may hold", t -> t.replaceFirst("\"Hospital in Amsterdam.\"", "\"" + "x".repeat(100_001) + "\""),
                        "\"xxxxxxxxxx", "description", "the value is longer than 100,000 characters"),
                json("arrays nested deeper than a dataset needs", t -> t.replaceFirst("\"aliases\" : \\[ \"DSS\" \\]",
                        "\"aliases\" : [ " + "[".repeat(20) + "\"DSS\"" + "]".repeat(20) + " ]"),
                        // The seventeenth level opens at the thirteenth inner bracket; the parser stands just past it.
                        "[".repeat(7) + "\"DSS", "aliases", "the document nests more than 16 levels deep"),
                json("a negative size", t -> t.replaceFirst("\"size\" : 5", "\"size\" : -5"), "-5", "size", "-5 is negative"),
                json("more after the document's end", t -> t + "\n{ }", "{ }", null, "the document goes on after its closing }"),
                json("an array instead of an object", t -> "[" + t + "]", "[", null, "a dataset document is one JSON object"),
                file("JSON: a document that ends too soon", temp -> {
                    var text = MalformedDataset.sampleJson();
                    return Files.writeString(temp.resolve(JSON), text.substring(0, text.indexOf("\"relationships\"")));
                }, endOf(MalformedDataset.sampleJson().substring(0, MalformedDataset.sampleJson().indexOf("\"relationships\""))), null,
                        "invalid JSON: Unexpected end-of-input"),
                file("JSON: an empty file", temp -> Files.writeString(temp.resolve(JSON), ""), Location.of(JSON), null, "the file is empty"),
                file("JSON: a document in UTF-16 without a byte-order mark", temp -> Files.write(temp.resolve(JSON),
                        MalformedDataset.sampleJson().getBytes(StandardCharsets.UTF_16BE)), Location.line(JSON, 1), null,
                        "the file holds NUL characters on its first line, as UTF-16 text does"),
                file("JSON: bytes that are not UTF-8", temp -> Files.write(temp.resolve(JSON),
                        MalformedDataset.sampleJson().replace("Hospital in Amsterdam.", "Ziekenhuis \u00e9").getBytes(StandardCharsets.ISO_8859_1)),
                        Location.line(JSON, MalformedDataset.locate(MalformedDataset.sampleJson(), "Hospital in Amsterdam.").line()), null, "not UTF-8"));
    }

    @Test
    @DisplayName("with a name holding a control character is rejected, naming the dataset")
    void nameWithControlCharacter(@TempDir Path temp) {
        var dataset = DatasetFixtures.copy("sample", temp, "sample");
        assertThatThrownBy(() -> importer.importDataset(dataset, "sample\u0007", ImportOptions.DEFAULT))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly("(dataset): the dataset's name cannot be used: the text holds the control character U+0007 at character 7; "
                                + "text holds no control characters"));
        assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
    }

    /** Where a parser stands after the last character of a text. */
    private static Location endOf(String text) {
        return MalformedDataset.positionOf(text + " ", text.length());
    }

    private static void removeColumn(DatasetFormats.Table table, String column) {
        int index = table.column(column);
        table.header().remove(index);
        table.rows().forEach(row -> row.remove(index));
    }

    private static void rewrite(Path file, UnaryOperator<String> edit, Charset charset) {
        try {
            Files.write(file, edit.apply(DatasetFixtures.read(file)).getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
