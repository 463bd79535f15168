package org.ecosystemmap.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.CoercedVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The cost of a query")
class QueryCostTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query {
              item(id: ID!): Item
              items(ids: [ID!]!): [Item!]!
              area(limit: Int = 200): Area!
            }
            interface Thing { name: String! }
            type Item implements Thing {
              name: String!
              aliases: [String!]!
              related(first: Int = 50): ItemPage!
              sources: [Source!]!
              neighbours: [Item!]!
              ranked: [Rank!]!
            }
            type Rank { score: Float! item: Item! }
            type ItemPage { edges: [ItemEdge!]! total: Int! }
            type ItemEdge { node: Item! }
            type Source { lines: String! }
            type Area { nodes: [Item!]! }
            """), RuntimeWiring.MOCKED_WIRING);

    private static QueryCost cost(String query) {
        return cost(query, Map.of());
    }

    private static QueryCost cost(String query, Map<String, Object> variables) {
        var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(SCHEMA, Parser.parse(query), null,
                CoercedVariables.of(variables));
        return QueryCost.of(operation, SCHEMA, 10, 3);
    }

    @Test
    @DisplayName("is 1 per field, plus what it selects")
    void fields() {
        // item 1 + name 1
        assertThat(cost("{ item(id: \"a\") { name } }")).isEqualTo(new QueryCost(2, 2));
    }

    @Test
    @DisplayName("multiplies what a list selects by its size: its own first, that of the field it belongs to, its ids, or an assumed size")
    void listSizes() {
        // related 1 + edges (1 + 3 × (node 1 + name 1)) + total 1
        assertThat(cost("{ item(id: \"a\") { related(first: 3) { edges { node { name } } total } } }").complexity())
                .isEqualTo(1 + 1 + (1 + 3 * 2) + 1);
        // the default first of 50 counts when the query leaves it out
        assertThat(cost("{ item(id: \"a\") { related { edges { node { name } } } } }").complexity()).isEqualTo(1 + 1 + (1 + 50 * 2));
        // items: three ids × name
        assertThat(cost("{ items(ids: [\"a\", \"b\", \"c\"]) { name } }").complexity()).isEqualTo(1 + 3);
        // area's limit sizes its nodes
        assertThat(cost("{ area(limit: 7) { nodes { name } } }").complexity()).isEqualTo(1 + (1 + 7));
        // lists of entities, or of items that hold one, without a size: the assumed 10
        assertThat(cost("{ item(id: \"a\") { neighbours { name } ranked { score } } }").complexity()).isEqualTo(1 + (1 + 10) + (1 + 10));
        // lists of values count too: aliases and sources, at the assumed 3
        assertThat(cost("{ item(id: \"a\") { aliases sources { lines } } }").complexity()).isEqualTo(1 + (1 + 3) + (1 + 3));
    }

    @Test
    @DisplayName("reads sizes given as variables")
    void variables() {
        assertThat(cost("query($n: Int) { item(id: \"a\") { related(first: $n) { edges { node { name } } } } }", Map.of("n", 4)).complexity())
                .isEqualTo(1 + 1 + (1 + 4 * 2));
    }

    @Test
    @DisplayName("counts fragments as the fields they spread")
    void fragments() {
        assertThat(cost("{ item(id: \"a\") { ...Names } } fragment Names on Item { name aliases }").complexity()).isEqualTo(1 + 1 + 4);
    }

    @Test
    @DisplayName("never wraps around: nested pages whose product passes 2^63 cost the most there is")
    void saturates() {
        var nested = "name";
        for (int i = 0; i < 12; i++) {
            nested = "related(first: 1000) { edges { node { " + nested + " } } }";
        }
        var query = "{ area(limit: 1000) { nodes { " + nested + " } } }";

        assertThat(cost(query).complexity()).isEqualTo(Long.MAX_VALUE);
        assertThat(cost(query).depth()).isEqualTo(3 + 12 * 3);
    }

    @Test
    @DisplayName("of the query that wrapped around a 32-bit count is above 2^31")
    void beyondThirtyTwoBits() {
        var query = """
                { area(limit: 1000) { nodes { related(first: 100) { edges { node { sources { lines } related(first: 100) { edges { node {
                  sources { lines } related(first: 100) { edges { node { name sources { lines } } } } } } } } } } } } }""";

        // 1000 × 100 × 100 × 100 items at the deepest level alone, each with its name and three sources
        assertThat(cost(query).complexity()).isGreaterThan(1000L * 100 * 100 * 100 * 5);
    }
}
