package org.ecosystemmap.graphql.relation;

import java.util.List;
import org.ecosystemmap.graphql.pagination.PageRequest;

/** One entity's {@code relations(...)} field: the key by which requests for many entities are batched. */
record RelationsRequest(String id, Arguments arguments) {

    /** The arguments; requests that share them are answered by one query. */
    record Arguments(List<String> types, Direction direction, PageRequest page) {
    }
}
