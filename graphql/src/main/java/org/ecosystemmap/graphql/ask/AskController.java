package org.ecosystemmap.graphql.ask;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecosystemmap.graph.ask.Phrase;
import org.ecosystemmap.graph.ask.SlotKind;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graph.vocabulary.Vocabulary;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code ask}: a question in words read against the phrase tables, its names found in the graph in one
 * statement, and each reading turned into the explorer address and the GraphQL that answer it. A name that
 * fits several entities equally gives a reading for each, so the user picks.
 */
@Controller
public class AskController {

    private static final int MAX_LENGTH = 300;
    private static final int MAX_INTERPRETATIONS = 10;

    /**
     * Names looked up for one question at most: a long text that many phrases fit, each in two ways, would
     * otherwise send dozens of index reads; the readings of the preferred language come first and are kept.
     */
    private static final int MAX_NAMES = 24;

    /** Entities offered for one ambiguous name. */
    private static final int MAX_CHOICES = 3;

    /** A candidate scoring less than this share of the best is not offered as a choice. */
    private static final double CLOSE_TO_BEST = 0.5;

    /** A phrase of the other language than the one asked for is a weaker reading. */
    private static final double OTHER_LANGUAGE = 0.9;

    private final PhraseTable phrases;

    AskController(PhraseTable phrases) {
        this.phrases = phrases;
    }

    @QueryMapping
    public List<Interpretation> ask(@Argument String text, @Argument String lang, DataFetchingEnvironment env) {
        if (text.length() > MAX_LENGTH) {
            throw new BadRequestException("a question is at most " + MAX_LENGTH + " characters, not " + text.length());
        }
        var preferred = lang == null || lang.isBlank() ? null : Language.ofTag(lang)
                .orElseThrow(() -> new BadRequestException("lang is nl or en, not \"" + lang + "\""));
        var readable = new ArrayList<Slotted>();
        var names = new LinkedHashSet<NameResolution.Name>();
        for (var fit : phrases.fit(text, preferred)) {
            slotted(fit).ifPresent(slotted -> {
                var more = new LinkedHashSet<>(names);
                more.addAll(slotted.names().values());
                if (more.size() <= MAX_NAMES) {
                    readable.add(slotted);
                    names.addAll(more);
                }
            });
        }
        Map<NameResolution.Name, List<Candidate>> found = names.isEmpty() ? Map.of()
                : RequestReads.of(env).run(NameResolution.of(List.copyOf(names), Selection.of(env)));
        var byUrl = new LinkedHashMap<String, Interpretation>();
        for (var slotted : readable) {
            for (var interpretation : interpretations(slotted, found, preferred, phrases)) {
                byUrl.merge(interpretation.url(), interpretation, (a, b) -> b.confidence() > a.confidence() ? b : a);
            }
        }
        return byUrl.values().stream()
                .sorted(Comparator.comparingDouble(Interpretation::confidence).reversed())
                .limit(MAX_INTERPRETATIONS)
                .toList();
    }

    /** A fit whose vocabulary slots were understood: the names still to find, and the other slots' values. */
    private record Slotted(Phrase.Fit fit, Map<String, NameResolution.Name> names, Map<String, String> values) {
    }

    private static Optional<Slotted> slotted(Phrase.Fit fit) {
        var phrase = fit.phrase();
        var names = new LinkedHashMap<String, NameResolution.Name>();
        var values = new HashMap<String, String>();
        for (var slot : fit.slots().entrySet()) {
            var kind = phrase.slots().get(slot.getKey());
            var words = slot.getValue();
            switch (kind) {
                case ENTITY, PLACE -> {
                    if (NameKeys.words(words).isEmpty()) {
                        return Optional.empty();
                    }
                    names.put(slot.getKey(), new NameResolution.Name(words,
                            kind == SlotKind.PLACE ? EntityKind.PLACE : phrase.slotKinds().get(slot.getKey())));
                }
                case YEAR -> values.put(slot.getKey(), words);
                case KIND, GROUP, SECTOR -> {
                    var term = kind.term(words);
                    if (term.isEmpty()) {
                        return Optional.empty();
                    }
                    values.put(slot.getKey(), term.get().value());
                }
            }
        }
        return Optional.of(new Slotted(fit, names, values));
    }

    /** A reading of the fit for each choice of entity for each of its names; none when a name finds nothing. */
    private static List<Interpretation> interpretations(Slotted slotted, Map<NameResolution.Name, List<Candidate>> found,
            Language preferred, PhraseTable table) {
        var phrase = slotted.fit().phrase();
        var language = preferred == null ? phrase.language() : preferred;
        double base = preferred == null || preferred == phrase.language() ? 1.0 : OTHER_LANGUAGE;
        var restating = table.restating(phrase, language);
        var combinations = new ArrayList<Choice>();
        combinations.add(new Choice(new LinkedHashMap<>(), base));
        for (var slot : slotted.names().entrySet()) {
            var choices = choices(found.getOrDefault(slot.getValue(), List.of()));
            var next = new ArrayList<Choice>();
            for (var combination : combinations) {
                for (var choice : choices) {
                    if (combination.chosen().values().stream().noneMatch(c -> c.id().equals(choice.candidate().id()))) {
                        var chosen = new LinkedHashMap<>(combination.chosen());
                        chosen.put(slot.getKey(), choice.candidate());
                        next.add(new Choice(chosen, combination.confidence() * choice.confidence()));
                    }
                }
            }
            combinations = next;
        }
        var view = AskView.of(phrase.view());
        return combinations.stream().map(combination -> {
            var reading = new Reading(phrase, language, combination.chosen(), slotted.values());
            var answer = view.answer(reading);
            var question = restating.restate(slot -> words(slot, reading, language));
            return new Interpretation(question, view.path(), answer.url(),
                    combination.chosen().values().stream().map(Candidate::entity).toList(), view.query(),
                    answer.variables(), Math.round(combination.confidence() * 1000) / 1000.0);
        }).toList();
    }

    /** Entities chosen for some of the names so far, and how sure that choice is. */
    private record Choice(Map<String, Candidate> chosen, double confidence) {
    }

    /** A candidate offered for a name, with its share of the certainty. */
    private record Offered(Candidate candidate, double confidence) {
    }

    /**
     * The entities a name is offered as: the best, and those as good (of its tier, scoring close to it) when the
     * name fits several, sharing the certainty by score.
     */
    private static List<Offered> choices(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        var best = candidates.getFirst();
        var close = candidates.stream()
                .filter(c -> c.tier() == best.tier() && c.score() >= CLOSE_TO_BEST * best.score())
                .limit(MAX_CHOICES)
                .toList();
        double total = close.stream().mapToDouble(Candidate::score).sum();
        return close.stream()
                .map(c -> new Offered(c, close.size() == 1 || total <= 0 ? c.certainty() : c.certainty() * c.score() / total))
                .toList();
    }

    private static String words(String slot, Reading reading, Language language) {
        if (reading.names().containsKey(slot)) {
            return reading.names().get(slot).name(language);
        }
        var value = reading.values().get(slot);
        if (value == null) {
            return null;
        }
        var kind = reading.phrase().slots().get(slot);
        return switch (kind) {
            case KIND -> Vocabulary.ENTITY_KIND.term(value)
                    .map(t -> t.plural().in(language).toLowerCase(Locale.ROOT)).orElse(value);
            case GROUP -> Vocabulary.TARGET_GROUPS.label(value, language);
            case SECTOR -> Vocabulary.SECTORS.label(value, language);
            default -> value;
        };
    }
}
