package org.ecosystemmap.graphql.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

@DisplayName("Ranked paths on the 2021 annual report")
class RankedPathsTest extends BundledGraphTest {

    private static final String CHAIN = "cost length nodes { id } edges { from type to } hops { from type to meaning inferred cost }";

    @Test
    @DisplayName("come cheapest first, each with one hop and one reason per relationship, costing the sum of its hops")
    void cheapestFirst() {
        // What the report's chains are is checked in acceptance.BundledReportAcceptanceTest; here, how any answer is built.
        var paths = paths("{ paths(from: \"philips\", to: \"techgrounds\", first: 10) { %s because } }".formatted(CHAIN));
        assertThat(paths).hasSizeGreaterThan(1);
        assertThat(paths).extracting(p -> ((Number) p.get("cost")).doubleValue()).isSorted();
        assertThat(paths).allSatisfy(p -> {
            assertThat((List<?>) p.get("hops")).hasSize((Integer) p.get("length"));
            assertThat((List<?>) p.get("because")).hasSize((Integer) p.get("length"));
            assertThat(((Number) p.get("cost")).doubleValue()).isEqualTo(hopCosts(p));
        });
    }

    @Test
    @DisplayName("as of 2021 leave out OLVG's pilots, which start in 2022; within maxHops; the first n")
    void yearsHopsAndCount() {
        var query = "{ paths(from: \"olvg\", to: \"cordaan\", asOf: %s, first: 3) { nodes { id } } }";
        assertThat(paths(query.formatted("\"2022-06-30\""))).anySatisfy(p -> assertThat(ids(p)).contains("pilots-beschermende-kleding"));
        assertThat(paths(query.formatted("2021"))).allSatisfy(p -> assertThat(ids(p)).doesNotContain("pilots-beschermende-kleding"));
        assertThat(paths("{ paths(from: \"philips\", to: \"techgrounds\", maxHops: 3) { length } }")).isEmpty();
        assertThat(paths("{ paths(from: \"philips\", to: \"techgrounds\", first: 2) { length } }")).hasSize(2);
    }

    @Test
    @DisplayName("refuses too many chains, an unknown id, an unknown type and a chain to itself, saying why")
    void refusesBadArguments() {
        expectBadRequest("{ paths(from: \"philips\", to: \"techgrounds\", first: 21) { cost } }", "first must be between 1 and 20, not 21");
        expectBadRequest("{ paths(from: \"philips\", to: \"nowhere\") { cost } }", "no entity has the id \"nowhere\"");
        expectBadRequest("{ paths(from: \"philips\", to: \"techgrounds\", types: [\"KNOWS\"]) { cost } }", "unknown relationship type \"KNOWS\"");
        expectBadRequest("{ paths(from: \"philips\", to: \"philips\") { cost } }", "must be different");
        graphQl.document("{ paths(from: \"philips\", to: \"techgrounds\", asOf: \"2021-13\") { cost } }").execute().errors()
                .expect(e -> e.getMessage().contains("not a date")).verify();
    }

    private List<Map<String, Object>> paths(String query) {
        return graphQl.document(query).execute().errors().verify().path("paths").entityList(Map.class).get().stream()
                .map(p -> (Map<String, Object>) p).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> path) {
        return ((List<Map<String, Object>>) path.get("nodes")).stream().map(n -> (String) n.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static double hopCosts(Map<String, Object> path) {
        return ((List<Map<String, Object>>) path.get("hops")).stream().mapToDouble(h -> ((Number) h.get("cost")).doubleValue()).sum();
    }

    private void expectBadRequest(String query, String message) {
        graphQl.document(query).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains(message))
                .verify();
    }
}
