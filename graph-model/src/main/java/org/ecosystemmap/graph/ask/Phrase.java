package org.ecosystemmap.graph.ask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.NameKeys;

/**
 * One row of a phrase table: a question pattern such as {@code wie verbindt {a} met {b}}, the view that answers
 * it, and settings of that view ({@code statuses=NOT_ACHIEVED}). A pattern is words, slots in braces, optional
 * words in brackets ({@code [de]}) and choices in parentheses ({@code (met|en)}); it is compared with a question
 * as {@link NameKeys} reduces both (case, accents and punctuation do not count). A slot may name the kind its
 * entity must have: {@code {a:INITIATIVE}}.
 *
 * @param origin where the row is written ({@code phrases-nl.csv:12}), for a curator's error messages
 * @param slots what each slot holds, in the order the pattern names them
 */
public record Phrase(Language language, PhraseView view, String pattern, Map<String, String> settings, String origin,
        List<Part> parts, Map<String, SlotKind> slots, Map<String, EntityKind> slotKinds, Pattern shortest, Pattern longest) {

    /** A piece of a pattern. */
    sealed interface Part permits Word, SlotRef, Maybe, Choice {
    }

    record Word(String text) implements Part {
    }

    record SlotRef(String name) implements Part {
    }

    record Maybe(List<Part> parts) implements Part {
    }

    record Choice(List<List<Part>> choices) implements Part {
    }

    /** The slots of a question that a pattern fitted, by name, as the question writes them (reduced). */
    public record Fit(Phrase phrase, Map<String, String> slots) {
    }

    /** Reads a table row; an {@link IllegalArgumentException} says what is wrong with it. */
    public static Phrase parse(PhraseRow row, String origin) {
        var view = PhraseView.named(row.view()).orElseThrow(() -> new IllegalArgumentException(
                "unknown view \"" + row.view() + "\"; known: " + PhraseView.names()));
        var pattern = row.pattern();
        var parser = new Parser(pattern);
        var parts = parser.sequence();
        if (parser.at < pattern.length()) {
            throw new IllegalArgumentException("unexpected \"" + pattern.charAt(parser.at) + "\" at position " + (parser.at + 1));
        }
        for (var required : view.requiredSlots()) {
            if (!parser.slots.containsKey(required)) {
                throw new IllegalArgumentException("view " + view.tableName() + " needs the slot {" + required + "}");
            }
        }
        return new Phrase(row.language(), view, pattern, settings(row.settings()), origin, parts, Collections.unmodifiableMap(parser.slots),
                Map.copyOf(parser.slotKinds), Pattern.compile(regex(parts, true)), Pattern.compile(regex(parts, false)));
    }

    /** The phrase as a table row. */
    public PhraseRow row() {
        var written = new StringJoiner("&");
        settings.forEach((name, value) -> written.add(name + "=" + value));
        return new PhraseRow(language, view.tableName(), pattern, written.toString());
    }

    /**
     * How the question fits the pattern: with each slot as short as it can be, and as long; the two differ when a
     * name holds a word of the pattern ("Inkopen met Impact"). Empty when it does not fit.
     */
    public List<Fit> fit(String question) {
        var text = NameKeys.of(question) + " ";
        var fits = new ArrayList<Fit>();
        for (var regex : List.of(shortest, longest)) {
            Matcher matcher = regex.matcher(text);
            if (matcher.matches()) {
                var values = new LinkedHashMap<String, String>();
                for (var slot : slots.keySet()) {
                    var value = matcher.group(slot);
                    if (value != null) {
                        values.put(slot, value.strip());
                    }
                }
                var fit = new Fit(this, values);
                if (!fits.contains(fit)) {
                    fits.add(fit);
                }
            }
        }
        return fits;
    }

    /**
     * The pattern as a sentence, each slot written by {@code slot} (null for a slot without a value), the first
     * choice taken, optional words left out unless they hold a slot with a value ("[in {year}]").
     */
    public String restate(Function<String, String> slot) {
        var words = new ArrayList<String>();
        write(parts, slot, words);
        var sentence = String.join(" ", words).replace(" ,", ",");
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + "?";
    }

    private static void write(List<Part> parts, Function<String, String> slot, List<String> words) {
        for (var part : parts) {
            switch (part) {
                case Word word -> words.add(word.text());
                case SlotRef ref -> words.add(slot.apply(ref.name()));
                case Choice choice -> write(choice.choices().getFirst(), slot, words);
                case Maybe maybe -> {
                    if (filled(maybe.parts(), slot)) {
                        write(maybe.parts(), slot, words);
                    }
                }
            }
        }
    }

    private static boolean filled(List<Part> parts, Function<String, String> slot) {
        return parts.stream().anyMatch(part -> switch (part) {
            case SlotRef ref -> slot.apply(ref.name()) != null;
            case Maybe maybe -> filled(maybe.parts(), slot);
            case Choice choice -> filled(choice.choices().getFirst(), slot);
            case Word ignored -> false;
        });
    }

    private static String regex(List<Part> parts, boolean shortest) {
        var regex = new StringBuilder();
        for (var part : parts) {
            switch (part) {
                case Word word -> NameKeys.words(word.text()).forEach(w -> regex.append(Pattern.quote(w)).append(' '));
                case SlotRef ref -> regex.append("(?<").append(ref.name()).append(">")
                        .append(ref.name().equals("year") ? "\\d{4} " : shortest ? "\\S.*? " : "\\S.* ").append(')');
                case Maybe optional -> regex.append("(?:").append(regex(optional.parts(), shortest)).append(")?");
                case Choice choice -> regex.append("(?:").append(String.join("|",
                        choice.choices().stream().map(c -> regex(c, shortest)).toList())).append(')');
            }
        }
        return regex.toString();
    }

    private static Map<String, String> settings(String settings) {
        var map = new LinkedHashMap<String, String>();
        if (settings == null || settings.isBlank()) {
            return map;
        }
        for (var setting : settings.split("&")) {
            var pair = setting.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalArgumentException("a setting is name=value, not \"" + setting.strip() + "\"");
            }
            map.put(pair[0].strip(), pair[1].strip());
        }
        return map;
    }

    /** A small recursive-descent reader of the pattern syntax. */
    private static final class Parser {
        private final String pattern;
        private final Map<String, SlotKind> slots = new LinkedHashMap<>();
        private final Map<String, EntityKind> slotKinds = new LinkedHashMap<>();
        private int at;

        Parser(String pattern) {
            this.pattern = pattern;
        }

        List<Part> sequence() {
            var parts = new ArrayList<Part>();
            var word = new StringBuilder();
            while (at < pattern.length()) {
                char c = pattern.charAt(at);
                if (c == ']' || c == ')' || c == '|') {
                    break;
                }
                if (c == '{' || c == '[' || c == '(' || Character.isWhitespace(c)) {
                    flush(word, parts);
                }
                if (c == '{') {
                    parts.add(slot());
                } else if (c == '[') {
                    at++;
                    var choices = choices();
                    expect(']');
                    parts.add(new Maybe(choices.size() == 1 ? choices.getFirst() : List.of(new Choice(choices))));
                } else if (c == '(') {
                    at++;
                    var choices = choices();
                    expect(')');
                    parts.add(new Choice(choices));
                } else {
                    if (!Character.isWhitespace(c)) {
                        word.append(c);
                    }
                    at++;
                }
            }
            flush(word, parts);
            return parts;
        }

        /** Sequences separated by {@code |}, up to the closing bracket or parenthesis. */
        private List<List<Part>> choices() {
            var choices = new ArrayList<List<Part>>();
            choices.add(sequence());
            while (at < pattern.length() && pattern.charAt(at) == '|') {
                at++;
                choices.add(sequence());
            }
            return choices;
        }

        private void flush(StringBuilder word, List<Part> parts) {
            if (!word.isEmpty()) {
                parts.add(new Word(word.toString()));
                word.setLength(0);
            }
        }

        private Part slot() {
            int end = pattern.indexOf('}', at);
            if (end < 0) {
                throw new IllegalArgumentException("a slot opened at position " + (at + 1) + " is not closed with }");
            }
            var inside = pattern.substring(at + 1, end).strip();
            at = end + 1;
            var nameAndKind = inside.split(":", 2);
            var name = nameAndKind[0].strip();
            var kind = SlotKind.of(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown slot {" + name + "}; known: " + SlotKind.NAMES));
            if (slots.put(name, kind) != null) {
                throw new IllegalArgumentException("the slot {" + name + "} appears twice");
            }
            if (nameAndKind.length == 2) {
                var kindName = nameAndKind[1].strip().toUpperCase(Locale.ROOT);
                slotKinds.put(name, entityKind(kindName).orElseThrow(() -> new IllegalArgumentException(
                        "unknown kind \"" + nameAndKind[1].strip() + "\" in {" + inside + "}")));
            }
            return new SlotRef(name);
        }

        private static Optional<EntityKind> entityKind(String name) {
            return java.util.Arrays.stream(EntityKind.values()).filter(k -> k.name().equals(name)).findFirst();
        }

        private void expect(char c) {
            if (at >= pattern.length() || pattern.charAt(at) != c) {
                throw new IllegalArgumentException("expected \"" + c + "\" at position " + (at + 1));
            }
            at++;
        }
    }
}
