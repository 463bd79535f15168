package org.ecosystemmap.graph.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the map speaks: the report's Dutch, and English. */
public enum Language {
    EN, NL;

    /** The BCP 47 tag, as in {@code <html lang>} and {@code ?lang=}: {@code en}, {@code nl}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a tag such as {@code nl} or {@code EN}; empty for any other. */
    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
    }
}
