package org.ecosystemmap.graphql.talent;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLInputObjectType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@AutoConfigureGraphQlTester
@DisplayName("Finding a talent programme, on the bundled dataset")
class TalentProgrammeSearchTest {

    record Value(String value, String label, int count, boolean selected) {
    }

    record Facet(String field, List<Value> values) {
    }

    record Match(Map<String, Object> programme, double score, List<String> reasons) {
        String id() {
            return (String) programme.get("id");
        }
    }

    record Source(int lineFrom, int lineTo, String quote) {
    }

    record ProgrammeValue(String value, String label, List<Source> sources) {
    }

    record ProgrammeFacet(String field, List<ProgrammeValue> values) {
    }

    record Programme(String id, List<ProgrammeFacet> facets) {
    }

    private static final String LIST = """
            query($filter: TalentFilter) {
              talentProgrammes(filter: $filter, first: 100) {
                totalCount
                edges { node { id } }
                facets { field values { value label count selected } }
              }
            }
            """;

    private static final String MATCH = """
            query($profile: TalentProfile!) {
              matchTalentProgrammes(profile: $profile, first: 100) { programme { id name status } score reasons }
            }
            """;

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    EcosystemGraph graph;

    @Autowired
    GraphQlSource source;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeAll
    static void load() {
        SampleGraph.ensureLoaded("jaarverslag-2021");
    }

    @Nested
    @DisplayName("facets")
    class Facets {

        static List<Map<String, Object>> filters() {
            return List.of(
                    Map.of(),
                    Map.of("sectors", List.of("technology", "ict")),
                    Map.of("targetGroups", List.of("career-switchers", "job-seekers"), "places", List.of("amsterdam")),
                    Map.of("statuses", List.of("ACTIVE"), "activityTypes", List.of("matching", "orientation")),
                    Map.of("text", "skills"));
        }

        @ParameterizedTest(name = "filter {0}")
        @MethodSource("filters")
        @DisplayName("every count equals the number of programmes filtering by that value returns")
        void countsEqualFilterResults(Map<String, Object> filter) {
            var facets = facets(filter);
            assertThat(facets).extracting(Facet::field)
                    .containsExactly("targetGroups", "sectors", "activityTypes", "places", "providers", "partners", "statuses");
            for (var facet : facets) {
                for (var value : facet.values()) {
                    // The multi-select rule: a facet counts its values as if its own field were not set.
                    var narrowed = new HashMap<>(filter);
                    narrowed.put(facet.field(), List.of(value.value()));
                    assertThat(total(narrowed)).as("%s = %s under %s", facet.field(), value.value(), filter).isEqualTo(value.count());
                }
            }
        }

        @Test
        @DisplayName("offer every value some programme has, with labels people read")
        void offerTheValuesInUse() {
            var facets = facets(Map.of());
            assertThat(values(facets, "targetGroups")).extracting(Value::value)
                    .contains("unemployed", "career-switchers", "care-workers", "teachers");
            assertThat(values(facets, "sectors")).extracting(Value::label).contains("ICT", "care and welfare", "construction");
            assertThat(values(facets, "places")).extracting(Value::value).contains("zaandam", "nieuw-west", "amsterdam", "slotervaart");
            assertThat(values(facets, "providers")).extracting(Value::value).contains("hogeschool-van-amsterdam");
            assertThat(values(facets, "partners")).extracting(Value::label).contains("KPN", "OBA");
            assertThat(values(facets, "statuses")).extracting(Value::label).contains("active", "scaled down");
            assertThat(facets).flatExtracting(Facet::values).allSatisfy(v -> assertThat(v.count()).isPositive());
        }

        @Test
        @DisplayName("label values in Dutch when asked: vocabulary values and statuses translated, places by their name")
        void labelsInDutch() {
            var facets = graphQl.document("{ talentProgrammes { facets { field values { value label(lang: NL) count selected } } } }")
                    .execute().errors().verify().path("talentProgrammes.facets").entityList(Facet.class).get();

            assertThat(values(facets, "targetGroups")).extracting(Value::label).contains("werklozen", "zijinstromers");
            assertThat(values(facets, "sectors")).extracting(Value::label).contains("ICT", "zorg en welzijn", "bouw");
            assertThat(values(facets, "statuses")).extracting(Value::label).contains("actief", "afgeschaald");
            assertThat(values(facets, "places")).extracting(Value::label).contains("Zaandam", "Nieuw-West");
        }

