package org.ecosystemmap.graphql.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graph.vocabulary.Suggestions;

/**
 * Which entities of one kind are probably one and the same, and why. Names are compared by their name keys
 * (the rule book's, {@link NameKeys}: case, accents and punctuation set aside): a name or alias that two
 * entities share, or names a letter or two apart ({@link Suggestions#distance}). Neighbours in common make
 * a pair likelier, and alone (with a word of the name in common) make one. Across kinds a shared name is
 * normal (the organisation Marineterrein and the site Marineterrein) and not a duplicate.
 */
final class DuplicateScoring {

    /** An entity as the scoring sees it; {@code result} is what the client selected on it, passed through. */
    record Candidate<T>(String id, EntityKind kind, List<String> keys, Set<String> neighbours, T result) {
    }

    /** Two entities that are likely one, with a score from 0 to 1 and the reasons in words. */
    record Pair<T>(Candidate<T> a, Candidate<T> b, double score, List<Label> reasons, int sharedNeighbours) {
    }

    /** A neighbour of more entities than this is a hub (a city, a theme): having it in common says little. */
    private static final int HUB = 50;

    /** Keys shorter than this are too short to be called near each other by a letter's difference. */
    private static final int SHORTEST_NEAR_KEY = 5;

    private DuplicateScoring() {
    }

