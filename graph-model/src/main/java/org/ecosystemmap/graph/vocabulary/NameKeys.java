package org.ecosystemmap.graph.vocabulary;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A name reduced to what people mean by it: lowercase, without accents, punctuation as spaces. Two names
 * with the same key are the same name ("Oriëntatie-programma" and "orientatie programma"). Every entity
 * stores the keys of its name and aliases as {@code nameKeys}, so that search can rank an exact name first
 * and the importer can spot likely duplicates.
 */
public final class NameKeys {

    /** The graph property holding an entity's name keys. */
    public static final String PROPERTY = "nameKeys";

    private NameKeys() {
    }

    public static String of(String name) {
        var folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The distinct, non-empty keys of a name and its aliases, name first. */
    public static List<String> of(String name, List<String> aliases) {
        var keys = new LinkedHashSet<String>();
        keys.add(of(name));
        aliases.forEach(alias -> keys.add(of(alias)));
        keys.remove("");
        return List.copyOf(keys);
    }
}
