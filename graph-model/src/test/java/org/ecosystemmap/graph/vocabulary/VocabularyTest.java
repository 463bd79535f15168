package org.ecosystemmap.graph.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The vocabulary's labels")
class VocabularyTest {

    @Nested
    @DisplayName("cover")
    class Coverage {

        @Test
        @DisplayName("every constant of every enumeration the map uses, in the enumeration's order")
        void everyEnumerationValue() {
            var enumerations = new Class<?>[] {EntityKind.class, RelationType.class, GoalStatus.class, GoalType.class,
                PartnerType.class, InitiativeType.class, CoalitionType.class, PlaceType.class, Status.class,
                FundingOutcome.class, EventFormat.class, LinkMeaning.class, ChangeKind.class};
            for (var enumeration : enumerations) {
                var constants = Arrays.stream(enumeration.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                assertThat(Vocabulary.of(enumeration)).as(enumeration.getSimpleName()).get()
                        .satisfies(v -> assertThat(v.termValues()).containsExactlyElementsOf(constants))
                        .satisfies(v -> assertThat(v.vocabularyName()).isEqualTo(enumeration.getSimpleName()));
            }
        }

        @Test
        @DisplayName("every enumeration property of every kind")
        void everyEnumerationProperty() {
            assertThat(Vocabulary.of(EntityKind.PARTNER.property("type").orElseThrow())).contains(Vocabulary.PARTNER_TYPE);
            assertThat(Vocabulary.of(EntityKind.GOAL.property("status").orElseThrow())).contains(Vocabulary.GOAL_STATUS);
            assertThat(Vocabulary.of(EntityKind.INITIATIVE.property("status").orElseThrow())).contains(Vocabulary.STATUS);
            for (var kind : EntityKind.values()) {
                kind.properties().stream().filter(p -> p.type() == PropertyType.ENUM)
                        .forEach(p -> assertThat(Vocabulary.of(p)).as(kind + "." + p.name()).isPresent());
            }
        }

        @Test
        @DisplayName("each talent facet, named by its filter field")
        void everyTalentFacet() {
            for (var facet : TalentFacet.values()) {
                assertThat(facet.vocabulary().vocabularyName()).isEqualTo(facet.field());
                assertThat(Vocabulary.named(facet.field())).contains(facet.vocabulary());
            }
        }

        @Test
        @DisplayName("each value with a label in both languages, kinds with plurals and relationship types with both headings")
        void bothLanguagesEverywhere() {
            for (var vocabulary : Vocabulary.values()) {
                assertThat(vocabulary.termValues()).as(vocabulary.vocabularyName()).doesNotHaveDuplicates();
                for (var term : vocabulary.terms()) {
                    var what = vocabulary.vocabularyName() + "." + term.value();
                    assertThat(term.label().en()).as(what).isNotBlank();
                    assertThat(term.label().nl()).as(what).isNotBlank();
                    assertThat(term.plural() != null).as(what + " has a plural").isEqualTo(vocabulary == Vocabulary.ENTITY_KIND);
                    assertThat(term.outgoing() != null && term.incoming() != null).as(what + " has headings")
                            .isEqualTo(vocabulary == Vocabulary.RELATION_TYPE);
                }
            }
        }
    }

    @Test
    @DisplayName("speak the report's Dutch where it has a word: speerpunt, deels behaald, afgeschaald, zijinstromers")
    void reportsOwnWords() {
        assertThat(Vocabulary.label(GoalType.TARGET, Language.NL)).isEqualTo("speerpunt");
        assertThat(Vocabulary.label(GoalType.ACTIVITY, Language.NL)).isEqualTo("beoogde activiteit");
        assertThat(Vocabulary.label(GoalStatus.PARTLY_ACHIEVED, Language.NL)).isEqualTo("deels behaald");
        assertThat(Vocabulary.label(Status.SCALED_DOWN, Language.NL)).isEqualTo("afgeschaald");
        assertThat(TalentFacet.TARGET_GROUPS.label("career-switchers", Language.NL)).contains("zijinstromers");
        assertThat(TalentFacet.TARGET_GROUPS.label("unemployed", Language.NL)).contains("werklozen");
        assertThat(Vocabulary.label(GoalStatus.PARTLY_ACHIEVED, Language.EN)).isEqualTo("partly achieved");
    }

    @Test
    @DisplayName("leave a value outside the vocabulary as it is")
    void unknownValue() {
        assertThat(Vocabulary.SECTORS.label("space-travel", Language.NL)).isEqualTo("space-travel");
        assertThat(TalentFacet.SECTORS.label("space-travel")).isEmpty();
    }

    @Test
    @DisplayName("know the languages by their tags, in any case")
    void languageTags() {
        assertThat(Language.ofTag("nl")).contains(Language.NL);
        assertThat(Language.ofTag("EN")).contains(Language.EN);
        assertThat(Language.ofTag("de")).isEmpty();
        assertThat(Language.NL.tag()).isEqualTo("nl");
    }
}
