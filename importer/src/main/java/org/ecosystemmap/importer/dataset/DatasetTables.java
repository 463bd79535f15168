package org.ecosystemmap.importer.dataset;

import java.util.ArrayList;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/** The tables a dataset may hold, whatever its format. */
public final class DatasetTables {

    public static final String RELATIONSHIPS = "relationships";
    public static final String TALENT_FACETS = "talent-facets";
    public static final String SECTIONS = "sections";

    private DatasetTables() {
    }

    /** Every table name in the order they are read and reported: the kinds, then the others. */
    public static List<String> names() {
        var names = new ArrayList<String>();
        for (var kind : EntityKind.values()) {
            names.add(kind.table());
        }
        names.addAll(List.of(RELATIONSHIPS, TALENT_FACETS, SECTIONS));
        return names;
    }
}
