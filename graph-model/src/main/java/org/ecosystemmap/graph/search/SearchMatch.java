package org.ecosystemmap.graph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.ecosystemmap.graph.vocabulary.NameKeys;

/**
 * Where a search text matched an entity: the field, the words of that field that matched as they are
 * written there, and the text around them. Found with the Lucene analyzers the full-text indexes use (Dutch
 * for Dutch texts, English for English ones), so {@code zijinstromer} is found in "zijinstromers" here as it
 * is by the index. The first field in {@link SearchField} order that holds every word wins; when none holds
 * all (a name matched with a typo, say), the one holding the most.
 *
 * @param source the source reference or facet value the text belongs to, when it belongs to one
 */
public record SearchMatch(SearchField field, List<String> words, String excerpt, String source) {

    private static final Analyzer DUTCH = new DutchAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final int EXCERPT_REACH = 60;

    private record Token(String term, int start, int end) {
    }

    /** Where {@code text} matched an entity with these stored properties; empty when no field holds any of its words. */
    public static Optional<SearchMatch> find(String text, Map<String, Object> properties) {
        var words = NameKeys.words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        SearchMatch best = null;
        int bestCount = 0;
        for (var fieldText : SearchTexts.of(properties)) {
            var found = new ArrayList<Token>();
            int matched = 0;
            int meaningful = 0;
            for (var analyzer : analyzers(fieldText.field())) {
                var tokens = tokens(analyzer, fieldText.text());
                int matchedHere = 0;
                int meaningfulHere = 0;
                var foundHere = new ArrayList<Token>();
                for (var word : words) {
                    var stems = tokens(analyzer, word);
                    if (stems.isEmpty()) {
                        // A stop word the index does not hold, shown where it stands in the text ("niet gelukt").
                        foundHere.addAll(occurrences(fieldText.text(), word));
                        continue;
                    }
                    meaningfulHere++;
                    var hits = tokens.stream().filter(t -> stems.stream().anyMatch(s -> t.term().equals(s.term()) || t.term().startsWith(word)))
                            .toList();
                    if (!hits.isEmpty()) {
                        matchedHere++;
                        foundHere.addAll(hits);
                    }
                }
                if (matchedHere > matched || (matchedHere == matched && meaningfulHere < meaningful)) {
                    matched = matchedHere;
                    meaningful = meaningfulHere;
                    found = foundHere;
                }
            }
            if (matched == 0) {
                continue;
            }
            var match = new SearchMatch(fieldText.field(), surface(fieldText.text(), found), excerpt(fieldText.text(), found), fieldText.source());
            if (matched == meaningful) {
                return Optional.of(match);
            }
            if (matched > bestCount) {
                best = match;
                bestCount = matched;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where a word stands in the text as a whole word, case and accents aside; no term, as the index holds none. */
    private static List<Token> occurrences(String text, String word) {
        var folded = NameKeys.foldAccents(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        var found = new ArrayList<Token>();
        var matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(folded);
        while (matcher.find()) {
            found.add(new Token(null, matcher.start(), matcher.end()));
        }
        return found;
    }

    private static List<Analyzer> analyzers(SearchField field) {
        if (field.dutch() && field.english()) {
            return List.of(DUTCH, ENGLISH);
        }
        return List.of(field.dutch() ? DUTCH : ENGLISH);
    }

    /** The text's terms as the analyzer indexes them, with where each stands in the text; accents folded first, as at write time. */
    private static List<Token> tokens(Analyzer analyzer, String text) {
        var folded = NameKeys.foldAccents(Normalizer.normalize(text, Normalizer.Form.NFC));
        var tokens = new ArrayList<Token>();
        try (var stream = analyzer.tokenStream("text", folded)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The text as written, when its offsets are those of the folded text the analyzer read (each accented
     * letter composed, as is usual, folds to one letter); else the folded text, whose offsets they are.
     */
    private static String readable(String text) {
        var composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var folded = NameKeys.foldAccents(text);
        return composed.length() == folded.length() ? composed : folded;
    }

    private static List<String> surface(String text, List<Token> tokens) {
        var folded = readable(text);
        var words = new LinkedHashSet<String>();
        tokens.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).forEach(t -> words.add(folded.substring(t.start(), t.end())));
        return List.copyOf(words);
    }

    private static String excerpt(String text, List<Token> tokens) {
        var folded = readable(text);
        int first = tokens.stream().mapToInt(Token::start).min().orElse(0);
        int start = Math.max(0, first - EXCERPT_REACH);
        int end = Math.min(folded.length(), first + EXCERPT_REACH);
        while (start > 0 && !Character.isWhitespace(folded.charAt(start - 1))) {
            start--;
        }
        while (end < folded.length() && !Character.isWhitespace(folded.charAt(end))) {
            end++;
        }
        return (start > 0 ? "…" : "") + folded.substring(start, end).strip() + (end < folded.length() ? "…" : "");
    }
}
