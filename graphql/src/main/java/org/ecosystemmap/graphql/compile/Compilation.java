package org.ecosystemmap.graphql.compile;

import java.util.HashMap;
import java.util.Map;

/**
 * The statement being compiled: the parameters that carry the client's values, and the names of the Cypher
 * variables that nested subqueries bind. Both are numbered in the order the selection is compiled, so the
 * same query text compiles to the same statement text every time, and the database plans it once.
 */
public final class Compilation {

    private final Map<String, Object> parameters = new HashMap<>();
    private int next;

    /** Adds a value as a parameter and returns the Cypher that refers to it ({@code $p3}). */
    public String parameter(Object value) {
        var name = "p" + next++;
        parameters.put(name, value);
        return "$" + name;
    }

    /** Adds a parameter under a name of the statement's own text ({@code $ids}); no generated name has this form. */
    public void put(String name, Object value) {
        parameters.put(name, value);
    }

    /** A variable name no other part of the statement uses, such as {@code ent4}. */
    public String variable(String prefix) {
        return prefix + next++;
    }

    /** A compilation that continues from where this one is, leaving this one as it is. */
    public Compilation copy() {
        var copy = new Compilation();
        copy.parameters.putAll(parameters);
        copy.next = next;
        return copy;
    }

    public Statement statement(String cypher) {
        return new Statement(cypher, parameters);
    }
}
