package org.ecosystemmap.graph.vocabulary;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the obvious "did you mean" for a near-miss: a value that differs by case or by a few characters. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate when it is close enough to be the obvious intention. */
    public static Optional<String> closest(String value, Collection<String> candidates) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var wanted = value.strip().toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, wanted.length() / 4));
        return candidates.stream()
                .filter(c -> Math.abs(c.length() - wanted.length()) <= allowed)
                .map(c -> new Scored(c, distance(wanted, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= allowed)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    private record Scored(String candidate, int distance) {
    }

    /** Levenshtein distance: the fewest characters to insert, delete or replace to turn one text into the other. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
