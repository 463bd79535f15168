package org.ecosystemmap.graphql.views;

import java.util.Set;
import java.util.regex.Pattern;
import org.ecosystemmap.graphql.error.BadRequestException;

/** A view to save, as the schema's {@code SavedViewInput} takes it, checked before anything is written. */
public record SavedViewInput(String name, String description, String url, MapState map) {

    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 2_000;
    private static final int MAX_URL = 2_000;
    private static final int MAX_ENTITIES = 1_000;
    private static final int MAX_RELATIONS = 5_000;

    /**
     * A path of this site with its query: the explorer navigates to it when the view opens, so it must never lead
     * elsewhere ({@code //host}, {@code https:}, {@code javascript:}) nor hold what an address cannot.
     */
    private static final Pattern LOCAL_ADDRESS = Pattern.compile("/(?![/\\\\])[^\\s\\p{Cntrl}\\\\]*");

    /** This input with blanks trimmed, or a BAD_REQUEST naming the first field that cannot be saved. */
    SavedViewInput checked() {
        var trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME) {
            throw new BadRequestException("name must hold 1 to " + MAX_NAME + " characters");
        }
        var trimmedDescription = description == null || description.isBlank() ? null : description.strip();
        if (trimmedDescription != null && trimmedDescription.length() > MAX_DESCRIPTION) {
            throw new BadRequestException("description must hold at most " + MAX_DESCRIPTION + " characters");
        }
        if (url == null || url.length() > MAX_URL || !LOCAL_ADDRESS.matcher(url).matches()) {
            throw new BadRequestException("url must be an address of the explorer, a path starting with / such as /entity/tomas?year=2021, of at most "
                    + MAX_URL + " characters");
        }
        if (map.entities().size() > MAX_ENTITIES) {
            throw new BadRequestException("map.entities holds " + map.entities().size() + " entities; a view holds at most " + MAX_ENTITIES);
        }
        if (map.relations().size() > MAX_RELATIONS) {
            throw new BadRequestException("map.relations holds " + map.relations().size() + " relationships; a view holds at most " + MAX_RELATIONS);
        }
        var ids = Set.copyOf(map.entityIds());
        map.relations().stream().filter(r -> !ids.contains(r.from()) || !ids.contains(r.to())).findFirst().ifPresent(r -> {
            throw new BadRequestException("map.relations: " + r.from() + " -" + r.type() + "-> " + r.to() + " joins an entity that is not in map.entities");
        });
        return new SavedViewInput(trimmedName, trimmedDescription, url, map);
    }
}
