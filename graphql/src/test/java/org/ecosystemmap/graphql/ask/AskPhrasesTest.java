package org.ecosystemmap.graphql.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions in words, Dutch and English, over the bundled 2021 annual report: the first interpretation names the
 * view, the address and the entities a reader of the report means (ids written by hand from the dataset), with
 * typos, accents and names that hold a word of the phrase ("Inkopen met Impact").
 */
@DisplayName("Asking in words over the bundled report")
class AskPhrasesTest extends BundledGraphTest {

    private static final String ASK = """
            query ($text: String!, $lang: String) {
              ask(text: $text, lang: $lang) { question view url entities { id name kind } query variables confidence }
            }""";

    @ParameterizedTest(name = "[{0}] \"{1}\" opens {3}")
    @DisplayName("the first interpretation is the expected view, address and entities")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // Dutch. The issue's own four questions first.
            "nl; Wie verbindt Philips met TechGrounds?; /path; /path?from=philips&to=techgrounds; philips,techgrounds",
            "nl; Welke partners delen AMdEX en Inkopen met Impact?; /shared; /shared?ids=amdex,inkopen-met-impact; amdex,inkopen-met-impact",
            "nl; Programma's voor werklozen in Zaandam; /programmes; /programmes?targetGroups=unemployed&places=zaandam; zaandam",
            "nl; Welke doelen haalde TOMAS niet?; /goals; /goals?year=2021&statuses=NOT_ACHIEVED,PARTLY_ACHIEVED&of=tomas; tomas",
            // Misspelt names: Philips, TechGrounds, gemeente Amsterdam.
            "nl; wie verbindt Philps met Techgrounds; /path; /path?from=philips&to=techgrounds; philips,techgrounds",
            "nl; Wie zijn de partners van Gemeente Amsterdm?; /entity; /entity/gemeente-amsterdam; gemeente-amsterdam",
            // With and without the accent of Oriëntatieprogramma.
            "nl; Hoe is Oriëntatieprogramma verbonden met Philips?; /path; /path?from=orientatieprogramma-zijinstromers&to=philips; orientatieprogramma-zijinstromers,philips",
            "nl; wie verbindt orientatieprogramma en PHILIPS; /path; /path?from=orientatieprogramma-zijinstromers&to=philips; orientatieprogramma-zijinstromers,philips",
            // A name holding a word of the phrase ("met").
            "nl; Wie verbindt Inkopen met Impact met Philips?; /path; /path?from=inkopen-met-impact&to=philips; inkopen-met-impact,philips",
            "nl; Hoe zijn OLVG en Philips met elkaar verbonden?; /path; /path?from=olvg&to=philips; olvg,philips",
            "nl; Wat is de verbinding tussen House of Skills en TechConnect?; /path; /path?from=house-of-skills&to=techconnect; house-of-skills,techconnect",
            "nl; Wat hebben Textile Loops en Gezondheidsdata-infrastructuur gemeen?; /shared; /shared?ids=textile-loops,gezondheidsdata-infrastructuur; textile-loops,gezondheidsdata-infrastructuur",
            // An alias (GDI) among three.
            "nl; wat delen AMdEX en GDI en LEAP; /shared; /shared?ids=amdex,gezondheidsdata-infrastructuur,leap; amdex,gezondheidsdata-infrastructuur,leap",
            "nl; Met wie werkt OLVG samen?; /entity; /entity/olvg; olvg",
            "nl; Welke programma's zijn er voor zijinstromers?; /programmes; /programmes?targetGroups=career-switchers; -",
            "nl; Welke speerpunten haalde Tada niet in 2021?; /goals; /goals?year=2021&statuses=NOT_ACHIEVED,PARTLY_ACHIEVED&of=tada; tada",
            "nl; Wie zijn de brokers onder coalities?; /brokers; /brokers?metric=BETWEENNESS&kind=COALITION; -",
            "nl; makelaars onder organisaties in 2021; /brokers; /brokers?metric=BETWEENNESS&kind=PARTNER&year=2021; -",
            // Rephrased from the cookbook: 14-what-changed.graphql ("What changed in 2021").
            "nl; Wat is er veranderd in 2021?; /changes; /changes?year=2021; -",
            // Rephrased from the cookbook: 13-initiative-network.graphql ("Which initiatives are connected through shared partners").
            "nl; Welke initiatieven delen partners?; /network; /network?of=INITIATIVE&via=PARTNER,COALITION; -",
            "nl; Welke programma's zijn er in de ICT-sector?; /programmes; /programmes?sectors=ict; -",

