package org.ecosystemmap.graphql.talent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.Status;

/** The {@code TalentFilter} input: within a field any value may match, across fields all must. */
public record TalentFilter(String text, List<String> targetGroups, List<String> sectors, List<String> activityTypes,
        List<String> places, List<String> providers, List<String> partners, List<Status> statuses) {

    static final TalentFilter NONE = new TalentFilter(null, null, null, null, null, null, null, null);

    /** The values asked for, per field; fields left out or empty are absent. */
    Map<TalentField, List<String>> values() {
        var values = new EnumMap<TalentField, List<String>>(TalentField.class);
        put(values, TalentField.TARGET_GROUPS, targetGroups);
        put(values, TalentField.SECTORS, sectors);
        put(values, TalentField.ACTIVITY_TYPES, activityTypes);
        put(values, TalentField.PLACES, places);
        put(values, TalentField.PROVIDERS, providers);
        put(values, TalentField.PARTNERS, partners);
        put(values, TalentField.STATUSES, statuses == null ? null : statuses.stream().map(Enum::name).toList());
        return values;
    }

    static void put(Map<TalentField, List<String>> values, TalentField field, List<String> chosen) {
        if (chosen != null && !chosen.isEmpty()) {
            values.put(field, chosen.stream().distinct().toList());
        }
    }
}
