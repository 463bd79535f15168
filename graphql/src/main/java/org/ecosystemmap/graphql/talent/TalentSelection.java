package org.ecosystemmap.graphql.talent;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A checked {@code TalentFilter}: its text, the values chosen per field, and the names of the places and
 * organisations chosen by id. Within a field any chosen value will do; every field must be met.
 */
record TalentSelection(String text, Map<TalentField, List<String>> values, Map<String, String> names) {

    List<String> chosen(TalentField field) {
        return values.getOrDefault(field, List.of());
    }

    boolean admits(ProgrammeFacts programme) {
        return admitsAllBut(null, programme);
    }

    /** Whether the programme meets every field but one: a facet counts its own values as if none were chosen. */
    boolean admitsAllBut(TalentField left, ProgrammeFacts programme) {
        return Arrays.stream(TalentField.values())
                .filter(field -> field != left && values.containsKey(field))
                .allMatch(field -> programme.values(field).stream().anyMatch(fact -> chosen(field).contains(fact.value())));
    }
}
