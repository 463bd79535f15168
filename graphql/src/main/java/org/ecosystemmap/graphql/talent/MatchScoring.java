package org.ecosystemmap.graphql.talent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.Status;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.graph.vocabulary.Term;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * How well a programme fits a profile, and why, in words a person reads. Each part of the profile has a
 * weight: target group 3, sector 2, place 2, activity type 1. A part counts fully when the programme has
 * one of its values (or runs in or within the place), half when it has a close value (ICT and technology,
 * unemployed people and job seekers) or runs in a region that includes the place. The score is the share of
 * the profile's weight the programme meets, from 0 to 1; programmes that meet none of it are no match.
 * The reasons are worded in English and Dutch, with the vocabulary's labels.
 */
final class MatchScoring {

    /** Where a programme runs, seen from the profile's place. */
    enum Reach {
        /** In the place itself. */
        IN,
        /** In a place within it. */
        WITHIN,
        /** In a region it lies within. */
        AROUND
    }

    /** One place a programme runs in, and how it reaches the profile's place. */
    record PlaceReach(Reach reach, String place) {
    }

    /**
     * A programme with the places through which it reaches the profile's place.
     *
     * @param facts its {@code id}, {@code name}, {@code status} and facet values, as read from its node
     * @param programme the programme as the client selected it
     */
    record Candidate(Map<String, Object> facts, EntityResult programme, List<PlaceReach> reaches) {
        String id() {
            return (String) facts.get("id");
        }

        String name() {
            return (String) facts.get("name");
        }
    }

    /** A candidate that fits, with its match. */
    record Scored(Candidate candidate, TalentMatch match) {
    }

    /** Running programmes first, then planned ones, then those no longer running; best score first within each. */
    static final Comparator<Scored> RANKING = Comparator.<Scored>comparingInt(m -> availability(m.candidate().facts()))
            .thenComparing(Comparator.comparingDouble((Scored m) -> m.match().score()).reversed())
            .thenComparing(m -> m.candidate().name())
            .thenComparing(m -> m.candidate().id());

    private static final Map<TalentField, Integer> WEIGHTS = Map.of(
            TalentField.TARGET_GROUPS, 3, TalentField.SECTORS, 2, TalentField.PLACES, 2, TalentField.ACTIVITY_TYPES, 1);
    private static final List<TalentField> FACETS = List.of(TalentField.TARGET_GROUPS, TalentField.SECTORS, TalentField.ACTIVITY_TYPES);
    private static final Set<Set<String>> CLOSE_VALUES = Set.of(Set.of("ict", "technology"), Set.of("unemployed", "job-seekers"));

    private final Map<TalentField, List<String>> profile;
    private final String placeName;

    /** A profile's values per field; {@code placeName} is the name of its place, or null without one. */
    MatchScoring(Map<TalentField, List<String>> profile, String placeName) {
        this.profile = profile;
        this.placeName = placeName;
    }

    Optional<Scored> score(Candidate candidate) {
        var facts = candidate.facts();
        var reasons = new ArrayList<Label>();
        double points = 0;
        for (var field : FACETS) {
            var wanted = profile.get(field);
            if (wanted != null) {
                points += WEIGHTS.get(field) * facetFit(field, wanted, EntityNode.strings(facts.get(field.filterName())), reasons);
            }
        }
        if (placeName != null) {
            points += WEIGHTS.get(TalentField.PLACES) * placeFit(candidate.reaches(), reasons);
        }
        if (points == 0) {
            return Optional.empty();
        }
        var status = facts.get("status");
        if (availability(facts) > 0) {
            reasons.add(words("%s, so listed after running programmes", "%s, daarom na de lopende programma's",
                    TalentField.STATUSES.label((String) status, null)));
        }
        double possible = profile.keySet().stream().mapToInt(WEIGHTS::get).sum();
        return Optional.of(new Scored(candidate,
                new TalentMatch(candidate.programme(), Math.round(1000 * points / possible) / 1000.0, List.copyOf(reasons))));
    }

    private static double facetFit(TalentField field, List<String> wanted, List<String> has, List<Label> reasons) {
        var vocabulary = field.vocabulary().orElseThrow();
        var exact = has.stream().filter(wanted::contains).toList();
        exact.forEach(value -> reasons.add(reason(field, vocabulary, value)));
        if (!exact.isEmpty()) {
            return 1;
        }
        var close = has.stream().filter(value -> wanted.stream().anyMatch(w -> CLOSE_VALUES.contains(Set.of(value, w)))).toList();
        for (var value : close) {
            var near = wanted.stream().filter(w -> CLOSE_VALUES.contains(Set.of(value, w))).findFirst().orElseThrow();
            reasons.add(words("%s, close to %s", "%s, verwant aan %s", reason(field, vocabulary, value), label(vocabulary, near)));
        }
        return close.isEmpty() ? 0 : 0.5;
    }

    private static Label reason(TalentField field, TalentFacet vocabulary, String value) {
        var label = label(vocabulary, value);
        return switch (field) {
            case TARGET_GROUPS -> words("serves %s", "voor %s", label);
            case ACTIVITY_TYPES -> words("offers %s", "biedt %s", label);
            default -> label;
        };
    }

    private static Label label(TalentFacet vocabulary, String value) {
        return vocabulary.vocabulary().term(value).map(Term::label).orElse(new Label(value, value));
    }

    private double placeFit(List<PlaceReach> reaches, List<Label> reasons) {
        var best = reaches.stream().min(Comparator.comparing(PlaceReach::reach).thenComparing(PlaceReach::place));
        if (best.isEmpty()) {
            return 0;
        }
        var place = best.get().place();
        return switch (best.get().reach()) {
            case IN -> add(reasons, words("runs in %s", "actief in %s", place), 1);
            case WITHIN -> add(reasons, words("runs in %s, within %s", "actief in %s, binnen %s", place, placeName), 1);
            case AROUND -> add(reasons, words("runs in all of %s, which includes %s", "actief in heel %s, waar %s onder valt", place, placeName), 0.5);
        };
    }

    private static double add(List<Label> reasons, Label reason, double fit) {
        reasons.add(reason);
        return fit;
    }

    /** A reason in both languages: each pattern filled with the parts (labels in its language, names as they are). */
    private static Label words(String en, String nl, Object... parts) {
        return new Label(en.formatted(in(Language.EN, parts)), nl.formatted(in(Language.NL, parts)));
    }

    private static Object[] in(Language language, Object... parts) {
        return Arrays.stream(parts).map(p -> p instanceof Label label ? label.in(language) : p).toArray();
    }

    /** 0 for a running programme (or one whose status is not known), 1 for a planned one, 2 for the rest. */
    private static int availability(Map<String, Object> facts) {
        var status = (String) facts.get("status");
        if (status == null || Status.ACTIVE.name().equals(status)) {
            return 0;
        }
        return Status.PLANNED.name().equals(status) ? 1 : 2;
    }
}
