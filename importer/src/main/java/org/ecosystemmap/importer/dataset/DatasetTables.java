package org.ecosystemmap.importer.dataset;

import java.util.ArrayList;
import java.util.List;
import org.ecosystemmap.graph.rules.FactRules;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.PropertyType;
import org.ecosystemmap.graph.vocabulary.RelationType;

/**
 * The tables a dataset may hold, whatever its format (a CSV file, a sheet, a key of a JSON document), and
 * the columns of each: the one list the readers, the validator and the template workbook share.
 */
public final class DatasetTables {

    public static final String RELATIONSHIPS = "relationships";
    public static final String TALENT_FACETS = "talent-facets";
    public static final String SECTIONS = "sections";

    private static final List<PropertySpec> RELATIONSHIP_KEYS = List.of(
            required("from", PropertyType.ID), required("type", PropertyType.TEXT), required("to", PropertyType.ID));
    private static final List<PropertySpec> TALENT_FACET_COLUMNS = List.of(
            required("programme", PropertyType.ID), required("field", PropertyType.TEXT), required("value", PropertyType.TEXT),
            required("sources", PropertyType.SOURCE_LIST), required("quote", PropertyType.PROSE));

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

    /** The columns of a table in the order a dataset lists them; empty for a name that is not a table. */
    public static List<PropertySpec> columns(String table) {
        return switch (table) {
            case RELATIONSHIPS -> relationshipColumns();
            case TALENT_FACETS -> TALENT_FACET_COLUMNS;
            case SECTIONS -> FactRules.SECTION_FIELDS;
            default -> EntityKind.ofTable(table).map(EntityKind::properties).orElse(List.of());
        };
    }

    /** The names of the columns a table must have. */
    public static List<String> requiredColumns(String table) {
        return columns(table).stream().filter(PropertySpec::required).map(PropertySpec::name).toList();
    }

    /** The names of the columns a table may have. */
    public static List<String> columnNames(String table) {
        return columns(table).stream().map(PropertySpec::name).toList();
    }

    private static List<PropertySpec> relationshipColumns() {
        var columns = new ArrayList<>(RELATIONSHIP_KEYS);
        columns.addAll(RelationType.PROPERTIES);
        return List.copyOf(columns);
    }

    private static PropertySpec required(String name, PropertyType type) {
        return new PropertySpec(name, type, true, List.of());
    }
}
