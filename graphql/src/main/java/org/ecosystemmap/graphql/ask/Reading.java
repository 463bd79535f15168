package org.ecosystemmap.graphql.ask;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecosystemmap.graph.ask.Phrase;
import org.ecosystemmap.graph.vocabulary.Language;

/**
 * A question read one way: the phrase that fitted it, the entity chosen for each name in it, and the vocabulary
 * value or year of each other slot. The phrase's settings stand in for slots it does not have
 * ({@code kind=PARTNER} in "brokers among organisations").
 *
 * @param values the vocabulary value of {@code kind}, {@code group} and {@code sector}, and the {@code year}
 */
record Reading(Phrase phrase, Language language, Map<String, Candidate> names, Map<String, String> values) {

    String id(String slot) {
        return optionalId(slot).orElseThrow(() -> new IllegalStateException("no entity for {" + slot + "}"));
    }

    Optional<String> optionalId(String slot) {
        return Optional.ofNullable(names.get(slot)).map(Candidate::id);
    }

    /** The ids of those of these slots the phrase has, in this order. */
    List<String> ids(String... slots) {
        return Arrays.stream(slots).map(names::get).filter(Objects::nonNull).map(Candidate::id).toList();
    }

    Optional<String> value(String slot) {
        return Optional.ofNullable(values.get(slot));
    }

    /** The entity kind the question names, or its phrase fixes. */
    Optional<String> kind() {
        return value("kind").or(() -> setting("kind"));
    }

    Optional<Integer> year() {
        return value("year").or(() -> setting("year")).map(Integer::valueOf);
    }

    Optional<String> setting(String name) {
        return Optional.ofNullable(phrase.settings().get(name));
    }

    /** The language as the GraphQL enumeration {@code Language} writes it. */
    String languageName() {
        return language.name();
    }
}
