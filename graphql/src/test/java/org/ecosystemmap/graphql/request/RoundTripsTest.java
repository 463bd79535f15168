package org.ecosystemmap.graphql.request;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.ecosystemmap.graphql.analytics.ProjectionCache;
import org.ecosystemmap.graphql.compile.CompiledStatements;
import org.ecosystemmap.graphql.cookbook.Cookbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;

/**
 * One statement per root field, whatever the root field selects (nested lists, relations, fragments, aliases)
 * and however many entities it returns, all in one transaction per request. The root fields answered from the
 * analytics projection also check, once per request, that the projection is current (one trivial read).
 * The explorer's own queries are checked the same way by the api module's {@code ExplorerQueriesTest}.
 */
@DisplayName("Round trips to the database")
class RoundTripsTest extends BundledGraphTest {

    /** Root fields that read the analytics projection, which checks once per request that it is current. */
    private static final Set<String> FROM_THE_PROJECTION = Set.of("brokers", "communities", "suggestPartners", "hubs", "paths",
            "coParticipation");

    /** Root fields answered from the vocabulary in memory, which read nothing from the graph. */
    private static final Set<String> WITHOUT_THE_GRAPH = Set.of("vocabulary");

    @Autowired
    EcosystemGraph graph;

    @Autowired
    ProjectionCache projections;

    @BeforeEach
    void projectionLoaded() {
        projections.current();
    }

    static Stream<Arguments> cookbook() {
        return Cookbook.examples().stream().map(example -> Arguments.of(example.name(), example.query(), Map.of()));
    }

