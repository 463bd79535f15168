package org.ecosystemmap.graphql.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.search.SearchTexts;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * Turns what a person types into the queries of the three full-text indexes, and the Cypher that reads them
 * as one. The names index ({@link GraphSchema#SEARCH_INDEX}) needs every word in the name, an alias or the
 * description: a name or alias match counts most, a word may be the start of a longer word, and a word of
 * four letters or more may have a typo. The Dutch and English indexes need every word, stemmed, in the
 * entity's Dutch or English texts ({@link SearchTexts}), a whole phrase counting more. An entity is found when
 * one index finds it; its score is the sum of the three. The words are reduced to letters and digits first,
 * so nothing a person types can change a query's structure.
 */
public final class SearchText {

    /** Lucene's English stop words, which the names index leaves out: requiring them would match nothing. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
            "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with");
    private static final CharArraySet DUTCH_STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final int MAX_WORDS = 12;

    private SearchText() {
    }

    /**
     * The Cypher that binds {@code node} and {@code score} to each entity the text finds, once each, adding the
     * parameters it needs. Only the indexes that have words to look for are read.
     */
    public static String hits(String text, Map<String, Object> parameters) {
        var words = words(text);
        if (words.isEmpty()) {
            throw new BadRequestException("search text must hold at least one letter or digit");
        }
        var reads = new ArrayList<String>();
        reads.add(read(GraphSchema.SEARCH_INDEX, "query", names(words), parameters));
        language(words, SearchTexts.DUTCH, DUTCH_STOP_WORDS).ifPresent(query -> reads.add(read(GraphSchema.SEARCH_INDEX_NL, "queryNl", query, parameters)));
        language(words, SearchTexts.ENGLISH, ENGLISH_STOP_WORDS).ifPresent(query -> reads.add(read(GraphSchema.SEARCH_INDEX_EN, "queryEn", query, parameters)));
        return """
                CALL () {
                  %s
                }
                WITH node, sum(score) AS score""".formatted(String.join("\n  UNION ALL\n  ", reads));
    }

    /**
     * The three indexes' queries for a text (names, Dutch, English; a language with only stop words gets its
     * empty query), for a client that searches as this does: the benchmark's peer.
     */
    public static List<String> indexQueries(String text) {
        var words = words(text);
        return List.of(names(words), language(words, SearchTexts.DUTCH, DUTCH_STOP_WORDS).orElse(""),
                language(words, SearchTexts.ENGLISH, ENGLISH_STOP_WORDS).orElse(""));
    }

    private static String read(String index, String parameter, String query, Map<String, Object> parameters) {
        parameters.put(parameter + "Index", index);
        parameters.put(parameter, query);
        return "CALL db.index.fulltext.queryNodes($%sIndex, $%s) YIELD node, score RETURN node, score".formatted(parameter, parameter);
    }

    static List<String> words(String text) {
        var words = new ArrayList<String>();
        for (var word : NameKeys.words(text)) {
            if (!words.contains(word) && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    static String names(List<String> words) {
        var meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        return (meaningful.isEmpty() ? words : meaningful).stream().map(SearchText::nameClause).collect(Collectors.joining(" AND "));
    }

    /** Every word but the language's stop words required, stemmed or as the start of a word; empty when only stop words are left. */
    static Optional<String> language(List<String> words, String field, CharArraySet stopWords) {
        var meaningful = words.stream().filter(w -> !stopWords.contains(w)).toList();
        if (meaningful.isEmpty()) {
            return Optional.empty();
        }
        var clauses = meaningful.stream().map(w -> "+(%s:%s %s:%s*)".formatted(field, w, field, w)).collect(Collectors.toList());
        if (words.size() > 1) {
            clauses.add("%s:\"%s\"^2".formatted(field, String.join(" ", words)));
        }
        return Optional.of(String.join(" ", clauses));
    }

    private static String nameClause(String word) {
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
