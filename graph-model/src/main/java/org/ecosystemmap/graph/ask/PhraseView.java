package org.ecosystemmap.graph.ask;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The views a phrase can name in its first column, with the slots every phrase of the view must have. What each
 * view opens and which GraphQL answers it is the {@code ask} field's business; this is what a table row is checked
 * against, by the importer as by the server.
 */
public enum PhraseView {
    PATH("path", List.of("a", "b")),
    SHARED("shared", List.of("a", "b")),
    PARTNERS("partners", List.of("a")),
    NETWORK("network", List.of("kind")),
    PROGRAMMES("programmes", List.of()),
    GOALS("goals", List.of("a")),
    BROKERS("brokers", List.of()),
    CHANGES("changes", List.of("year"));

    private final String tableName;
    private final List<String> requiredSlots;

    PhraseView(String tableName, List<String> requiredSlots) {
        this.tableName = tableName;
        this.requiredSlots = requiredSlots;
    }

    /** The view's name in a phrase table's first column. */
    public String tableName() {
        return tableName;
    }

    /** The slots every phrase of this view must have. */
    public List<String> requiredSlots() {
        return requiredSlots;
    }

    public static Optional<PhraseView> named(String name) {
        return Arrays.stream(values()).filter(v -> v.tableName.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(v -> v.tableName).collect(Collectors.joining(", "));
    }
}
