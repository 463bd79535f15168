package org.ecosystemmap.graphql.talent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;

/**
 * The programmes a {@link TalentSelection} finds among those the catalogue read, and the facets that go
 * with them: for every field, how many programmes each value would return. Those counts are taken on the
 * programmes the selection finds, except that a field's own choice is left out of its own counts, so that
 * choosing a second value shows what it would add.
 */
record TalentSearch(TalentSelection selection, List<ProgrammeFacts> read) {

    /** Best match first when there is text, then by name and id, as every list. */
    private static final Comparator<ProgrammeFacts> ORDER = Comparator.comparingDouble(ProgrammeFacts::score).reversed()
            .thenComparing(ProgrammeFacts::name)
            .thenComparing(ProgrammeFacts::id);

    Connection<EntityResult> page(PageRequest page) {
        var found = read.stream().filter(selection::admits).sorted(ORDER).toList();
        var items = found.stream().skip(page.offset()).limit(page.first()).map(ProgrammeFacts::programme).toList();
        return Connection.of(items, page, found.size());
    }

    List<Facet> facets() {
        return Arrays.stream(TalentField.values()).map(this::facet).toList();
    }

    /** A facet value while counting: its label, how many programmes have it, and whether to offer it. */
    private static final class Tally {
        private final String label;
        private int count;
        private boolean listed;

        Tally(String label) {
            this.label = label;
        }
    }

    private Facet facet(TalentField field) {
        var tallies = new LinkedHashMap<String, Tally>();
        read.stream().filter(programme -> selection.admitsAllBut(field, programme)).forEach(programme -> {
            var counted = new HashSet<String>();
            for (var fact : programme.values(field)) {
                var tally = tallies.computeIfAbsent(fact.value(), v -> new Tally(fact.label()));
                tally.listed |= fact.listed();
                if (counted.add(fact.value())) {
                    tally.count++;
                }
            }
        });
        var chosen = selection.chosen(field);
        var values = new ArrayList<FacetValue>();
        tallies.forEach((value, tally) -> {
            if (tally.listed || chosen.contains(value)) {
                values.add(new FacetValue(value, field.label(value, tally.label), tally.count, chosen.contains(value)));
            }
        });
        // A chosen value no programme has stays on offer, with 0, so that it can be unchosen.
        chosen.stream().filter(value -> !tallies.containsKey(value))
                .forEach(value -> values.add(new FacetValue(value, field.label(value, selection.names().get(value)), 0, true)));
        values.sort(field.order());
        return new Facet(field.filterName(), List.copyOf(values));
    }
}
