package org.ecosystemmap.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@AutoConfigureGraphQlTester
@DisplayName("Request limits")
class GraphQlLimitsTest {

    @Autowired
    GraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeAll
    static void load() {
        SampleGraph.load("sample");
    }

    @Test
    @DisplayName("refuse a query nested deeper than the limit, saying how deep it is")
    void depth() {
        var nested = "other { id }";
        for (int i = 0; i < 8; i++) {
            nested = "other { relations(first: 1) { edges { node { " + nested + " } } } }";
        }
        graphQl.document("{ entity(id: \"tomas\") { relations(first: 1) { edges { node { " + nested + " } } } } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("levels deep; at most 15"))
                .verify().path("entity").pathDoesNotExist();
    }

    @Test
    @DisplayName("refuse a query that asks for too much at once")
    void complexity() {
        graphQl.document("""
                { search(text: "amsterdam", first: 100) { edges { node {
                    relations(first: 100) { edges { node { other {
                      relations(first: 100) { edges { node { type } } } } } } } } } } }""").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("too much at once"))
                .verify();
    }

    /** The query of issue 17 whose cost passed 2^31, wrapped around and ran: 50 MB in 7.5 s. */
    static final String OVERFLOWING = """
            { neighbourhood(id: "tomas", depth: 2, limit: 1000) { nodes { id relations(first: 100) { edges { node {
                type sources { lines quote } other { id relations(first: 100) { edges { node {
                  type sources { lines quote } other { id relations(first: 100) { edges { node {
                    type sources { lines quote } other { id name } } } } } } } } } } } } } } }""";

    @Test
    @DisplayName("refuse the query whose cost once wrapped around 32 bits, before it runs")
    void overflowingQuery() {
        graphQl.document(OVERFLOWING).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("too much at once"))
                .verify().path("neighbourhood").pathDoesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ecosystemmap.graphql.limits.HostileQueries#all")
    @DisplayName("refuse every deep or wide query of a generated family with a clear error")
    void generatedFamily(String name, String query) {
        graphQl.document(query).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && (e.getMessage().contains("too much at once") || e.getMessage().contains("levels deep")))
                .verify();
    }

    @Test
    @DisplayName("refuse a query with more aliases than allowed")
    void aliases() {
        var many = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": entity(id: \"tomas\") { id }").collect(Collectors.joining(" "));
        graphQl.document("{ " + many + " }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("31 aliased fields"))
                .verify();
    }

    @Test
    @DisplayName("let ordinary queries through, such as 50 partners with their initiatives and coalitions")
    void ordinaryQueriesPass() {
        var ids = graphQl.document("""
                { partners(first: 50) { edges { node { id ... on Partner {
                    initiatives { id name } coalitions { id name }
                    relations(first: 20) { edges { node { type other { id } sources { lines } } } } } } } } }""")
                .execute().errors().verify().path("partners.edges[*].node.id").entityList(String.class).get();
        assertThat(ids).hasSize(9);
    }
}
