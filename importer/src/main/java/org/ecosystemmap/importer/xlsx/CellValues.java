package org.ecosystemmap.importer.xlsx;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;

/** Turns a cell as a sheet stores it (a type, a style, a raw value) into the text a CSV cell would hold. */
final class CellValues {

    /** A cell's text, or why it has none. */
    record Value(String text, String problem) {
        static Value of(String text) {
            return new Value(text, null);
        }
    }

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    CellValues(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * @param type the cell's {@code t} attribute: s (shared text), inlineStr, str (a formula's text), b, e, d, n or null
     * @param style the cell's {@code s} attribute, or null
     * @param raw the cell's {@code <v>} text, or its inline text
     */
    Value of(String type, String style, String raw) {
        if (raw == null) {
            return Value.of("");
        }
        return switch (type == null ? "n" : type) {
            case "s" -> Value.of(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
            case "inlineStr", "str" -> Value.of(raw);
            case "b" -> Value.of(raw.strip().equals("1") ? "true" : "false");
            case "e" -> new Value("", "the cell holds the error " + raw + "; type the value instead");
            case "d" -> Value.of(raw.endsWith("T00:00:00") || raw.endsWith("T00:00:00Z") ? raw.substring(0, 10) : raw);
            default -> number(style, raw.strip());
        };
    }

    private Value number(String style, String raw) {
        if (raw.isEmpty()) {
            return Value.of("");
        }
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return Value.of(raw);
        }
        if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
            var dateTime = DateUtil.getLocalDateTime(number, date1904);
            // A date reads as the date it shows; one with a time of day keeps it, and the date check rejects it.
            return Value.of(dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString() : dateTime.toString());
        }
        return Value.of(new BigDecimal(raw).stripTrailingZeros().toPlainString());
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            var cellStyle = styles.getStyleAt(i);
            return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }
}