    /** Every root field, nested as deep as clients nest, and the benchmark's questions. */
    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("a card, nested three levels", """
                        { entity(id: "tomas") { id name kind aliases sources { lines section }
                            relations(first: 3) { totalCount pageInfo { hasNextPage } edges { cursor node { type direction role since
                              sources { lines } other { id name ... on Partner { initiatives { name coalitions { name } } } } } } }
                            ... on Initiative { type status partners { name units { name } } goals { status owners { id } }
                              a: parts { id } b: parts { name kind } } } }""", Map.of()),
                Arguments.of("several entities of every kind", """
                        query($ids: [ID!]!) { entities(ids: $ids) { id kind ... on Partner { type places { name } }
                            ... on Coalition { members { id } } ... on TalentProgramme { facets { field values { label } } } } }""",
                        Map.of("ids", List.of("amsterdam-economic-board", "tomas-consortium", "techgrounds", "gemeente-amsterdam"))),
                Arguments.of("lists with filters, counted and not", """
                        { partners(filter: {places: ["amsterdam"]}, first: 5) { totalCount edges { node { name coalitions { id } } } }
                          initiatives(first: 3) { pageInfo { hasNextPage endCursor } edges { node { name } } }
                          coalitions(first: 0) { totalCount } }""", Map.of()),
                Arguments.of("talent programmes with facets and a match", """
                        { talentProgrammes(filter: {places: ["amsterdam"], sectors: ["ict"]}, first: 5) { totalCount
                            facets { field values { value count } } edges { node { name places { name } } } }
                          matchTalentProgrammes(profile: {sectors: ["ict"], place: "zaandam"}) { score programme { name providers { name } } } }""",
                        Map.of()),
                Arguments.of("commonGround", """
                        { commonGround(a: "olvg", b: "philips") { entity { name } withA { type role } withB { type sources { lines } } } }""",
                        Map.of()),
                Arguments.of("sharedPartners of organisations, not through parts", """
                        { sharedPartners(ids: ["philips", "olvg"], throughParts: false) { partner { id kind name } via { from to type sources { lines } } } }""",
                        Map.of()),
                Arguments.of("paths ranked by the weights table", """
                        { paths(from: "philips", to: "techgrounds", first: 3) { cost length nodes { id name ... on Partner { type } }
                            edges { from to type role } hops { cost meaning } because(lang: NL) } }""", Map.of()),
                Arguments.of("coParticipation", """
                        { coParticipation(kinds: [INITIATIVE], via: [PARTNER, COALITION], minShared: 2) { weight a { name } b { id }
                            via { name } edges { type since } sources { lines } } }""", Map.of()),
                Arguments.of("changes and the timeline", """
                        { changes(from: "2019", to: "2024-06") { date what entity { id name } other { name kind } relation { type since until }
                            sources { lines } } timeline }""", Map.of()),
                Arguments.of("the analytics as of a year, weighted, with reasons", """
                        { brokers(first: 3, weighted: true, asOf: 2022) { rank score entity { name } }
                          communities(first: 1, asOf: "2021") { size label { id } }
                          suggestPartners(id: "gezondheidsdata-infrastructuur", first: 2, asOf: 2023) { partner { name }
                            reasons { via { name } contribution links { from to cost } sentence(lang: NL) } } }""", Map.of()),
                Arguments.of("the analytics", """
                        { brokers(first: 5) { rank entity { name ... on Partner { initiatives { name } } } }
                          communities(first: 2) { label { name } members { id kind } }
                          suggestPartners(id: "textile-loops", first: 3) { partner { name } because { name } }
                          hubs { id relations(first: 1) { totalCount } } }""", Map.of()),
                Arguments.of("likely duplicates, with what a merge would move", """
                        { likelyDuplicates(first: 5) { score sharedNeighbours reasons(lang: NL) a { id name relations(first: 0) { totalCount } }
                            b { id name kind relations(first: 0) { totalCount } } } }""", Map.of()),
                Arguments.of("ask: a question in words, all its names found in one statement", """
                        { ask(text: "Welke partners delen AMdEX en Inkopen met Impact en Marineterrein?", lang: "nl") {
                            question url query variables confidence entities { id name ... on Partner { type initiatives { name } } } } }""",
                        Map.of()),
                Arguments.of("saved views: one and a page, with what their entities lost", """
                        { view(id: "no-such-view") { id name map { focus entities { id x y } relations { type } } missingEntities }
                          views(first: 2) { totalCount pageInfo { hasNextPage } edges { cursor node { id name url missingEntities } } } }""",
                        Map.of()),
                Arguments.of("benchmark: lookup", """
                        query($id: ID!) { entity(id: $id) { id name relations(first: 50) { totalCount edges { node { type role other { id name } } } } } }""",
                        Map.of("id", "philips")),
                Arguments.of("benchmark: search", """
                        query($text: String!) { search(text: $text, first: 20) { totalCount edges { score node { id name } } } }""",
                        Map.of("text", "amsterdam")),
                Arguments.of("benchmark: neighbourhood2", """
                        query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name } edges { from to type } } }""",
                        Map.of("id", "olvg")),
                Arguments.of("benchmark: shortestPath", """
                        query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, maxHops: 6) { length nodes { id name } edges { from to type } } }""",
                        Map.of("from", "philips", "to", "techgrounds")),
                Arguments.of("benchmark: sharedPartners", """
                        query($ids: [ID!]!) { sharedPartners(ids: $ids) { partner { id name } via { from to type } } }""",
                        Map.of("ids", List.of("gezondheidsdata-infrastructuur", "textile-loops"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cookbook")
    @DisplayName("the cookbook: one statement per root field")
    void cookbookQuestions(String name, String document, Map<String, Object> variables) {
        assertOneStatementPerRootField(document, variables);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    @DisplayName("every root field and the benchmark's questions: one statement per root field")
    void everyRootField(String name, String document, Map<String, Object> variables) {
        assertOneStatementPerRootField(document, variables);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    @DisplayName("the statement the benchmark compiles as its raw-Cypher floor is the one the server sends")
    void sameStatementAsTheBenchmark(String name, String document, Map<String, Object> variables) {
        if (name.startsWith("benchmark: ")) {
            var response = graphQl.document(document).variables(variables).execute();
            response.errors().verify();
            assertThat(reads(response.returnResponse()).statements()).isEqualTo(CompiledStatements.of(document, variables));
        }
    }

    private void assertOneStatementPerRootField(String document, Map<String, Object> variables) {
        var roots = rootFields(document).stream().filter(root -> !WITHOUT_THE_GRAPH.contains(root)).toList();
        long before = graph.queryCount();
        var response = graphQl.document(document).variables(variables).execute();
        response.errors().verify();
        long freshness = roots.stream().anyMatch(FROM_THE_PROJECTION::contains) || document.contains("excludeHubs: true") ? 1 : 0;

        assertThat(reads(response.returnResponse()).statements()).as("statements in the request's transaction").hasSize(roots.size());
        assertThat(graph.queryCount() - before).as("statements sent").isEqualTo(roots.size() + freshness);
    }

    private static RequestReads reads(Object response) {
        return RequestReads.of(((ExecutionGraphQlResponse) response).getExecutionInput().getGraphQLContext());
    }

    private static List<String> rootFields(String document) {
        var operation = Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).getFirst();
        return operation.getSelectionSet().getSelectionsOfType(Field.class).stream().map(Field::getName).toList();
    }
}
