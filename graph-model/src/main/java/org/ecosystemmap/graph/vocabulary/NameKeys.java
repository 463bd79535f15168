package org.ecosystemmap.graph.vocabulary;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name reduced to what people mean by it: lowercase, without accents, punctuation as spaces. Two names
 * with the same key are the same name ("Oriëntatie-programma" and "orientatie programma"). Every entity
 * stores the keys of its name and aliases as {@code nameKeys}, so that search can rank an exact name first
 * and the importer can spot likely duplicates. Search words and ids are made from the same keys.
 */
public final class NameKeys {

    /** The graph property holding an entity's name keys. */
    public static final String PROPERTY = "nameKeys";

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKeys() {
    }

    /**
     * The text without its accents: {@code Oriëntatie} becomes {@code Orientatie}. The one place accents are
     * folded, so that a name, its id and a search for it agree.
     */
    public static String foldAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("");
    }

    public static String of(String name) {
        var folded = foldAccents(name).toLowerCase(Locale.ROOT);
        return NOT_LETTERS_OR_DIGITS.matcher(folded).replaceAll(" ").strip();
    }

    /** The distinct, non-empty keys of a name and its aliases, name first. */
    public static List<String> of(String name, List<String> aliases) {
        var keys = new LinkedHashSet<String>();
        keys.add(of(name));
        aliases.forEach(alias -> keys.add(of(alias)));
        keys.remove("");
        return List.copyOf(keys);
    }

    /** The words of a text as its key holds them: {@code "Oriëntatie-programma!"} gives orientatie, programma. */
    public static List<String> words(String text) {
        var key = of(text);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }
}
