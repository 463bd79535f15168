package org.ecosystemmap.graphql.talent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The {@code TalentProfile} input: who a person is, what they look for, and where. */
public record TalentProfile(List<String> targetGroups, List<String> sectors, List<String> activityTypes, String place) {

    /** The values of the profile, per field, with the place as the only value of {@code places}. */
    Map<TalentField, List<String>> values() {
        var values = new EnumMap<TalentField, List<String>>(TalentField.class);
        TalentFilter.put(values, TalentField.TARGET_GROUPS, targetGroups);
        TalentFilter.put(values, TalentField.SECTORS, sectors);
        TalentFilter.put(values, TalentField.ACTIVITY_TYPES, activityTypes);
        TalentFilter.put(values, TalentField.PLACES, place == null ? null : List.of(place));
        return values;
    }
}
