package org.ecosystemmap.graph.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The weights table: what each relationship means for a connection ({@link LinkMeaning}) and what it costs
 * to pass through it. Ranked paths add up the costs along a chain; weighted brokers take the cost as a
 * distance (betweenness) and its inverse as a strength (PageRank, weighted degree); partner suggestions weigh
 * each shared neighbour by the strengths of both links to it. Shared partners and co-participation count a
 * relationship as taking part when its meaning says so. docs/connections-and-export.md shows the same table.
 *
 * <table>
 * <caption>Meaning and cost by relationship type</caption>
 * <tr><th>type</th><th>meaning</th><th>cost</th></tr>
 * <tr><td>PARTNER_IN, MEMBER_OF, FUNDS, WORKS_AT</td><td>WORKING</td><td>1</td></tr>
 * <tr><td>RUNS</td><td>RUNNING</td><td>1</td></tr>
 * <tr><td>PART_OF (not between places)</td><td>PART_AND_WHOLE</td><td>1.5</td></tr>
 * <tr><td>CONNECTED_TO</td><td>OTHER_LINK</td><td>2</td></tr>
 * <tr><td>HAS_GOAL</td><td>GOAL</td><td>3</td></tr>
 * <tr><td>LOCATED_IN</td><td>LOCATION</td><td>4</td></tr>
 * <tr><td>HAS_THEME</td><td>THEME</td><td>5</td></tr>
 * <tr><td>PART_OF between places</td><td>PLACE_CONTAINMENT</td><td>6</td></tr>
 * </table>
 *
 * <p>The role matters where it makes a cheap relationship dear: a role with one of {@link #MENTION_WORDS}
 * ("media coverage of AMdEX", "published on Insights") makes a MENTION (4), one with one of
 * {@link #INTENDED_WORDS} ("planned host", "intended strategic partner ... (not realised)") makes it
 * INTENDED (3). A role never makes a relationship cheaper than its type. A relationship marked
 * {@code inferred} (the curators read it between the lines) costs {@link #INFERRED_FACTOR} times as much.
 */
public final class RelationWeights {

    /** How many times as much an inferred relationship costs as a stated one. */
    public static final double INFERRED_FACTOR = 2.0;

    /** Words of a role (in lower case) that make the relationship a passing mention. */
    public static final List<String> MENTION_WORDS = List.of("media", "coverage", "news", "published on", "named on", "featured", "mentioned");

    /** Words of a role (in lower case) that make the relationship one that is planned or not (yet) realised. */
    public static final List<String> INTENDED_WORDS = List.of("planned", "intended", "future", "to be connected", "not realised",
            "applied for", "rejected");

    private RelationWeights() {
    }

    /** What a relationship of this type between entities of these kinds, with this role, means. */
    public static LinkMeaning meaning(RelationType type, EntityKind from, EntityKind to, String role) {
        var byType = switch (type) {
            case PARTNER_IN, MEMBER_OF, FUNDS, WORKS_AT -> LinkMeaning.WORKING;
            case RUNS -> LinkMeaning.RUNNING;
            case PART_OF -> from == EntityKind.PLACE && to == EntityKind.PLACE ? LinkMeaning.PLACE_CONTAINMENT : LinkMeaning.PART_AND_WHOLE;
            case CONNECTED_TO -> LinkMeaning.OTHER_LINK;
            case HAS_GOAL -> LinkMeaning.GOAL;
            case LOCATED_IN -> LinkMeaning.LOCATION;
            case HAS_THEME -> LinkMeaning.THEME;
        };
        var byRole = byRole(role);
        return byRole != null && byRole.cost() > byType.cost() ? byRole : byType;
    }

    /** The cost of passing through a relationship: its meaning's cost, times {@link #INFERRED_FACTOR} when inferred. */
    public static double cost(LinkMeaning meaning, boolean inferred) {
        return inferred ? meaning.cost() * INFERRED_FACTOR : meaning.cost();
    }

    /** The cost of passing through a relationship of this type, kinds, role and inferred flag. */
    public static double cost(RelationType type, EntityKind from, EntityKind to, String role, boolean inferred) {
        return cost(meaning(type, from, to, role), inferred);
    }

    /** How strongly a relationship of this cost ties two entities: the inverse of its cost. */
    public static double strength(double cost) {
        return 1.0 / cost;
    }

    /** The relationship types whose meaning, unless the role says otherwise, is taking part. */
    public static List<String> takingPartTypes() {
        return Arrays.stream(RelationType.values())
                .filter(type -> type.endpoints().stream().anyMatch(e -> e.from().stream()
                        .anyMatch(from -> e.to().stream().anyMatch(to -> meaning(type, from, to, null).takesPart()))))
                .map(Enum::name)
                .toList();
    }

    /** The words of a role that keep a relationship from taking part: those of mentions and intentions. */
    public static List<String> notTakingPartWords() {
        return Stream.concat(MENTION_WORDS.stream(), INTENDED_WORDS.stream()).toList();
    }

    private static LinkMeaning byRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        var words = role.toLowerCase(Locale.ROOT);
        if (MENTION_WORDS.stream().anyMatch(words::contains)) {
            return LinkMeaning.MENTION;
        }
        if (INTENDED_WORDS.stream().anyMatch(words::contains)) {
            return LinkMeaning.INTENDED;
        }
        return null;
    }
}