        @Test
        @DisplayName("keep a field's own values countable once one is chosen, and mark the chosen ones")
        void multiSelect() {
            var all = facets(Map.of());
            var ict = facets(Map.of("sectors", List.of("ict")));

            assertThat(values(ict, "sectors")).isEqualTo(values(all, "sectors").stream()
                    .map(v -> new Value(v.value(), v.label(), v.count(), v.value().equals("ict"))).toList());
            assertThat(values(ict, "targetGroups")).extracting(Value::value).contains("unemployed").doesNotContain("care-workers");
        }

        @Test
        @DisplayName("list a chosen value that no programme has left, with 0, so it can be unchosen")
        void keepChosenValues() {
            var facets = facets(Map.of("sectors", List.of("care-and-welfare"), "places", List.of("rotterdam")));

            assertThat(values(facets, "places")).contains(new Value("rotterdam", "Rotterdam", 0, true));
            assertThat(values(facets, "sectors")).contains(new Value("care-and-welfare", "care and welfare", 0, true));
        }

        @Test
        @DisplayName("come with the page from one query, however many values there are")
        void oneQuery() {
            var before = graph.queryCount();
            graphQl.document(LIST).variable("filter", Map.of("places", List.of("amsterdam"), "sectors", List.of("ict")))
                    .execute().errors().verify();
            // the programmes, their values and the place the filter names, together
            assertThat(graph.queryCount() - before).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("the filter")
    class Filter {

        @Test
        @DisplayName("finds TechGrounds by each of its places")
        void findsTechGroundsByItsPlaces() {
            var places = graphQl.document("{ entity(id: \"techgrounds\") { ... on TalentProgramme { places { id } } } }").execute()
                    .path("entity.places[*].id").entityList(String.class).get();
            assertThat(places).contains("zaandam", "nieuw-west", "rotterdam");
            for (var place : places) {
                assertThat(ids(Map.of("places", List.of(place)))).as("programmes serving %s", place).contains("techgrounds");
            }
        }

        @Test
        @DisplayName("understands the region: a place finds programmes within it and programmes of regions around it")
        void understandsTheRegion() {
            assertThat(ids(Map.of("places", List.of("amsterdam"))))
                    .contains("techgrounds", "ontwikkelplein", "instapprogramma-slotervaart", "transferpunt-zorg-en-welzijn", "pathways")
                    .doesNotContain("mkb-digital-power");
            assertThat(ids(Map.of("places", List.of("zaandam")))).containsExactlyInAnyOrder("techgrounds", "pathways", "tekkieworden-trail");
        }

        @Test
        @DisplayName("lets any value of a field match, and needs every field to hold")
        void orWithinAndAcross() {
            var ict = ids(Map.of("sectors", List.of("ict")));
            var construction = ids(Map.of("sectors", List.of("construction")));
            assertThat(ids(Map.of("sectors", List.of("ict", "construction"))))
                    .containsExactlyInAnyOrderElementsOf(union(ict, construction));
            assertThat(ids(Map.of("sectors", List.of("ict"), "targetGroups", List.of("unemployed")))).containsExactly("pathways");
        }
    }

    @Nested
    @DisplayName("matching a profile")
    class Matching {

        @Test
        @DisplayName("ranks PathWays and TechGrounds first for an unemployed person in Zaandam who wants ICT, with reasons")
        void unemployedIctZaandam() {
            var matches = match(Map.of("targetGroups", List.of("unemployed"), "sectors", List.of("ict"), "place", "zaandam"));

            assertThat(matches).extracting(Match::id).startsWith("pathways", "techgrounds")
                    .doesNotContain("de-paskamer", "mkb-digital-power", "ontwikkelplein");
            assertThat(matches.get(0).reasons())
                    .containsExactly("serves unemployed people", "ICT", "runs in all of Nederland, which includes Zaandam");
            assertThat(matches.get(1).reasons()).containsExactly("technology, close to ICT", "runs in Zaandam");
            assertThat(matches.subList(2, matches.size())).allSatisfy(m -> assertThat(m.score()).isLessThan(matches.get(1).score()));
            assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
        }

        @Test
        @DisplayName("finds a programme in Nieuw-West for someone in Amsterdam")
        void placeWithin() {
            var matches = match(Map.of("place", "amsterdam"));

            assertThat(matches).filteredOn(m -> m.id().equals("techgrounds")).singleElement()
                    .satisfies(m -> assertThat(m.reasons()).containsExactly("runs in Nieuw-West, within Amsterdam"));
        }

        @Test
        @DisplayName("lists a scaled-down programme after running ones, even when it fits better, and says so")
        void scaledDownLast() {
            var matches = match(Map.of("sectors", List.of("ict"), "activityTypes", List.of("teaching")));

            assertThat(matches).extracting(Match::id).startsWith("pathways").endsWith("teachforamsterdam");
            assertThat(matches.getLast().score()).isEqualTo(1.0).isGreaterThan(matches.getFirst().score());
            assertThat(matches.getLast().reasons()).containsExactly("ICT", "offers teaching", "scaled down, so listed after running programmes");
        }

        @Test
        @DisplayName("gives the reasons in Dutch when asked, with the vocabulary's Dutch labels")
        void reasonsInDutch() {
            var matches = graphQl.document("""
                    query($profile: TalentProfile!) { matchTalentProgrammes(profile: $profile, first: 2) { reasons(lang: NL) } }
                    """).variable("profile", Map.of("targetGroups", List.of("unemployed"), "sectors", List.of("ict"), "place", "zaandam"))
                    .execute().errors().verify().path("matchTalentProgrammes[*].reasons").entityList(List.class).get();

            assertThat(matches).containsExactly(
                    List.of("voor werklozen", "ICT", "actief in heel Nederland, waar Zaandam onder valt"),
                    List.of("techniek, verwant aan ICT", "actief in Zaandam"));
        }

        @Test
        @DisplayName("gives the same ranking every time")
        void deterministic() {
            var profile = Map.<String, Object>of("targetGroups", List.of("job-seekers", "career-switchers"), "sectors", List.of("technology"));
            assertThat(match(profile)).isEqualTo(match(profile)).hasSizeGreaterThan(3);
        }
    }

    @Nested
    @DisplayName("the facet values of a programme")
    class Evidence {

        @Test
        @DisplayName("each rest on a quote that the cited lines of the report contain")
        void traceToTheReport() {
            var report = reportLines();
            var programmes = programmes();
            assertThat(programmes).hasSizeGreaterThan(10);
            for (var programme : programmes) {
                for (var facet : programme.facets()) {
                    for (var value : facet.values()) {
                        var what = programme.id() + " " + facet.field() + " " + value.value();
                        assertThat(value.sources()).as(what).isNotEmpty();
                        var cited = value.sources().stream()
                                .map(source -> String.join(" ", report.subList(source.lineFrom() - 1, source.lineTo())))
                                .collect(Collectors.joining(" "));
                        assertThat(value.sources()).as(what).allSatisfy(source -> assertThat(normalised(cited)).contains(normalised(source.quote())));
                    }
                }
            }
        }

        @Test
        @DisplayName("are what filtering by them finds")
        void findTheirProgramme() {
            var programmesByValue = new HashMap<Map<String, Object>, List<String>>();
            for (var programme : programmes()) {
                for (var facet : programme.facets()) {
                    for (var value : facet.values()) {
                        programmesByValue.computeIfAbsent(Map.of(facet.field(), List.of(value.value())), f -> new ArrayList<>()).add(programme.id());
                    }
                }
            }
            programmesByValue.forEach((filter, programmes) -> assertThat(ids(filter)).as("%s", filter).containsExactlyInAnyOrderElementsOf(programmes));
        }

        @Test
        @DisplayName("carry what the report says of the programmes it names")
        void namedProgrammes() {
            var facets = programmes().stream().collect(Collectors.toMap(Programme::id, p -> p.facets().stream()
                    .flatMap(f -> f.values().stream().map(v -> f.field() + "=" + v.value())).toList()));
            assertThat(facets.get("pathways")).contains("targetGroups=unemployed", "targetGroups=career-switchers", "sectors=ict");
            assertThat(facets.get("techgrounds")).contains("sectors=technology", "activityTypes=digital-skills");
            assertThat(facets.get("transferpunt-zorg-en-welzijn")).contains("targetGroups=care-workers", "sectors=care-and-welfare");
            assertThat(facets.get("instapprogramma-slotervaart")).contains("targetGroups=career-switchers");
            assertThat(facets.get("loopbaanpaden-techniek-en-bouw")).contains("sectors=technology", "sectors=construction");
        }
    }

    @Nested
    @DisplayName("the schema")
    class Schema {

        @Test
        @DisplayName("names every vocabulary value in the TalentFilter field it belongs to")
        void documentsTheVocabulary() {
            var filter = (GraphQLInputObjectType) source.schema().getType("TalentFilter");
            for (var facet : TalentFacet.values()) {
                assertThat(filter.getField(facet.field()).getDescription()).as(facet.field())
                        .contains(facet.labels().keySet().stream().map(value -> " " + value).toList());
            }
        }
    }

    @Nested
    @DisplayName("unknown values")
    class UnknownValues {

        @Test
        @DisplayName("in a facet field are a BAD_REQUEST that lists the allowed values and the one meant")
        void unknownFacetValue() {
            expectBadRequest(LIST, "filter", Map.of("targetGroups", List.of("unemployd")),
                    "\"unemployd\" is not a value of targetGroups; allowed: unemployed, job-seekers,", "did you mean \"unemployed\"?");
            expectBadRequest(MATCH, "profile", Map.of("sectors", List.of("zorg")), "\"zorg\" is not a value of sectors; allowed: ict,");
        }

        @Test
        @DisplayName("in a place or organisation field are a BAD_REQUEST that names the id meant")
        void unknownId() {
            expectBadRequest(LIST, "filter", Map.of("places", List.of("zaandm")), "no place has the id \"zaandm\"; did you mean \"zaandam\"?");
            expectBadRequest(LIST, "filter", Map.of("providers", List.of("zaandam")), "no partner has the id \"zaandam\"");
            expectBadRequest(MATCH, "profile", Map.of("place", "amsterdm"), "no place has the id \"amsterdm\"; did you mean \"amsterdam\"?");
        }

        @Test
        @DisplayName("an empty profile is a BAD_REQUEST")
        void emptyProfile() {
            expectBadRequest(MATCH, "profile", Map.of(), "a profile needs at least one");
        }

        private void expectBadRequest(String document, String variable, Map<String, Object> value, String... parts) {
            graphQl.document(document).variable(variable, value).execute().errors()
                    .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && List.of(parts).stream().allMatch(e.getMessage()::contains))
                    .verify();
        }
    }

