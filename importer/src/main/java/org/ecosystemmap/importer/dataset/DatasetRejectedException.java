package org.ecosystemmap.importer.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** The dataset has problems, so nothing of it was written. Holds every problem found, not only the first. */
public class DatasetRejectedException extends RuntimeException {

    private final transient List<Problem> problems;

    public DatasetRejectedException(String dataset, List<Problem> problems) {
        super("Dataset " + dataset + " was rejected with " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "; nothing was written:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
