package org.ecosystemmap.graphql.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import java.util.List;
import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@AutoConfigureGraphQlTester
@DisplayName("The vocabulary query")
class VocabularyQueryTest {

    record Term(String value, String label, String plural, String outgoing, String incoming) {
    }

    record Vocabulary(String name, List<Term> terms) {
        Term term(String value) {
            return terms.stream().filter(t -> t.value().equals(value)).findFirst().orElseThrow();
        }
    }

    private static final String QUERY = "query($lang: Language) { vocabulary(lang: $lang) { name terms { value label plural outgoing incoming } } }";

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    GraphQlSource source;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @Test
    @DisplayName("labels every value of every enumeration of the schema that it names, in the schema's order")
    void coversTheSchemasEnumerations() {
        for (var vocabulary : vocabulary("EN")) {
            var enumeration = source.schema().getType(vocabulary.name());
            if (enumeration instanceof GraphQLEnumType type) {
                assertThat(vocabulary.terms()).extracting(Term::value).as(vocabulary.name())
                        .containsExactlyElementsOf(type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList());
            }
        }
        assertThat(vocabulary("EN")).extracting(Vocabulary::name).contains("EntityKind", "RelationType", "GoalStatus", "GoalType",
                "PartnerType", "InitiativeType", "CoalitionType", "PlaceType", "Status", "FundingOutcome", "EventFormat",
                "TalentField", "targetGroups", "sectors", "activityTypes");
    }

    @Test
    @DisplayName("answers in Dutch with the report's words, and in English by default")
    void dutchAndEnglish() {
        var dutch = vocabulary("NL");
        assertThat(named(dutch, "GoalType").term("TARGET").label()).isEqualTo("speerpunt");
        assertThat(named(dutch, "GoalStatus").term("PARTLY_ACHIEVED").label()).isEqualTo("deels behaald");
        assertThat(named(dutch, "EntityKind").term("TALENT_PROGRAMME")).isEqualTo(
                new Term("TALENT_PROGRAMME", "Talentprogramma", "Talentprogramma's", null, null));
        assertThat(named(dutch, "RelationType").term("PARTNER_IN")).isEqualTo(
                new Term("PARTNER_IN", "neemt deel aan", null, "Neemt deel aan", "Deelnemers"));
        assertThat(named(dutch, "targetGroups").term("career-switchers").label()).isEqualTo("zijinstromers");

        var english = graphQl.document("{ vocabulary { name terms { value label plural outgoing incoming } } }").execute()
                .errors().verify().path("vocabulary").entityList(Vocabulary.class).get();
        assertThat(named(english, "GoalStatus").term("PARTLY_ACHIEVED").label()).isEqualTo("partly achieved");
        assertThat(named(english, "EntityKind").term("PERSON").plural()).isEqualTo("People");
    }

    private List<Vocabulary> vocabulary(String lang) {
        return graphQl.document(QUERY).variable("lang", lang).execute().errors().verify()
                .path("vocabulary").entityList(Vocabulary.class).get();
    }

    private static Vocabulary named(List<Vocabulary> vocabularies, String name) {
        return vocabularies.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
