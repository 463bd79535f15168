package org.ecosystemmap.graph.views;

/**
 * Views of the map that users saved, each a node of its own ({@code (:SavedView {id, name, url, state,
 * entityIds, ...})}, unique on {@code id}). They are not entities: no label of the map's, no relationship to
 * an entity (the entities a view shows are a list of ids on it), so no listing, search, export, import,
 * prune or graph walk meets them, and deleting or re-importing entities leaves them as they were.
 */
public final class SavedViews {

    /** The label of a saved view's node. */
    public static final String LABEL = "SavedView";

    private SavedViews() {
    }
}
