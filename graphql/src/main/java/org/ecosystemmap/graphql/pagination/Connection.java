package org.ecosystemmap.graphql.pagination;

import java.util.ArrayList;
import java.util.List;
import org.ecosystemmap.graph.search.SearchMatch;

/** A Relay-style page of items: edges with cursors, page info and the total count. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    /** An item on a page; {@code matchedIn} says where a search found it, and is null elsewhere. */
    public record Edge<T>(String cursor, T node, Double score, SearchMatch matchedIn) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** A page of items that start at the request's offset, out of {@code totalCount}. */
    public static <T> Connection<T> of(List<T> items, PageRequest page, int totalCount) {
        return scored(items, null, page, totalCount);
    }

    /**
     * A page read with one item more than it holds, which says only whether a next page follows: for a page
     * whose {@code totalCount} was not asked for, and so not counted.
     */
    public static <T> Connection<T> peek(List<T> itemsAndOneMore, PageRequest page) {
        return peek(itemsAndOneMore, null, null, page);
    }

    /** As {@link #peek}, with a relevance score and where a search found it per item (each list null when not asked for). */
    public static <T> Connection<T> peek(List<T> itemsAndOneMore, List<Double> scores, List<SearchMatch> matches, PageRequest page) {
        boolean more = itemsAndOneMore.size() > page.first();
        return scored(onPage(itemsAndOneMore, page), onPage(scores, page), onPage(matches, page), page,
                page.offset() + Math.min(itemsAndOneMore.size(), page.first()) + (more ? 1 : 0));
    }

    private static <E> List<E> onPage(List<E> itemsAndOneMore, PageRequest page) {
        return itemsAndOneMore == null || itemsAndOneMore.size() <= page.first() ? itemsAndOneMore : itemsAndOneMore.subList(0, page.first());
    }

    /** As {@link #of}, with a relevance score per item. */
    public static <T> Connection<T> scored(List<T> items, List<Double> scores, PageRequest page, int totalCount) {
        return scored(items, scores, null, page, totalCount);
    }

    /** As {@link #scored}, with where a search found each item. */
    public static <T> Connection<T> scored(List<T> items, List<Double> scores, List<SearchMatch> matches, PageRequest page, int totalCount) {
        var edges = new ArrayList<Edge<T>>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Edge<>(PageRequest.cursor(page.offset() + i), items.get(i), scores == null ? null : scores.get(i),
                    matches == null ? null : matches.get(i)));
        }
        var info = new PageInfo(page.offset() + items.size() < totalCount, page.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, info, totalCount);
    }
}
