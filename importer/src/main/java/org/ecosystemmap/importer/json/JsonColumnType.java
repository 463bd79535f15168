package org.ecosystemmap.importer.json;

import java.util.ArrayList;
import java.util.Locale;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.importer.dataset.DatasetTables;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The JSON type a column's value must have, derived from the column's property type: text as a string,
 * whole numbers and years as integers, amounts as numbers, flags as booleans, multi-value columns as arrays
 * of strings. {@code null} means "not given", as an empty CSV cell does. A value is read into the text a CSV
 * cell would hold, so that one validator checks every format.
 */
enum JsonColumnType {

    STRING("a string"),
    INTEGER("a whole number"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    STRING_LIST("an array of strings"),
    /** A column the table does not have: the validator reports it, whatever its value. */
    ANY("any value");

    /** A value read: its text (null when not given or unusable), or a problem, at a list element when {@code at} is set. */
    record Cell(String text, String problem, TokenStreamLocation at) {
    }

    private final String description;

    JsonColumnType(String description) {
        this.description = description;
    }

    static JsonColumnType of(String table, String column) {
        return DatasetTables.columns(table).stream().filter(c -> c.name().equals(column)).findFirst()
                .map(JsonColumnType::of).orElse(ANY);
    }

    private static JsonColumnType of(PropertySpec spec) {
        return switch (spec.type()) {
            case ID, TEXT, PROSE, URL, PARTIAL_DATE, ENUM, SOURCE -> STRING;
            case INTEGER, YEAR -> INTEGER;
            case DECIMAL -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case TEXT_LIST, SOURCE_LIST -> STRING_LIST;
        };
    }

    /** Reads the value the parser stands on, and everything inside it. */
    Cell read(JsonParser parser) {
        var token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return new Cell(null, null, null);
        }
        boolean fits = switch (this) {
            case STRING -> token == JsonToken.VALUE_STRING;
            case INTEGER -> token == JsonToken.VALUE_NUMBER_INT;
            case NUMBER -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
            case STRING_LIST -> token == JsonToken.START_ARRAY;
            case ANY -> true;
        };
        if (!fits) {
            var problem = "expected " + description + ", found " + describeValue(parser) + hint(token);
            var text = token.isScalarValue() ? parser.getString() : null;
            parser.skipChildren();
            return new Cell(text, problem, null);
        }
        if (this == STRING_LIST) {
            return list(parser);
        }
        if (token.isStructStart()) {
            parser.skipChildren();
            return new Cell("", null, null);
        }
        return new Cell(parser.getString(), null, null);
    }

    private String hint(JsonToken token) {
        if (this == STRING_LIST && token == JsonToken.VALUE_STRING) {
            return " (write a single value as [\"...\"])";
        }
        if ((this == INTEGER || this == NUMBER) && token == JsonToken.VALUE_STRING) {
            return " (write the number without quotes)";
        }
        return "";
    }

    private static Cell list(JsonParser parser) {
        var values = new ArrayList<String>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            var at = parser.currentTokenLocation();
            if (token != JsonToken.VALUE_STRING) {
                parser.skipChildren();
                skipRest(parser);
                return new Cell(null, "expected an array of strings, found " + describe(token) + " in it", at);
            }
            var value = parser.getString();
            if (value.contains("|")) {
                skipRest(parser);
                return new Cell(null, "a value of a list cannot hold |, which separates values in the other formats", at);
            }
            values.add(value);
        }
        return new Cell(String.join("|", values), null, null);
    }

    private static void skipRest(JsonParser parser) {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token.isStructStart()) {
                parser.skipChildren();
            }
        }
    }

    /** The value the parser stands on as a person reads it in a problem: {@code the string "2021"}. */
    private static String describeValue(JsonParser parser) {
        var token = parser.currentToken();
        return switch (token) {
            case VALUE_STRING -> "the string \"" + abbreviated(parser.getString()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getString();
            case VALUE_TRUE, VALUE_FALSE -> parser.getString();
            default -> describe(token);
        };
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** A token as a person reads it in a problem. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
