package org.ecosystemmap.graph.vocabulary;

import java.util.Objects;

/** One wording in English and in Dutch. */
public record Label(String en, String nl) {

    public Label {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(nl, "nl");
    }

    public String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
