package org.ecosystemmap.graphql.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@AutoConfigureGraphQlTester
@DisplayName("The GraphQL contract on the sample dataset")
class EntityContractTest {

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

    @Nested
    @DisplayName("search")
    class Search {

        @Test
        @DisplayName("finds TOMAS by its name, first")
        void findsTomas() {
            graphQl.document("{ search(text: \"TOMAS\") { totalCount edges { score node { id kind name } } } }")
                    .execute()
                    .path("search.edges[0].node").entity(Map.class).satisfies(node -> assertThat(node)
                            .containsEntry("id", "tomas").containsEntry("kind", "INITIATIVE").containsEntry("name", "TOMAS"));
        }

        @Test
        @DisplayName("finds an entity by an alias, with a typo, and without accents")
        void findsByAliasAndTypo() {
            assertThat(searchIds("HvA")).first().isEqualTo("hogeschool-van-amsterdam");
            assertThat(searchIds("Gemeente Amsterdm")).first().isEqualTo("gemeente-amsterdam");
            assertThat(searchIds("amsterdam data exchange")).containsExactly("amdex");
        }

        @Test
        @DisplayName("keeps to the kinds asked for")
        void filtersKinds() {
            var ids = graphQl.document("{ search(text: \"TOMAS\", kinds: [COALITION]) { edges { node { id kind } } } }")
                    .execute().path("search.edges[*].node.kind").entityList(String.class).get();
            assertThat(ids).isNotEmpty().containsOnly("COALITION");
        }

        @Test
        @DisplayName("treats Lucene syntax in the text as plain words")
        void isSafeFromQuerySyntax() {
            graphQl.document("{ search(text: \"TOMAS~ AND ( \\\"*\") { edges { node { id } } } }").execute()
                    .errors().verify()
                    .path("search.edges[*].node.id").entityList(String.class).contains("tomas");
        }

        @Test
        @DisplayName("answers one result key under two aliases of a list with each one's own field")
        void sameResultKeyUnderTwoAliases() {
            var response = graphQl.document("{ search(text: \"TOMAS\", first: 1) { a: edges { node { x: name } } b: edges { node { x: id } } } }")
                    .execute();
            response.path("search.a[0].node.x").entity(String.class).isEqualTo("TOMAS");
            response.path("search.b[0].node.x").entity(String.class).isEqualTo("tomas");
        }

        @Test
        @DisplayName("refuses text with no letters or digits")
        void refusesEmptyText() {
            graphQl.document("{ search(text: \"  ?! \") { totalCount } }").execute()
                    .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("at least one letter"))
                    .verify();
        }

        @Test
        @DisplayName("walks the same hits page by page as in one page, with totalCount or without it")
        void pagesWithAndWithoutTotal() {
            var all = searchPage("amsterdam", 100, null, true);
            assertThat(all.ids()).as("enough hits for several pages").hasSizeGreaterThan(4);
            assertThat(all.hasNextPage()).isFalse();
            for (boolean counted : List.of(true, false)) {
                var walked = new ArrayList<String>();
                String after = null;
                boolean more = true;
                while (more) {
                    var page = searchPage("amsterdam", 2, after, counted);
                    walked.addAll(page.ids());
                    assertThat(walked.size()).as("pages past the last hit").isLessThanOrEqualTo(all.ids().size());
                    if (counted) {
                        assertThat(page.totalCount()).isEqualTo(all.ids().size());
                    }
                    more = page.hasNextPage();
                    after = page.endCursor();
                }
                assertThat(walked).as(counted ? "with totalCount" : "without totalCount").isEqualTo(all.ids());
            }
        }

        private record SearchPage(List<String> ids, Integer totalCount, boolean hasNextPage, String endCursor) {
        }

        private SearchPage searchPage(String text, int first, String after, boolean counted) {
            var response = graphQl.document("""
                    query($t: String!, $first: Int, $after: String) {
                      search(text: $t, first: $first, after: $after) { %s edges { node { id } } pageInfo { hasNextPage endCursor } }
                    }""".formatted(counted ? "totalCount" : "")).variable("t", text).variable("first", first).variable("after", after).execute();
            boolean more = response.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
            return new SearchPage(response.path("search.edges[*].node.id").entityList(String.class).get(),
                    counted ? response.path("search.totalCount").entity(Integer.class).get() : null, more,
                    more ? response.path("search.pageInfo.endCursor").entity(String.class).get() : null);
        }

