package org.ecosystemmap.importer.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.ecosystemmap.importer.dataset.Dataset;

/** What a validated dataset holds, without where each row was in its file: equal for the same data in any format. */
public final class DatasetContent {

    private DatasetContent() {
    }

    public static List<String> of(Dataset dataset) {
        var lines = new ArrayList<String>();
        lines.add("dataset " + dataset.name() + ", " + dataset.warnings().size() + " warnings");
        dataset.entities().forEach(e -> lines.add(e.kind() + " " + e.id() + " " + new TreeMap<>(e.properties())));
        dataset.relationships().forEach(r -> lines.add(r.key() + " " + new TreeMap<>(r.properties())));
        return lines;
    }
}
