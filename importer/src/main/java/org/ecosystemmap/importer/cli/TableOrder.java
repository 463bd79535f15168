package org.ecosystemmap.importer.cli;

import java.util.Comparator;
import org.ecosystemmap.importer.dataset.DatasetTables;

/** Orders table names as datasets list them: the kinds first, then relationships. */
final class TableOrder implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
        return Integer.compare(DatasetTables.names().indexOf(a), DatasetTables.names().indexOf(b));
    }
}
