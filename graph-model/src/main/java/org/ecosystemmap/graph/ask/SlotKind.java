package org.ecosystemmap.graph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graph.vocabulary.Term;
import org.ecosystemmap.graph.vocabulary.Vocabulary;

/**
 * What a slot of a phrase holds. Names ({@code {a}}, {@code {b}}, {@code {c}}, {@code {place}}) are found as
 * search finds them, in the graph; the words of a closed vocabulary ({@code {kind}}, {@code {group}},
 * {@code {sector}}) are read against the vocabulary's Dutch and English labels; a year is four digits.
 */
public enum SlotKind {
    ENTITY, PLACE, KIND, GROUP, SECTOR, YEAR;

    private static final Map<String, SlotKind> BY_NAME = Map.of("a", ENTITY, "b", ENTITY, "c", ENTITY, "place", PLACE,
            "kind", KIND, "group", GROUP, "sector", SECTOR, "year", YEAR);

    public static final String NAMES = "{a} {b} {c} {place} {kind} {group} {sector} {year}";

    /** A word shorter than this must be a whole label; a longer one may be the start of one ("unemployed" people). */
    private static final int SHORTEST_START = 4;

    public static Optional<SlotKind> of(String slotName) {
        return Optional.ofNullable(BY_NAME.get(slotName));
    }

    /** Whether the slot holds a name to look for in the graph. */
    public boolean named() {
        return this == ENTITY || this == PLACE;
    }

    /** The vocabulary value the words stand for: {@code coalities} is COALITION, {@code werklozen} is unemployed. */
    public Optional<Term> term(String words) {
        var vocabulary = switch (this) {
            case KIND -> Vocabulary.ENTITY_KIND;
            case GROUP -> Vocabulary.TARGET_GROUPS;
            case SECTOR -> Vocabulary.SECTORS;
            default -> throw new IllegalStateException(this + " is not a vocabulary slot");
        };
        var key = NameKeys.of(words);
        Term start = null;
        for (var term : vocabulary.terms()) {
            for (var label : labels(term)) {
                if (label.equals(key)) {
                    return Optional.of(term);
                }
                if (start == null && key.length() >= SHORTEST_START && label.startsWith(key + " ")) {
                    start = term;
                }
            }
        }
        return Optional.ofNullable(start);
    }

    /** The entity kind a {@code {kind}} slot's words name. */
    public Optional<EntityKind> entityKind(String words) {
        return term(words).map(term -> EntityKind.valueOf(term.value()));
    }

    private static List<String> labels(Term term) {
        var labels = new ArrayList<String>();
        labels.add(NameKeys.of(term.value()));
        for (var language : Language.values()) {
            labels.add(NameKeys.of(term.label().in(language)));
            if (term.plural() != null) {
                labels.add(NameKeys.of(term.plural().in(language)));
            }
        }
        return labels;
    }
}
