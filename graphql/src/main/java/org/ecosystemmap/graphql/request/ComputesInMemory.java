package org.ecosystemmap.graphql.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose fields compute in memory, for as long as the graph's size makes them take (the
 * first betweenness over a large projection): they run on a thread of their own, so that the request's time
 * limit can answer while they work. Every other field reads the graph on the request's thread, and the
 * database's time limit stops it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ComputesInMemory {
}
