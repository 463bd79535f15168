package org.ecosystemmap.graph.rules;

/**
 * A rule a fact breaks: the field it concerns (null for the fact as a whole), why, in words a person can
 * act on, and the obvious fix when there is one (already quoted, e.g. {@code "COMPANY"}). The importer
 * locates it at a file and line, the curators' mutations at an argument.
 */
public record FactProblem(String field, String message, String suggestion) {

    public FactProblem(String field, String message) {
        this(field, message, null);
    }

    /** The message with its suggestion, as one sentence: {@code unknown value "X"; ...; did you mean "Y"?}. */
    public String describe() {
        return suggestion == null ? message : message + "; did you mean " + suggestion + "?";
    }
}