            // English.
            "en; Who connects Philips to TechGrounds?; /path; /path?from=philips&to=techgrounds; philips,techgrounds",
            "en; who links Philps and Techgrounds; /path; /path?from=philips&to=techgrounds; philips,techgrounds",
            // Rephrased from README / cookbook 12-ranked-chains.graphql ("What links Philips to TechGrounds in ways that mean something").
            "en; What links Philips to TechGrounds?; /path; /path?from=philips&to=techgrounds; philips,techgrounds",
            "en; How are OLVG and Philips connected?; /path; /path?from=olvg&to=philips; olvg,philips",
            "en; How is Oriëntatieprogramma linked to Philips; /path; /path?from=orientatieprogramma-zijinstromers&to=philips; orientatieprogramma-zijinstromers,philips",
            "en; What is the connection between House of Skills and TechConnect?; /path; /path?from=house-of-skills&to=techconnect; house-of-skills,techconnect",
            "en; Who connects Inkopen met Impact with Philips?; /path; /path?from=inkopen-met-impact&to=philips; inkopen-met-impact,philips",
            "en; Which partners do AMdEX and Inkopen met Impact share?; /shared; /shared?ids=amdex,inkopen-met-impact; amdex,inkopen-met-impact",
            "en; What do Textile Loops and LEAP have in common?; /shared; /shared?ids=textile-loops,leap; textile-loops,leap",
            // Rephrased from README / cookbook 03-shared-partners.graphql ("Which organisation links AMdEX, Inkopen met Impact and Amsterdam Smart City").
            "en; Who links AMdEX, Inkopen met Impact and Amsterdam Smart City?; /shared; /shared?ids=amdex,inkopen-met-impact,amsterdam-smart-city; amdex,inkopen-met-impact,amsterdam-smart-city",
            "en; Who does OLVG work with?; /entity; /entity/olvg; olvg",
            "en; Who are the partners of Gemeente Amsterdm?; /entity; /entity/gemeente-amsterdam; gemeente-amsterdam",
            "en; Which coalitions does TechConnect work with?; /entity; /entity/techconnect; techconnect",
            "en; Which initiatives share partners?; /network; /network?of=INITIATIVE&via=PARTNER,COALITION; -",
            "en; Programmes for unemployed people in Zaandam; /programmes; /programmes?targetGroups=unemployed&places=zaandam; zaandam",
            // Rephrased from README / cookbook 09-filters.graphql ("talent programmes serve career switchers ... in Amsterdam").
            "en; Which programmes are there for career switchers in Amsterdam?; /programmes; /programmes?targetGroups=career-switchers&places=amsterdam; amsterdam",
            "en; Which goals did TOMAS not reach?; /goals; /goals?year=2021&statuses=NOT_ACHIEVED,PARTLY_ACHIEVED&of=tomas; tomas",
            "en; Which targets did Inkopen met Impact miss in 2021?; /goals; /goals?year=2021&statuses=NOT_ACHIEVED,PARTLY_ACHIEVED&of=inkopen-met-impact; inkopen-met-impact",
            "en; Brokers among coalitions; /brokers; /brokers?metric=BETWEENNESS&kind=COALITION; -",
            // Rephrased from README / cookbook 06-brokers.graphql ("Who are the brokers").
            "en; Who are the brokers among partners in 2021?; /brokers; /brokers?metric=BETWEENNESS&kind=PARTNER&year=2021; -",
            "en; What changed in 2021?; /changes; /changes?year=2021; -",
    })
    void firstInterpretation(String lang, String question, String view, String url, String ids) {
        var first = ask(question, lang).getFirst();
        assertThat(first.get("view")).as("view").isEqualTo(view);
        assertThat(first.get("url")).as("url").isEqualTo(url);
        assertThat(ids(first)).as("entities").isEqualTo(ids == null ? List.of() : Arrays.asList(ids.split(",")));
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" offers {2}")
    @DisplayName("a name that fits several entities offers each, for the user to pick")
    @CsvSource(delimiter = ';', value = {
            // Marineterrein is an organisation (partners.csv) and a site (places.csv).
            "nl; Wie verbindt Marineterrein met Philips?; marineterrein,marineterrein-site",
            // MRA is the Metropoolregio as a partner and as a place.
            "en; Who connects MRA to TechGrounds?; metropoolregio-amsterdam,mra",
    })
    void ambiguousNames(String lang, String question, String offered) {
        var interpretations = ask(question, lang);
        var choices = Arrays.asList(offered.split(","));
        var firstIds = interpretations.subList(0, choices.size()).stream().map(i -> ids(i).getFirst()).toList();
        assertThat(firstIds).containsExactlyInAnyOrderElementsOf(choices);
        assertThat(interpretations.subList(0, choices.size())).allSatisfy(i -> {
            assertThat(i.get("view")).isEqualTo("/path");
            assertThat((Double) i.get("confidence")).isLessThan(1.0);
        });
    }

    @Test
    @DisplayName("restates the question in the user's language with the names as the map writes them")
    void restatesTheQuestion() {
        assertThat(ask("wie verbindt philps met techgrounds", "nl").getFirst().get("question"))
                .isEqualTo("Wie verbindt Philips met TechGrounds?");
        assertThat(ask("Programmes for unemployed people in Zaandam", "en").getFirst().get("question"))
                .isEqualTo("Programmes for unemployed people in Zaandam?");
        assertThat(ask("Programma's voor werklozen in Zaandam", "nl").getFirst().get("question"))
                .isEqualTo("Programma's voor werklozen in Zaandam?");
        // Optional words are written when they hold a slot with a value, in the first phrase of the view's kind.
        assertThat(ask("which targets did Inkopen met Impact miss in 2021", "en").getFirst().get("question"))
                .isEqualTo("Which goals did Inkopen met Impact not reach in 2021?");
        assertThat(ask("Welke doelen haalde TOMAS niet?", "nl").getFirst().get("question"))
                .isEqualTo("Welke doelen haalde TOMAS niet?");
    }

    @Test
    @DisplayName("answers in the language asked for, whichever table's phrase fitted")
    void answersInTheLanguageAsked() {
        var first = ask("Who connects Philips to TechGrounds?", "nl").getFirst();
        assertThat(first.get("question")).isEqualTo("Wie verbindt Philips met TechGrounds?");
        assertThat(first.get("variables")).isEqualTo(Map.of("from", "philips", "to", "techgrounds", "lang", "NL"));
    }

    @Test
    @DisplayName("the query and variables of each interpretation answer the question in GraphQL")
    void queriesAnswer() {
        for (var question : List.of("Wie verbindt Philips met TechGrounds?", "Welke partners delen AMdEX en Inkopen met Impact?",
                "Programma's voor werklozen in Zaandam", "Welke doelen haalde TOMAS niet?", "Met wie werkt OLVG samen?",
                "Welke initiatieven delen partners?", "brokers onder coalities in 2021", "Wat veranderde in 2021?")) {
            var first = ask(question, "nl").getFirst();
            @SuppressWarnings("unchecked")
            var variables = (Map<String, Object>) first.get("variables");
            var response = graphQl.document((String) first.get("query")).variables(variables).execute();
            response.errors().verify();
            response.path("").hasValue();
        }
        var path = ask("Wie verbindt Philips met TechGrounds?", "nl").getFirst();
        @SuppressWarnings("unchecked")
        var variables = (Map<String, Object>) path.get("variables");
        graphQl.document((String) path.get("query")).variables(variables).execute()
                .path("paths[0].nodes[0].id").entity(String.class).isEqualTo("philips");
    }

    @Test
    @DisplayName("a text that is no question of the tables, or whose names find nothing, has no interpretation")
    void noInterpretation() {
        assertThat(ask("tomas", null)).isEmpty();
        assertThat(ask("Wie verbindt Xyzzyq met Qwvbnm?", "nl")).isEmpty();
    }

    @Test
    @DisplayName("a language other than nl or en is refused with what is allowed")
    void unknownLanguage() {
        graphQl.document(ASK).variable("text", "wie verbindt philips met olvg").variable("lang", "fr").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("nl or en")));
    }

    private List<Map<String, Object>> ask(String text, String lang) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Map<String, Object>> interpretations = (List) graphQl.document(ASK).variable("text", text).variable("lang", lang)
                .execute().path("ask").entityList(Map.class).get();
        return interpretations;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> interpretation) {
        return ((List<Map<String, Object>>) interpretation.get("entities")).stream().map(e -> (String) e.get("id")).toList();
    }
}