        private List<String> searchIds(String text) {
            return graphQl.document("query($t: String!) { search(text: $t) { edges { node { id } } } }").variable("t", text)
                    .execute().path("search.edges[*].node.id").entityList(String.class).get();
        }
    }

    @Nested
    @DisplayName("entity")
    class EntityLookup {

        @Test
        @DisplayName("lists TOMAS's consortium partners with their roles and source references")
        void listsConsortiumWithSources() {
            var response = graphQl.document("""
                    {
                      entity(id: "tomas-consortium") {
                        ... on Coalition { size members { id } }
                        relations(types: ["MEMBER_OF"], direction: IN) {
                          totalCount
                          edges { node { type direction role since other { id name kind }
                                         sources { document lines lineFrom lineTo section quote inferred } } }
                        }
                      }
                    }""").execute();
            response.path("entity.size").entity(Integer.class).isEqualTo(5);
            response.path("entity.members[*].id").entityList(String.class).containsExactly(
                    "amsterdam-economic-board", "digital-society-school", "gemeente-amsterdam", "mra-bureau", "startupamsterdam");
            response.path("entity.relations.totalCount").entity(Integer.class).isEqualTo(5);
            response.path("entity.relations.edges[?(@.node.other.id == 'gemeente-amsterdam')].node").entityList(Map.class)
                    .satisfies(nodes -> assertThat(nodes).singleElement().satisfies(node -> {
                        assertThat(node).containsEntry("type", "MEMBER_OF").containsEntry("direction", "IN")
                                .containsEntry("role", "consortium partner").containsEntry("since", 2021);
                        assertThat((List<?>) node.get("sources")).singleElement().isEqualTo(Map.of(
                                "document", "jaarverslag-2021.txt", "lines", "629-631", "lineFrom", 629, "lineTo", 631,
                                "section", "TOMAS › Resultaten 2021",
                                "quote", "Samenwerkingsconsortium gevormd met gemeente Amsterdam", "inferred", false));
                    }));
        }

        @Test
        @DisplayName("returns null for an id no entity has")
        void nullForUnknownId() {
            graphQl.document("{ entity(id: \"no-such-thing\") { id } }").execute().path("entity").valueIsNull();
        }

        @Test
        @DisplayName("resolves every kind-specific field")
        void resolvesKindFields() {
            var response = graphQl.document("""
                    {
                      tomas: entity(id: "tomas") { ... on Initiative { type status startYear website
                        partners { id } coalitions { id } parts { id } goals { id status goalType year number planned result owners { id } } } }
                      hva: entity(id: "hogeschool-van-amsterdam") { ... on Partner { type units { id } } }
                      dss: entity(id: "digital-society-school") { ... on Partner { partOf { id } coalitions { id } } }
                      board: entity(id: "amsterdam-economic-board") { aliases ... on Partner { initiatives { id } } }
                    }""").execute();
            response.path("tomas.type").entity(String.class).isEqualTo("INITIATIVE");
            response.path("tomas.status").entity(String.class).isEqualTo("ACTIVE");
            response.path("tomas.startYear").entity(Integer.class).isEqualTo(2021);
            response.path("tomas.partners[*].id").entityList(String.class).containsExactly("amsterdam-economic-board");
            response.path("tomas.coalitions[*].id").entityList(String.class).containsExactly("tomas-consortium");
            response.path("tomas.parts[*].id").entityList(String.class).containsExactly("house-of-skills", "techconnect");
            response.path("tomas.goals[0].status").entity(String.class).isEqualTo("ACHIEVED");
            response.path("tomas.goals[0].goalType").entity(String.class).isEqualTo("TARGET");
            response.path("tomas.goals[0].owners[*].id").entityList(String.class).containsExactly("tomas");
            response.path("hva.type").entity(String.class).isEqualTo("KNOWLEDGE_INSTITUTION");
            response.path("hva.units[*].id").entityList(String.class).containsExactly("digital-society-school");
            response.path("dss.partOf[*].id").entityList(String.class).containsExactly("hogeschool-van-amsterdam");
            response.path("dss.coalitions[*].id").entityList(String.class).containsExactly("tomas-consortium");
            response.path("board.aliases").entityList(String.class).containsExactly("AEB", "the Board", "Board");
            response.path("board.initiatives[*].id").entityList(String.class)
                    .containsExactly("amdex", "gezondheidsdata-infrastructuur", "tomas");
        }
    }

    @Nested
    @DisplayName("pagination")
    class Pagination {

        @Test
        @DisplayName("walks the partners page by page to the end, each exactly once")
        void walksPartners() {
            var seen = new ArrayList<String>();
            String after = null;
            int total;
            boolean more;
            do {
                var response = graphQl.document("query($after: String) { partners(first: 4, after: $after) { totalCount "
                        + "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }")
                        .variable("after", after).execute();
                seen.addAll(response.path("partners.edges[*].node.id").entityList(String.class).get());
                total = response.path("partners.totalCount").entity(Integer.class).get();
                more = response.path("partners.pageInfo.hasNextPage").entity(Boolean.class).get();
                after = response.path("partners.pageInfo.endCursor").entity(String.class).get();
            } while (more);
            assertThat(total).isEqualTo(9);
            assertThat(seen).hasSize(9).doesNotHaveDuplicates();
        }

        @Test
        @DisplayName("pages through an entity's relations")
        void pagesRelations() {
            var first = graphQl.document("{ entity(id: \"amsterdam-economic-board\") { relations(first: 2) { totalCount "
                    + "edges { node { other { id } } } pageInfo { hasNextPage endCursor } } } }").execute();
            first.path("entity.relations.totalCount").entity(Integer.class).isEqualTo(4);
            first.path("entity.relations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
            var cursor = first.path("entity.relations.pageInfo.endCursor").entity(String.class).get();
            var second = graphQl.document("query($c: String) { entity(id: \"amsterdam-economic-board\") { relations(first: 2, after: $c) { "
                    + "edges { node { other { id } } } pageInfo { hasNextPage hasPreviousPage } } } }").variable("c", cursor).execute();
            second.path("entity.relations.edges").entityList(Object.class).hasSize(2);
            second.path("entity.relations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
            second.path("entity.relations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        }

        @Test
        @DisplayName("answers the same query text with the values of its variables of the time, below the root field too")
        void sameTextOtherVariables() {
            var query = "query($id: ID!, $n: Int) { entity(id: $id) { relations(first: $n) { edges { node { other { id } } } } } }";
            graphQl.document(query).variable("id", "amsterdam-economic-board").variable("n", 1).execute()
                    .path("entity.relations.edges").entityList(Object.class).hasSize(1);
            graphQl.document(query).variable("id", "amsterdam-economic-board").variable("n", 3).execute()
                    .path("entity.relations.edges").entityList(Object.class).hasSize(3);
            graphQl.document(query).variable("id", "tomas-consortium").variable("n", 3).execute()
                    .path("entity.relations.edges[*].node.other.id").entityList(String.class).contains("gemeente-amsterdam");
        }

        @Test
        @DisplayName("refuses a page larger than 100 and a cursor it did not make")
        void refusesBadPages() {
            graphQl.document("{ partners(first: 101) { totalCount } }").execute().errors()
                    .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("between 0 and 100")).verify();
            graphQl.document("{ partners(after: \"bm9wZQ\") { totalCount } }").execute().errors()
                    .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("not a cursor")).verify();
        }

        @Test
        @DisplayName("refuses an unknown relationship type, naming the known ones")
        void refusesUnknownType() {
            graphQl.document("{ entity(id: \"tomas\") { relations(types: [\"LIKES\"]) { totalCount } } }").execute().errors()
                    .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("PARTNER_IN")).verify();
        }
    }

    @Test
    @DisplayName("filters lists by type and text")
    void filtersLists() {
        graphQl.document("{ partners(filter: {types: [GOVERNMENT]}) { totalCount edges { node { id } } } }").execute()
                .path("partners.edges[*].node.id").entityList(String.class)
                .containsExactly("gemeente-amsterdam", "mra-bureau", "startupamsterdam");
        graphQl.document("{ initiatives(filter: {types: [PROGRAMME]}) { edges { node { id } } } }").execute()
                .path("initiatives.edges[*].node.id").entityList(String.class).containsExactly("house-of-skills", "techconnect");
        graphQl.document("{ coalitions(filter: {text: \"seven partners\"}) { edges { node { id } } } }").execute()
                .path("coalitions.edges[*].node.id").entityList(String.class).containsExactly("gdi-partnership");
    }
}
