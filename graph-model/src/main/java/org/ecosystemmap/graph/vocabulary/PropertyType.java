package org.ecosystemmap.graph.vocabulary;

/** How a property is written in a dataset and stored in the graph. */
public enum PropertyType {
    /** A slug: lowercase letters, digits and single hyphens. */
    ID,
    /** Text of one line: no control characters, no line breaks or tabs (a name, a role, a title). */
    TEXT,
    /** Free text that may run over several lines: line breaks and tabs are its only control characters. */
    PROSE,
    /** Several texts of one line each; a multi-value field in a dataset. */
    TEXT_LIST,
    /**
     * Source references such as {@code jaarverslag-2021.txt#L437-L441}, each optionally followed by its own quote
     * ({@code jaarverslag-2021.txt#L437-L441 "words"}); see {@link SourceRef}.
     */
    SOURCE_LIST,
    /** One source reference with its optional quote, as one value of a {@link #SOURCE_LIST}. */
    SOURCE,
    BOOLEAN,
    /** A whole number of things (a size, an attendance), 0 or more. */
    INTEGER,
    /** A calendar year, stored as an integer. */
    YEAR,
    /** A decimal number such as an amount of money, 0 or more, stored as a float. */
    DECIMAL,
    /** An http(s) address with a host; no other scheme is stored, so no address can run script. */
    URL,
    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, stored as text. */
    PARTIAL_DATE,
    /** One value of a Java enum, stored as its name. */
    ENUM
}
