package org.ecosystemmap.graphql.talent;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * A talent programme with what finding it needs: its id and name (the order), its search score (0 without
 * text) and its values for every {@link TalentField}, in that enum's order; and the programme as the client
 * selected it.
 */
record ProgrammeFacts(String id, String name, EntityResult programme, double score, List<List<Fact>> values) {

    /** One value of a programme: what the filter takes, its label where the graph holds it, and whether to offer it. */
    record Fact(String value, String label, boolean listed) {
    }

    List<Fact> values(TalentField field) {
        return values.get(field.ordinal());
    }
}
