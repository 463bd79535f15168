package org.ecosystemmap.graphql.compile;

import java.util.List;
import java.util.function.Function;
import org.neo4j.driver.Record;

/** A root field compiled: the one statement it sends, and how its records become the field's value. */
public record CompiledQuery<T>(Statement statement, Function<List<Record>, T> reading) {
}
