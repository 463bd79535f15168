package org.ecosystemmap.graphql.talent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.Status;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * How well a programme fits a profile, and why, in words a person reads. Each part of the profile has a
 * weight: target group 3, sector 2, place 2, activity type 1. A part counts fully when the programme has
 * one of its values (or runs in or within the place), half when it has a close value (ICT and technology,
 * unemployed people and job seekers) or runs in a region that includes the place. The score is the share of
 * the profile's weight the programme meets, from 0 to 1; programmes that meet none of it are no match.
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
        var reasons = new ArrayList<String>();
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
            reasons.add(TalentField.STATUSES.label((String) status, null) + ", so listed after running programmes");
        }
        double possible = profile.keySet().stream().mapToInt(WEIGHTS::get).sum();
        return Optional.of(new Scored(candidate,
                new TalentMatch(candidate.programme(), Math.round(1000 * points / possible) / 1000.0, List.copyOf(reasons))));
    }

    private static double facetFit(TalentField field, List<String> wanted, List<String> has, List<String> reasons) {
        var vocabulary = field.vocabulary().orElseThrow();
        var exact = has.stream().filter(wanted::contains).toList();
        exact.forEach(value -> reasons.add(reason(field, vocabulary, value)));
        if (!exact.isEmpty()) {
            return 1;
        }
        var close = has.stream().filter(value -> wanted.stream().anyMatch(w -> CLOSE_VALUES.contains(Set.of(value, w)))).toList();
        for (var value : close) {
            var near = wanted.stream().filter(w -> CLOSE_VALUES.contains(Set.of(value, w))).findFirst().orElseThrow();
            reasons.add(reason(field, vocabulary, value) + ", close to " + vocabulary.label(near).orElse(near));
        }
        return close.isEmpty() ? 0 : 0.5;
    }

    private static String reason(TalentField field, TalentFacet vocabulary, String value) {
        var label = vocabulary.label(value).orElse(value);
        return switch (field) {
            case TARGET_GROUPS -> "serves " + label;
            case ACTIVITY_TYPES -> "offers " + label;
            default -> label;
        };
    }

    private double placeFit(List<PlaceReach> reaches, List<String> reasons) {
        var best = reaches.stream().min(Comparator.comparing(PlaceReach::reach).thenComparing(PlaceReach::place));
        if (best.isEmpty()) {
            return 0;
        }
        var place = best.get().place();
        return switch (best.get().reach()) {
            case IN -> add(reasons, "runs in " + place, 1);
            case WITHIN -> add(reasons, "runs in " + place + ", within " + placeName, 1);
            case AROUND -> add(reasons, "runs in all of " + place + ", which includes " + placeName, 0.5);
        };
    }

    private static double add(List<String> reasons, String reason, double fit) {
        reasons.add(reason);
        return fit;
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
