package org.ecosystemmap.graph.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecosystemmap.graph.vocabulary.EntityKind.COALITION;
import static org.ecosystemmap.graph.vocabulary.EntityKind.INITIATIVE;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PARTNER;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PLACE;
import static org.ecosystemmap.graph.vocabulary.EntityKind.THEME;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The weights table")
class RelationWeightsTest {

    @Test
    @DisplayName("makes working relationships cheap and places, themes and mentions dear")
    void workingIsCheap() {
        double partner = RelationWeights.cost(RelationType.PARTNER_IN, PARTNER, INITIATIVE, "GDI partner (one of seven)", false);
        double member = RelationWeights.cost(RelationType.MEMBER_OF, PARTNER, COALITION, "consortium partner", false);
        double located = RelationWeights.cost(RelationType.LOCATED_IN, INITIATIVE, PLACE, "planned location", false);
        double within = RelationWeights.cost(RelationType.PART_OF, PLACE, PLACE, "lies within", false);
        double theme = RelationWeights.cost(RelationType.HAS_THEME, INITIATIVE, THEME, null, false);
        double coverage = RelationWeights.cost(RelationType.CONNECTED_TO, PARTNER, INITIATIVE, "media coverage of AMdEX", false);
        assertThat(partner).isEqualTo(member).isEqualTo(1.0);
        assertThat(located).isGreaterThan(partner);
        assertThat(within).isGreaterThan(located);
        assertThat(theme).isGreaterThan(partner);
        assertThat(coverage).isGreaterThan(RelationWeights.cost(RelationType.CONNECTED_TO, PARTNER, INITIATIVE, "links with", false));
    }

    @Test
    @DisplayName("tells containment of places from a part of an initiative")
    void partOfByKinds() {
        assertThat(RelationWeights.meaning(RelationType.PART_OF, PLACE, PLACE, "lies within")).isEqualTo(LinkMeaning.PLACE_CONTAINMENT);
        assertThat(RelationWeights.meaning(RelationType.PART_OF, INITIATIVE, INITIATIVE, "LEAP track")).isEqualTo(LinkMeaning.PART_AND_WHOLE);
        assertThat(RelationWeights.meaning(RelationType.PART_OF, PARTNER, PARTNER, "unit of HvA")).isEqualTo(LinkMeaning.PART_AND_WHOLE);
    }

    @Test
    @DisplayName("reads a role only to make a relationship dearer: a mention, a plan; never cheaper than its type")
    void rolesOnlyMakeDearer() {
        assertThat(RelationWeights.meaning(RelationType.CONNECTED_TO, PARTNER, INITIATIVE, "published on Insights")).isEqualTo(LinkMeaning.MENTION);
        assertThat(RelationWeights.meaning(RelationType.PARTNER_IN, PARTNER, INITIATIVE,
                "intended strategic partner for the regional campaign (not realised)")).isEqualTo(LinkMeaning.INTENDED);
        assertThat(RelationWeights.meaning(RelationType.LOCATED_IN, INITIATIVE, PLACE, "planned location")).isEqualTo(LinkMeaning.LOCATION);
        assertThat(RelationWeights.meaning(RelationType.HAS_THEME, INITIATIVE, THEME, "featured theme")).isEqualTo(LinkMeaning.THEME);
    }

    @Test
    @DisplayName("doubles the cost of an inferred relationship")
    void inferredCostsDouble() {
        assertThat(RelationWeights.cost(RelationType.PART_OF, INITIATIVE, INITIATIVE, null, true))
                .isEqualTo(2 * RelationWeights.cost(RelationType.PART_OF, INITIATIVE, INITIATIVE, null, false));
    }

    @Test
    @DisplayName("counts taking part in, membership, funding, employment and other explicit links as taking part, running not")
    void takingPart() {
        assertThat(RelationWeights.takingPartTypes()).containsExactly("PARTNER_IN", "MEMBER_OF", "FUNDS", "WORKS_AT", "CONNECTED_TO");
        assertThat(RelationWeights.meaning(RelationType.RUNS, PARTNER, INITIATIVE, "Board initiative").takesPart()).isFalse();
        assertThat(RelationWeights.notTakingPartWords()).contains("media", "planned");
    }
}