    static <T> List<Pair<T>> pairs(List<Candidate<T>> candidates) {
        var found = new LinkedHashMap<List<String>, Finding<T>>();
        var byKind = new LinkedHashMap<EntityKind, List<Candidate<T>>>();
        candidates.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        byKind.values().forEach(ofKind -> {
            sameKeys(ofKind, found);
            nearKeys(ofKind, found);
            sharedNeighbours(ofKind, found);
        });
        return found.values().stream().map(Finding::pair)
                .sorted(Comparator.comparingDouble((Pair<T> p) -> -p.score()).thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()))
                .toList();
    }

    /** What was found about one pair so far. */
    private static final class Finding<T> {
        private final Candidate<T> a;
        private final Candidate<T> b;
        private double names;
        private final List<Label> reasons = new ArrayList<>();

        Finding(Candidate<T> a, Candidate<T> b) {
            this.a = a;
            this.b = b;
        }

        void name(double score, Label reason) {
            if (score > names) {
                names = score;
                reasons.addFirst(reason);
            } else {
                reasons.add(reason);
            }
        }

        Pair<T> pair() {
            // Each other's neighbour they may be (a link between the two); that is not a neighbour in common.
            var shared = new HashSet<>(a.neighbours());
            shared.retainAll(b.neighbours());
            var all = new HashSet<>(a.neighbours());
            all.addAll(b.neighbours());
            all.removeAll(List.of(a.id(), b.id()));
            double overlap = all.isEmpty() ? 0 : (double) shared.size() / all.size();
            var words = new ArrayList<>(reasons);
            if (!shared.isEmpty()) {
                words.add(new Label(shared.size() + " neighbour" + (shared.size() == 1 ? "" : "s") + " in common (of " + all.size() + ")",
                        shared.size() + " gemeenschappelijke " + (shared.size() == 1 ? "buur" : "buren") + " (van " + all.size() + ")"));
            }
            double score = Math.min(1, names + 0.2 * overlap);
            return new Pair<>(a, b, Math.round(score * 100) / 100.0, List.copyOf(words), shared.size());
        }
    }

    private static <T> Finding<T> finding(Map<List<String>, Finding<T>> found, Candidate<T> x, Candidate<T> y) {
        var first = x.id().compareTo(y.id()) < 0 ? x : y;
        var second = first == x ? y : x;
        return found.computeIfAbsent(List.of(first.id(), second.id()), k -> new Finding<>(first, second));
    }

    /** A name or alias the two share, once set aside what name keys set aside. */
    private static <T> void sameKeys(List<Candidate<T>> ofKind, Map<List<String>, Finding<T>> found) {
        var byKey = new HashMap<String, List<Candidate<T>>>();
        ofKind.forEach(c -> c.keys().forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c)));
        byKey.forEach((key, same) -> {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    var a = same.get(i);
                    var b = same.get(j);
                    boolean byName = a.keys().getFirst().equals(key) && b.keys().getFirst().equals(key);
                    finding(found, a, b).name(byName ? 0.9 : 0.8, byName
                            ? new Label("both are called \"" + key + "\"", "beide heten \"" + key + "\"")
                            : new Label("\"" + key + "\" is a name or alias of both", "\"" + key + "\" is een naam of alias van beide"));
                }
            }
        });
    }

    /** Names (or aliases) a letter or two apart: a typing error, a missing accent of a letter, an extra "s". */
    private static <T> void nearKeys(List<Candidate<T>> ofKind, Map<List<String>, Finding<T>> found) {
        for (int i = 0; i < ofKind.size(); i++) {
            for (int j = i + 1; j < ofKind.size(); j++) {
                var a = ofKind.get(i);
                var b = ofKind.get(j);
                for (var x : a.keys()) {
                    for (var y : b.keys()) {
                        int shorter = Math.min(x.length(), y.length());
                        int allowed = Math.min(3, shorter / 6 + 1);
                        if (shorter < SHORTEST_NEAR_KEY || Math.abs(x.length() - y.length()) > allowed || x.equals(y)) {
                            continue;
                        }
                        int distance = Suggestions.distance(x, y);
                        if (distance <= allowed) {
                            finding(found, a, b).name(0.75 - 0.1 * distance, new Label(
                                    "\"" + x + "\" and \"" + y + "\" differ by " + distance + " letter" + (distance == 1 ? "" : "s"),
                                    "\"" + x + "\" en \"" + y + "\" verschillen " + distance + " letter" + (distance == 1 ? "" : "s")));
                        }
                    }
                }
            }
        }
    }

    /**
     * Two entities with the same neighbours (two or more, most of them in common, hubs left out) and a word of
     * their names in common: the same organisation entered twice under names too different to compare.
     */
    private static <T> void sharedNeighbours(List<Candidate<T>> ofKind, Map<List<String>, Finding<T>> found) {
        var byNeighbour = new HashMap<String, List<Candidate<T>>>();
        ofKind.forEach(c -> c.neighbours().forEach(n -> byNeighbour.computeIfAbsent(n, k -> new ArrayList<>()).add(c)));
        var byId = new HashMap<String, Candidate<T>>();
        ofKind.forEach(c -> byId.put(c.id(), c));
        var counted = new HashMap<List<String>, Integer>();
        byNeighbour.values().stream().filter(around -> around.size() <= HUB).forEach(around -> {
            for (int i = 0; i < around.size(); i++) {
                for (int j = i + 1; j < around.size(); j++) {
                    counted.merge(List.of(around.get(i).id(), around.get(j).id()), 1, Integer::sum);
                }
            }
        });
        counted.forEach((pair, shared) -> {
            var a = byId.get(pair.get(0));
            var b = byId.get(pair.get(1));
            int all = a.neighbours().size() + b.neighbours().size() - shared;
            if (shared >= 2 && shared * 10 >= all * 6) {
                commonWord(a, b).ifPresent(word -> finding(found, a, b).name(0.4, new Label(
                        "most neighbours in common and the word \"" + word + "\" in both names",
                        "vrijwel dezelfde buren en het woord \"" + word + "\" in beide namen")));
            }
        });
    }

    private static Optional<String> commonWord(Candidate<?> a, Candidate<?> b) {
        var words = new HashSet<>(List.of(a.keys().getFirst().split(" ")));
        return List.of(b.keys().getFirst().split(" ")).stream().filter(w -> w.length() >= 3 && words.contains(w)).findFirst();
    }
}
