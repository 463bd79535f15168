package org.ecosystemmap.graphql.cookbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The cookbook GraphiQL opens with")
class CookbookTest extends BundledGraphTest {

    @Test
    @DisplayName("asks each question once, in a named query that states it in a comment")
    void statesEveryQuestion() {
        assertThat(Cookbook.examples()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(example -> {
            assertThat(example.query()).startsWith("# ").contains("?").containsPattern("query [A-Z]\\w+ \\{");
        });
    }

    @Test
    @DisplayName("answers every question on the bundled dataset without errors, and with something in every answer")
    void answersEveryQuestion() {
        for (var example : Cookbook.examples()) {
            var response = graphQl.document(example.query()).execute();
            response.errors().verify();
            Map<String, Object> data = response.returnResponse().getData();
            assertThat(data).as(example.name()).isNotEmpty().allSatisfy((field, value) -> assertThat(value).as(example.name() + " " + field)
                    .satisfiesAnyOf(v -> assertThat(v).asInstanceOf(MAP).isNotEmpty(), v -> assertThat(v).asInstanceOf(LIST).isNotEmpty()));
        }
    }
}