    private List<Facet> facets(Map<String, Object> filter) {
        return graphQl.document(LIST).variable("filter", filter).execute().errors().verify()
                .path("talentProgrammes.facets").entityList(Facet.class).get();
    }

    private static List<Value> values(List<Facet> facets, String field) {
        return facets.stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().values();
    }

    private int total(Map<String, Object> filter) {
        return graphQl.document("query($filter: TalentFilter) { talentProgrammes(filter: $filter) { totalCount } }")
                .variable("filter", filter).execute().errors().verify()
                .path("talentProgrammes.totalCount").entity(Integer.class).get();
    }

    private List<String> ids(Map<String, Object> filter) {
        return graphQl.document("query($filter: TalentFilter) { talentProgrammes(filter: $filter, first: 100) { edges { node { id } } } }")
                .variable("filter", filter).execute().errors().verify()
                .path("talentProgrammes.edges[*].node.id").entityList(String.class).get();
    }

    private List<Match> match(Map<String, Object> profile) {
        return graphQl.document(MATCH).variable("profile", profile).execute().errors().verify()
                .path("matchTalentProgrammes").entityList(Match.class).get();
    }

    private List<Programme> programmes() {
        return graphQl.document("""
                { talentProgrammes(first: 100) { edges { node { id facets { field values { value label sources { lineFrom lineTo quote } } } } } } }
                """).execute().errors().verify()
                .path("talentProgrammes.edges[*].node").entityList(Programme.class).get();
    }

    private static List<String> union(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        b.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }

    private static List<String> reportLines() {
        try (var in = TalentProgrammeSearchTest.class.getResourceAsStream("/datasets/jaarverslag-2021/sources/jaarverslag-2021.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
