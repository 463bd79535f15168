package org.ecosystemmap.graph.rules;

import java.util.List;

/**
 * What the rules made of a fact: the value as far as it could be read, and every rule it breaks. A value
 * with problems is still returned, so that a caller can go on checking what depends on it (the id of a
 * row with a bad year is still known), but it must not be stored.
 */
public record Checked<T>(T value, List<FactProblem> problems) {

    public Checked {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
