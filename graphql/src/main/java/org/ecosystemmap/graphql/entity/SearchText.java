package org.ecosystemmap.graphql.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * Turns what a person types into a Lucene query for the full-text index. Every word must match, in the
 * name, an alias or the description; a name or alias match counts most, a word may be the start of a
 * longer word, and a word of four letters or more may have a typo. The words are reduced to letters and
 * digits first, so nothing a person types can change the query's structure.
 */
public final class SearchText {

    /** Lucene's English stop words, which the index leaves out: requiring them would match nothing. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
            "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with");
    private static final int MAX_WORDS = 12;

    private SearchText() {
    }

    public static String lucene(String text) {
        var words = words(text);
        if (words.isEmpty()) {
            throw new BadRequestException("search text must hold at least one letter or digit");
        }
        return words.stream().map(SearchText::clause).collect(Collectors.joining(" AND "));
    }

    static List<String> words(String text) {
        var words = new ArrayList<String>();
        for (var word : NameKeys.words(text)) {
            if (!words.contains(word) && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        var meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        return meaningful.isEmpty() ? words : meaningful;
    }

    private static String clause(String word) {
        var parts = new ArrayList<>(List.of(
                "name:" + word + "^6", "aliases:" + word + "^6",
                "name:" + word + "*^3", "aliases:" + word + "*^3",
                "description:" + word));
        if (word.length() >= 4) {
            var fuzzy = word.length() >= 8 ? "~2" : "~1";
            parts.add("name:" + word + fuzzy);
            parts.add("aliases:" + word + fuzzy);
        }
        return "(" + String.join(" OR ", parts) + ")";
    }
}
